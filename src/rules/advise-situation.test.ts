import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Advice, AdviceResult, Track } from './advice.js';
import { adviseSituation } from './advise-situation.js';
import { parseSituation } from './parse-situation.js';
import { loadContradictions } from './contradictions.js';
import type { Situation } from './situation.js';
import { ruleSources } from './sources.js';
import { thresholds } from './thresholds.js';

const base = (fields: Partial<Situation>): Situation => ({ mentioned: {}, events: {}, ...fields });

function advice(fields: Partial<Situation>): Advice {
  const result = adviseSituation(base(fields));
  if (result.kind !== 'advice') throw new Error(`expected advice, got: ${result.question}`);
  return result;
}

const stepIds = (fields: Partial<Situation>) => advice(fields).steps.map((step) => step.id);
const months = (count: number) => ({ days: count * 30.5, label: `${count} maanden` });
const weeks = (count: number) => ({ days: count * 7, label: `${count} weken` });

/** The heaviest step of a track: 0 when the track gave no step. */
function trackLevel(result: AdviceResult, track: Track): number {
  if (result.kind !== 'advice') return 0;
  return Math.max(0, ...result.steps.filter((step) => step.track === track).map((step) => step.level));
}

describe('te laat komen (Bijlage 1)', () => {
  it.each([
    [0, 'te-laat/gesprek-school'],
    [6, 'te-laat/gesprek-school'],
    [7, 'te-laat/gesprek-school'],
    [8, 'te-laat/preventief-gesprek'],
    [10, 'te-laat/preventief-gesprek'],
    [11, 'te-laat/preventief-gesprek'],
    [12, 'te-laat/duo-melding'],
    [13, 'te-laat/duo-melding'],
    [40, 'te-laat/duo-melding'],
  ])('should advise for %d keer te laat: %s', (lateCount, expected) => {
    expect(stepIds({ lateCount })[0]).toBe(expected);
  });

  it('should report via DUO on new lateness after a preventief gesprek, and say the spijbel rule lacks it', () => {
    const result = advice({ lateCount: 3, events: { preventiveTalkHeld: true } });
    expect(result.steps[0]!.id).toBe('te-laat/duo-na-preventief-gesprek');
    expect(result.contradictions.map((entry) => entry.id)).toContain('opnieuw-verzuim-na-preventief-gesprek');
  });

  it('should send a pupil already discussed in the ZAT straight to DUO instead of the spreekuur (Bijlage 7)', () => {
    expect(stepIds({ lateCount: 9, events: { zatDiscussed: true } })[0]).toBe('te-laat/duo-melding');
  });

  it('should name the law next to the stricter protocol', () => {
    const notes = advice({ lateCount: 12 })
      .notes.map((note) => note.text)
      .join(' ');
    expect(notes).toContain('16 uur in 4 weken');
    expect(notes).toContain('strenger');
  });

  it('should ask how often when the count is missing', () => {
    const result = adviseSituation(base({ pupilFirstName: 'Sanne', mentioned: { late: true } }));
    expect(result).toMatchObject({ kind: 'needs-info', missingFields: ['lateCount'] });
    expect(result.kind === 'needs-info' && result.question).toContain('Sanne');
  });
});

