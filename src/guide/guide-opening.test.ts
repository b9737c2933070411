import { describe, expect, it } from 'vitest';
import { startSession } from './guide-machine.js';
import { guideOpening, guideOpeningFor, guideToday, preparationDefaultsOf } from './guide-opening.js';
import { testGuide, validPreparation } from './guide-test-fixtures.js';
import { parsePreparation, type Preparation } from './preparation.js';

const now = new Date('2026-03-02T09:00:00Z');
const sessionFor = (pupilName: string) => {
  const parsed = parsePreparation({ ...validPreparation, pupilName }, testGuide().definition);
  if (!parsed.success) throw new Error('invalid test preparation');
  const preparation: Preparation = parsed.value;
  return startSession({ userId: 'u1', guideId: `g-${pupilName}`, preparation, mentorName: 'Mentor Jansen', now });
};

describe('guideOpening', () => {
  it('should prepare a new guide when none is open, and list the open ones otherwise', () => {
    expect(guideOpening([])).toEqual({ kind: 'prepare', values: {} });
    const opening = guideOpening([sessionFor('Bram'), sessionFor('Sanne')]);
    expect(opening).toMatchObject({ kind: 'resume', allowDiscard: false });
    expect(opening.kind === 'resume' && opening.message).toMatch(/^Je hebt 2 open gespreksleidraden\./);
  });

  it("should offer the named pupil's open guide to resume or discard, or prepare one with what is known", () => {
    const bram = sessionFor('Bram');
    expect(guideOpeningFor([bram], { pupilFirstName: 'Bram' })).toMatchObject({
      kind: 'resume',
      sessions: [bram],
      allowDiscard: true,
    });
    expect(guideOpeningFor([bram], { pupilFirstName: 'Sanne', age: 14, concern: 'vaak te laat' })).toEqual({
      kind: 'prepare',
      values: { pupilName: 'Sanne', age: 14, concern: 'vaak te laat' },
    });
    expect(preparationDefaultsOf(bram)).toMatchObject({ pupilName: 'Bram' });
    expect(guideToday(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
  });
});
