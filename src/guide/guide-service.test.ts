import { describe, expect, it } from 'vitest';
import { GuideFinishedError, GuideNotFoundError } from './guide-errors.js';
import { createGuideService } from './guide-service.js';
import { MemoryGuideStore } from './guide-store.js';
import { testGuide, validPreparation } from './guide-test-fixtures.js';
import { MemoryVerslagDossier } from './verslag-dossier-port.js';

describe('createGuideService', () => {
  const guide = testGuide();
  const actor = { userId: 'user-1', name: 'Mentor Jansen' };
  const setup = () => {
    const dossier = new MemoryVerslagDossier();
    const store = new MemoryGuideStore();
    let clock = Date.parse('2026-11-27T10:00:00Z');
    const guides = createGuideService({ guide, store, dossier, now: () => new Date((clock += 1000)) });
    return { guides, dossier, store };
  };

  it('should start one guide per pupil, and the same one again for a repeated preparation', async () => {
    const { guides } = setup();
    expect((await guides.prepare({ actor, guideId: 'g-1', input: validPreparation })).kind).toBe('started');
    expect((await guides.prepare({ actor, guideId: 'g-1', input: validPreparation })).kind).toBe('started');
    const other = await guides.prepare({ actor, guideId: 'g-2', input: { ...validPreparation, pupilName: 'SANNE' } });
    expect(other.kind).toBe('exists');
    expect(other.kind === 'exists' && other.session.guideId).toBe('g-1');
    expect(await guides.listOpen('user-1')).toHaveLength(1);
    expect(await guides.listOpen('user-2')).toHaveLength(0);
  });

  it('should save the verslag once, also when finishing twice, and let a new guide take the slot after', async () => {
    const { guides, dossier } = setup();
    await guides.prepare({ actor, guideId: 'g-1', input: validPreparation });
    const { verslag, recordId } = await guides.finish({ actor, guideId: 'g-1', input: { step: 8, note: 'klaar' } });
    expect(verslag.phases.at(-1)?.note).toBe('klaar');
    await expect(guides.finish({ actor, guideId: 'g-1', input: { step: 8 } })).rejects.toBeInstanceOf(
      GuideFinishedError,
    );
    expect(dossier.records.size).toBe(1);
    expect(dossier.records.get('g-1')?.recordId).toBe(recordId);
    await expect(guides.get('user-1', 'g-1')).rejects.toBeInstanceOf(GuideFinishedError);
    expect((await guides.prepare({ actor, guideId: 'g-2', input: validPreparation })).kind).toBe('started');
  });

  it("should not find another user's guide", async () => {
    const { guides } = setup();
    await guides.prepare({ actor, guideId: 'g-1', input: validPreparation });
    await expect(guides.move('user-2', 'g-1', { step: 1 }, 2)).rejects.toBeInstanceOf(GuideNotFoundError);
  });

  it('should refuse to start when the mentor may not save a verslag', async () => {
    const dossier = new MemoryVerslagDossier();
    const refusing = Object.assign(dossier, { assertCanSave: async () => Promise.reject(new Error('not allowed')) });
    const guides = createGuideService({ guide, dossier: refusing });
    await expect(guides.prepare({ actor, guideId: 'g-1', input: validPreparation })).rejects.toThrow('not allowed');
    expect(await guides.listOpen('user-1')).toHaveLength(0);
  });
});