describe('spijbelen (Bijlage 1 in dagdelen/dagen, Bijlage 7 in lesuren)', () => {
  it.each([
    [{ truancyDagdelen: 1 }, 'spijbelen/gesprek-school'],
    [{ truancyDagdelen: 2 }, 'spijbelen/gesprek-school'],
    [{ truancyDagdelen: 3 }, 'spijbelen/preventief-gesprek'],
    [{ truancyDagdelen: 4 }, 'spijbelen/duo-melding'],
    [{ truancyDays: 0.5 }, 'spijbelen/gesprek-school'],
    [{ truancyDays: 1 }, 'spijbelen/preventief-gesprek'],
    [{ truancyDays: 1.5 }, 'spijbelen/preventief-gesprek'],
    [{ truancyDays: 1.75 }, 'spijbelen/preventief-gesprek'],
    [{ truancyDays: 2 }, 'spijbelen/duo-melding'],
    [{ truancyDays: 3 }, 'spijbelen/duo-melding'],
    [{ truancyHours: 6 }, 'spijbelen/gesprek-school'],
    [{ truancyHours: 7 }, 'spijbelen/gesprek-school'],
    [{ truancyHours: 8 }, 'spijbelen/preventief-gesprek'],
    [{ truancyHours: 11 }, 'spijbelen/preventief-gesprek'],
    [{ truancyHours: 12 }, 'spijbelen/duo-melding'],
  ])('should advise for %o: %s', (fields, expected) => {
    expect(stepIds(fields)).toContain(expected);
    expect(stepIds(fields).filter((id) => id.startsWith('spijbelen/'))).toEqual([expected]);
  });

  it('should give both scales and the overlap at 2 dagdelen', () => {
    const ids = advice({ truancyDagdelen: 2 }).contradictions.map((entry) => entry.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'spijbelen-schaal',
        'spijbelen-stappen-bijlage-1-sluiten-niet-aan',
        'spijbelen-meerdere-dagdelen',
      ]),
    );
  });

  it('should name the gap between 1,5 and 2 dagen', () => {
    const result = advice({ truancyDays: 1.75 });
    expect(result.steps[0]!.what).toContain('geen stap');
    expect(result.contradictions.map((entry) => entry.id)).toContain('spijbelen-stappen-bijlage-1-sluiten-niet-aan');
  });

  it.each([
    [15, weeks(4), false],
    [16, weeks(4), true],
    [17, weeks(3), true],
    [16, weeks(5), false],
    [16, undefined, false],
  ])('should add the legal duty at %d uur in %o: %s', (truancyHours, truancyPeriod, expected) => {
    expect(stepIds({ truancyHours, ...(truancyPeriod ? { truancyPeriod } : {}) }).includes('wet/melding-16-uur')).toBe(
      expected,
    );
  });

  it('should say the protocol is stricter than the law between 12 and 15 lesuren', () => {
    expect(
      advice({ truancyHours: 13 })
        .notes.map((note) => note.text)
        .join(' '),
    ).toContain('strenger dan de wet');
  });
});

describe('ziekteverzuim (Bijlage 1, vier criteria)', () => {
  it.each([
    [{ sickReports: 2, sickReportDays: 1, sickPeriod: months(2) }, false],
    [{ sickReports: 3, sickReportDays: 1, sickPeriod: months(2) }, true],
    [{ sickReports: 3, sickReportDays: 2, sickPeriod: months(2) }, true],
    [{ sickReports: 4, sickPeriod: weeks(6) }, true],
    [{ sickReports: 3, sickReportDays: 1, sickPeriod: months(3) }, false],
    [{ sickDays: 4, sickPeriod: months(1) }, false],
    [{ sickDays: 5, sickPeriod: months(1) }, true],
    [{ sickDays: 5, sickPeriod: weeks(4) }, true],
    [{ sickDays: 5, sickPeriod: weeks(6) }, false],
    [{ consecutiveSickDays: 10 }, false],
    [{ consecutiveSickDays: 11 }, true],
    [{ events: { sentHomeSickOften: true } }, true],
  ])('should decide aanmelding bij de jeugdarts for %o: %s', (fields, expected) => {
    expect(stepIds(fields).includes('ziekte/jeugdarts-aanmelden')).toBe(expected);
  });

  it('should always have the mentor contact the same day, at the latest after 3 days', () => {
    const step = advice({ sickReports: 1, sickPeriod: months(1) }).steps.find(
      (entry) => entry.id === 'ziekte/contact-mentor',
    );
    expect(step?.deadline).toContain('uiterlijk na 3 dagen');
  });

  it.each([
    [5, 'ziekte/contact-mentor'],
    [6, 'ziekte/jeugdarts-overleg-oco'],
    [10, 'ziekte/jeugdarts-overleg-oco'],
    [11, 'ziekte/jeugdarts-aanmelden'],
  ])(
    'should read %d schooldagen in a row against both thresholds (10 schooldagen vs één week)',
    (consecutiveSickDays, expected) => {
      const result = advice({ consecutiveSickDays });
      expect(result.steps[0]!.id).toBe(expected);
      if (consecutiveSickDays > 5)
        expect(result.contradictions.map((entry) => entry.id)).toContain('langdurig-ziek-drempel');
    },
  );

  it('should map the criteria to the aanmeldformulier reasons', () => {
    const result = advice({
      sickReports: 3,
      sickReportDays: 2,
      sickPeriod: weeks(4),
      events: { sentHomeSickOften: true },
    });
    expect(result.aanmeldReasons).toEqual([1, 3, 4]);
    expect(result.applies.aanmeldformulier).toBe(true);
  });

  it('should ask for the period when only a count is known', () => {
    expect(adviseSituation(base({ sickReports: 3, mentioned: { sick: true } }))).toMatchObject({
      kind: 'needs-info',
      missingFields: ['sickPeriod'],
    });
  });

  it('should have mentor and oco talk it over when they worry about repeated reports, whatever the period', () => {
    const worrying = { events: { worrying: true }, mentioned: { sick: true } };
    // "twee keer opgehaald, ik twijfel of de jeugdarts nodig is": two reports, no period.
    expect(stepIds({ sickReports: 2, ...worrying })[0]).toBe('ziekte/jeugdarts-overleg-oco');
    // Without worry the rules ask for the period; without any count they ask how often, worry or not.
    expect(adviseSituation(base({ sickReports: 2, mentioned: { sick: true } })).kind).toBe('needs-info');
    expect(adviseSituation(base(worrying)).kind).toBe('needs-info');
  });

  it('should count days ill in a row as days when they worry ("drie dagen ziek, maar ze eet al weken slecht")', () => {
    const worrying = { events: { worrying: true }, mentioned: { sick: true } };
    expect(stepIds({ consecutiveSickDays: 3, ...worrying })[0]).toBe('ziekte/jeugdarts-overleg-oco');
    expect(stepIds({ consecutiveSickDays: 3, mentioned: { sick: true } })[0]).toBe('ziekte/contact-mentor');
    // One or two days are one short report, worry or not: the mentor's contact first.
    expect(stepIds({ consecutiveSickDays: 1, ...worrying })[0]).toBe('ziekte/contact-mentor');
    expect(stepIds({ consecutiveSickDays: 2, ...worrying })[0]).toBe('ziekte/contact-mentor');
  });
});

