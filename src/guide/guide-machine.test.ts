import { describe, expect, it } from 'vitest';
import { buildGespreksverslag, aanmeldformulierPrefill } from './gespreksverslag.js';
import { finishedTombstone, moveTo, startSession, stepCount } from './guide-machine.js';
import { guideSlotId } from './guide-session.js';
import { testGuide, validPreparation } from './guide-test-fixtures.js';
import { parsePreparation, type Preparation } from './preparation.js';
import { parseStepAction } from './step-action.js';

describe('guide state machine', () => {
  const { definition } = testGuide();
  const now = new Date('2026-11-27T10:00:00Z');
  const parsed = parsePreparation(validPreparation, definition);
  const preparation = (parsed as { value: Preparation }).value;
  const start = () =>
    startSession({ preparation, userId: 'user-1', guideId: 'guide-1', mentorName: 'Mentor Jansen', now });

  it('should start on step 1 of the phases, in the pupil slot', () => {
    const session = start();
    expect(session).toMatchObject({ step: 1, status: 'open', id: guideSlotId(' sanne ') });
    expect(stepCount(definition)).toBe(definition.phases.length);
  });

  it('should keep the note of the step the card showed, and move relative to that step', () => {
    let session = moveTo(definition, start(), { step: 1, note: 'eerste' }, 2, now);
    // The same card pressed again: still step 2, note unchanged.
    session = moveTo(definition, session, { step: 1, note: 'eerste' }, 2, now);
    expect(session.step).toBe(2);
    expect(session.notes).toEqual({ 'zorgen-delen': 'eerste' });
    session = moveTo(definition, session, { step: 2, note: '  ' }, 1, now);
    expect(session.notes).toEqual({ 'zorgen-delen': 'eerste' });
  });

  it('should not move before the first or past the last step', () => {
    expect(moveTo(definition, start(), { step: 1 }, 0, now).step).toBe(1);
    expect(moveTo(definition, start(), { step: 1 }, 99, now).step).toBe(stepCount(definition));
  });

  it('should take agreements and criteria only from the agreements step', () => {
    const last = stepCount(definition);
    const action = parseStepAction(
      {
        guideId: 'guide-1',
        step: last,
        note: '',
        'agreement-schoolbezoek-text': 'Elke dag om 8:30',
        'agreement-schoolbezoek-owner': 'Leerling',
        'agreement-schoolbezoek-dueDate': '2026-12-01',
        criteria: '',
      },
      definition,
    );
    expect(action.success).toBe(true);
    const input = (action as { value: { input: Parameters<typeof moveTo>[2] } }).value.input;
    const session = moveTo(definition, start(), input, last, now);
    expect(session.agreements).toEqual({
      schoolbezoek: { text: 'Elke dag om 8:30', owner: 'Leerling', dueDate: '2026-12-01' },
    });
    expect(session.criteria).toEqual([]);
    // The same fields sent from another step change nothing.
    const elsewhere = moveTo(definition, start(), { ...input, step: 2 }, 3, now);
    expect(elsewhere.agreements).toEqual({});
    expect(elsewhere.criteria).toEqual(['verspreid-over-maand', 'opvallend']);
  });

  it('should refuse step data that is not from a guide card', () => {
    expect(parseStepAction({ step: 1 }, definition).success).toBe(false);
    expect(parseStepAction({ guideId: 'g', step: 'twee' }, definition).success).toBe(false);
    expect(
      parseStepAction({ guideId: 'g', step: 8, 'agreement-schoolbezoek-dueDate': 'morgen' }, definition).success,
    ).toBe(false);
  });

  it('should build the verslag: notes per phase, agreements, criteria met, and the aanmeldformulier prefill', () => {
    const session = {
      ...start(),
      notes: { 'zorgen-delen': 'Sanne schrok' },
      agreements: { 'inhalen-lesstof': { text: 'Met studiewijzer', owner: 'Mentor', dueDate: '' } },
    };
    const verslag = buildGespreksverslag(definition, session, now);
    expect(verslag.participants).toEqual(['Mentor (Mentor Jansen)', 'Leerling', 'Ouders']);
    expect(verslag.phases).toHaveLength(stepCount(definition));
    expect(verslag.agreements).toEqual([
      { topicId: 'inhalen-lesstof', topic: 'Inhalen lesstof', text: 'Met studiewijzer', owner: 'Mentor', dueDate: '' },
    ]);
    expect(verslag.criteriaMet.map((criterion) => criterion.aanmeldReason)).toEqual([
      'meer-dan-4-dagen',
      'anders-opvallend',
    ]);
    const prefill = aanmeldformulierPrefill(verslag)!;
    expect(prefill).toMatchObject({
      pupilName: 'Sanne',
      reasons: 'meer-dan-4-dagen,anders-opvallend',
      absenceOverview: 'Vijf ziekmeldingen in oktober',
      staffName: 'Mentor Jansen',
    });
    expect(prefill.notes).toContain('Je verzuim valt me op en baart me zorgen: Sanne schrok');
    expect(prefill.q7Actions).toContain('Afspraak Inhalen lesstof: Met studiewijzer; wie: Mentor');
    expect(aanmeldformulierPrefill({ ...verslag, criteriaMet: [] })).toBeUndefined();
  });

  it('should keep no pupil text in the finished tombstone', () => {
    const tombstone = finishedTombstone({ ...start(), notes: { 'zorgen-delen': 'x' } }, 'gespreksverslag-guide-1', now);
    expect(tombstone).toMatchObject({
      status: 'finished',
      pupilName: '',
      concern: '',
      absenceOverview: '',
      notes: {},
      agreements: {},
      verslagRecordId: 'gespreksverslag-guide-1',
    });
  });
});