describe('escalation, thuiszitten and age', () => {
  it('should report a jeugdarts no-show via DUO with the ZAT and name the two readings', () => {
    const result = advice({ events: { jeugdartsNoShow: true } });
    expect(result.steps[0]!.id).toBe('jeugdarts/niet-verschenen');
    expect(result.contradictions.map((entry) => entry.id)).toContain('jeugdarts-no-show');
  });

  it('should report non-cooperation via DUO, parents informed, ZAT', () => {
    const step = advice({ events: { notCooperating: true } }).steps[0]!;
    expect(step.id).toBe('medewerking/duo-melding');
    expect(step.inform).toContain('ZAT');
  });

  it.each([
    [{ homeWeeks: 2 }, ['thuiszitten/gesprek-partners']],
    [{ homeWeeks: 4, schoolType: 'po' as const }, ['thuiszitten/gesprek-partners']],
    [{ homeWeeks: 5, schoolType: 'po' as const }, ['thuiszitten/breed-overleg-po', 'thuiszitten/gesprek-partners']],
    [{ homeWeeks: 5, schoolType: 'vo' as const }, ['thuiszitten/gesprek-partners']],
    [{ homeWeeks: 13 }, ['thuiszitten/gesprek-partners']],
    [{ homeWeeks: 14 }, ['thuiszitten/langer-dan-drie-maanden', 'thuiszitten/gesprek-partners']],
  ])('should advise for %o', (fields, expected) => {
    expect(stepIds(fields)).toEqual(expected);
  });

  it('should call a pupil 4 weeks at home without vrijstelling a thuiszitter', () => {
    expect(
      advice({ homeWeeks: 4 })
        .notes.map((note) => note.text)
        .join(' '),
    ).toContain('thuiszitter');
    expect(
      advice({ homeWeeks: 3 })
        .notes.map((note) => note.text)
        .join(' '),
    ).not.toContain('is een thuiszitter');
  });

  it('should escalate stagnation of a thuiszitter to the doorbraakoverleg', () => {
    expect(stepIds({ homeWeeks: 6, events: { stagnation: true, waitingList: true } })[0]).toBe(
      'stagnatie/doorbraakoverleg',
    );
    expect(stepIds({ homeWeeks: 6, events: { stagnation: true, stagnationCause: 'partner' } })).toContain(
      'stagnatie/partner-aanspreken',
    );
    expect(stepIds({ lateCount: 2, events: { noAgreement: true } })[0]).toBe('stagnatie/geen-overeenstemming');
  });

  it('should bring a case to the doorbraakoverleg once escalating to the management had no result', () => {
    // Bijlage 8, "Wie kan opschalen": not only for a pupil already at home.
    expect(
      stepIds({ events: { stagnation: true, stagnationCause: 'partner', waitingList: true, escalated: true } })[0],
    ).toBe('stagnatie/doorbraakoverleg');
    expect(stepIds({ events: { stagnation: true, stagnationCause: 'partner' } })[0]).toBe(
      'stagnatie/partner-aanspreken',
    );
  });

  it.each([
    [11, 'met de ouders'],
    [12, 'met of zonder ouders'],
    [undefined, 'Onder 12 jaar'],
  ])('should say with whom to talk at age %s', (age, expected) => {
    expect(advice({ lateCount: 3, ...(age !== undefined ? { age } : {}) }).talkWith.text).toContain(expected);
  });
});

describe('sources and contradictions', () => {
  const knowledge = loadKnowledgeBase();

  it.each(Object.entries(ruleSources))(
    'should resolve the source %s to a knowledge section named in its label',
    (_key, source) => {
      const section = knowledge.getSection(source.sectionId);
      expect(section, source.sectionId).toBeDefined();
      expect(source.label.startsWith(knowledge.documentOf(section!).shortTitle)).toBe(true);
    },
  );

  it('should resolve every source of every step the rules can give', () => {
    const situations: Partial<Situation>[] = [
      { lateCount: 3 },
      { lateCount: 9 },
      { lateCount: 12 },
      { lateCount: 9, events: { backgroundProblems: true } },
      { lateCount: 2, events: { preventiveTalkHeld: true } },
      { truancyHours: 16, truancyPeriod: weeks(4) },
      { truancyDagdelen: 3, events: { preventiveTalkHeld: true } },
      { sickReports: 3, sickPeriod: months(2) },
      { consecutiveSickDays: 8 },
      { events: { jeugdartsNoShow: true, notCooperating: true, stagnation: true, noAgreement: true } },
      { homeWeeks: 20, schoolType: 'po', events: { stagnation: true } },
      ...(['partner', 'school', 'problematiek'] as const).map((stagnationCause) => ({
        events: { stagnation: true, stagnationCause },
      })),
    ];
    for (const situation of situations) {
      const result = advice(situation);
      for (const source of result.sources)
        expect(knowledge.getSection(source.sectionId), source.sectionId).toBeDefined();
      for (const contradiction of result.contradictions)
        for (const reading of contradiction.readings)
          expect(knowledge.getSection(reading.sectionId), reading.sectionId).toBeDefined();
    }
  });

  it('should find every contradiction id in knowledge/contradictions.yaml and use each one in a rule', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const directory = new URL('.', import.meta.url);
    const used = new Set<string>();
    for (const file of readdirSync(directory).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'contradictions.ts',
    )) {
      const text = readFileSync(new URL(file, directory), 'utf8');
      for (const match of text.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g))
        if (loadContradictions().has(match[1]!)) used.add(match[1]!);
    }
    const declared = /export type ContradictionId =([^;]+);/
      .exec(readFileSync(new URL('contradictions.ts', directory), 'utf8'))![1]!
      .match(/'([^']+)'/g)!
      .map((id) => id.slice(1, -1));
    for (const id of declared) expect(loadContradictions().has(id), id).toBe(true);
    // Every documented contradiction is brought up by some rule.
    expect([...loadContradictions().keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('more absence never gives a lighter step (property)', () => {
  const events = fc.record(
    { preventiveTalkHeld: fc.boolean(), zatDiscussed: fc.boolean(), backgroundProblems: fc.boolean() },
    { requiredKeys: [] },
  );

  it('should be monotone in times te laat', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.nat(60), events, (a, b, happened) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const level = (lateCount: number) =>
          trackLevel(adviseSituation(base({ lateCount, events: happened })), 'te-laat');
        return level(low) <= level(high);
      }),
    );
  });

  it('should be monotone in spijbel-uren, dagdelen and dagen', () => {
    const amount = fc.option(
      fc.integer({ min: 0, max: 40 }).map((value) => value / 2),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        amount,
        amount,
        amount,
        fc.nat(20),
        fc.nat(4),
        fc.nat(4),
        (hours, dagdelen, days, extraHours, extraDagdelen, extraDays) => {
          const fields = {
            ...(hours !== undefined ? { truancyHours: hours } : {}),
            ...(dagdelen !== undefined ? { truancyDagdelen: Math.round(dagdelen) } : {}),
            ...(days !== undefined ? { truancyDays: days } : {}),
          };
          if (Object.keys(fields).length === 0) return true;
          const more = {
            ...(hours !== undefined ? { truancyHours: hours + extraHours } : {}),
            ...(dagdelen !== undefined ? { truancyDagdelen: Math.round(dagdelen) + extraDagdelen } : {}),
            ...(days !== undefined ? { truancyDays: days + extraDays } : {}),
          };
          return (
            trackLevel(adviseSituation(base(fields)), 'spijbelen') <=
            trackLevel(adviseSituation(base(more)), 'spijbelen')
          );
        },
      ),
    );
  });

  it('should be monotone in ziekmeldingen, sick days, days in a row and weeks at home', () => {
    fc.assert(
      fc.property(
        fc.nat(10),
        fc.nat(10),
        fc.nat(20),
        fc.nat(5),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        (reports, sickDays, consecutive, extra, periodWeeks, sentHome) => {
          const situation = (more: number) =>
            base({
              sickReports: reports + more,
              sickDays: sickDays + more,
              consecutiveSickDays: consecutive + more,
              sickPeriod: weeks(periodWeeks),
              homeWeeks: consecutive + more,
              events: { sentHomeSickOften: sentHome },
            });
          const before = adviseSituation(situation(0));
          const after = adviseSituation(situation(extra));
          return (['ziekte', 'thuiszitten'] as const).every(
            (track) => trackLevel(before, track) <= trackLevel(after, track),
          );
        },
      ),
    );
  });

  it('should never lower the heaviest step when any count grows', () => {
    const counts = fc.record(
      {
        lateCount: fc.nat(20),
        truancyHours: fc.nat(20),
        sickReports: fc.nat(6),
        consecutiveSickDays: fc.nat(15),
        homeWeeks: fc.nat(20),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        counts,
        fc.constantFrom('lateCount', 'truancyHours', 'sickReports', 'consecutiveSickDays', 'homeWeeks'),
        fc.integer({ min: 1, max: 10 }),
        (fields, key, extra) => {
          const heaviest = (situation: Situation) => {
            const result = adviseSituation(situation);
            return result.kind === 'advice' ? Math.max(...result.steps.map((step) => step.level)) : 0;
          };
          const withPeriod = { ...fields, sickPeriod: weeks(8) };
          return heaviest(base(withPeriod)) <= heaviest(base({ ...withPeriod, [key]: (fields[key] ?? 0) + extra }));
        },
      ),
    );
  });
});

describe('thresholds as data', () => {
  it('should hold the protocol numbers', () => {
    expect(thresholds.teLaat).toMatchObject({ talkUpTo: 7, preventiveUpTo: 11 });
    expect(thresholds.spijbelenUren).toMatchObject({ talkUpToHours: 7, preventiveUpToHours: 11 });
    expect(thresholds.wettelijkeMelding).toMatchObject({ hours: 16, periodDays: 28 });
    expect(thresholds.ziekte).toMatchObject({
      repeatedReports: 3,
      consecutiveMoreThanSchoolDays: 10,
      spreadMoreThanDays: 4,
    });
  });
});

describe('adviseSituation when asked whether to report', () => {
  it.each([
    ['Sanne is 13 keer te laat, moet ik dit melden?', 'Ja'],
    ['Sanne is 5 keer te laat, is dit al een duo melding?', 'Nog niet'],
    ['Bram zit 20 weken thuis, moet dit gemeld worden?', 'Ja, als het verzuim ongeoorloofd is'],
    ['Noor is 3 weken ziek, moet ik dit melden?', 'Nee, nu niet'],
  ])('should answer "%s" first in the notes', (text, answer) => {
    const advice = adviseSituation(parseSituation(text));
    expect(advice.kind === 'advice' && advice.notes[0]!.text).toContain(`Moet dit gemeld worden? ${answer}`);
  });
});

describe('adviseSituation when the jeugdarts is already involved', () => {
  it('should keep contact instead of registering the pupil again', () => {
    const advice = adviseSituation(parseSituation('De jeugdarts is al ingeschakeld voor Sofie, ze is nu 4 weken ziek'));
    expect(advice.kind === 'advice' && advice.steps.map((step) => step.id)).toEqual(['ziekte/contact-mentor']);
  });

  it('should still register the pupil when the jeugdarts is not yet involved', () => {
    const advice = adviseSituation(
      parseSituation('De jeugdarts is nog niet ingeschakeld voor Sofie, ze is nu 4 weken ziek'),
    );
    expect(advice.kind === 'advice' && advice.steps[0]!.id).toBe('ziekte/jeugdarts-aanmelden');
  });
});
