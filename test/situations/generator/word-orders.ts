// The situation generator: more word orders: the name last, counts as bounds, stagnation by who fails.
import fc from 'fast-check';
import { dress, dressingArbitrary } from './dressing.js';
import { countPhrase } from './numbers.js';
import { consecutiveStep, homeStep, hoursStep, lateStep } from './protocol-steps.js';
import type { ExpectedSlots, GeneratedSituation } from './slots.js';
import { names, whoArbitrary } from './who.js';

/** Facts first and the name after them: "9 keer te laat deze periode, Sanne.", "14 lesuren gespijbeld (Bram, 15)". */
export const nameLastMessage: fc.Arbitrary<GeneratedSituation> = fc
  .record({
    name: fc.constantFrom(...names),
    age: fc.integer({ min: 12, max: 17 }),
    form: fc.nat(2),
    kind: fc.nat(3),
    count: fc.integer({ min: 1, max: 20 }),
    weeks: fc.constantFrom(1, 2, 3, 4),
    dressing: dressingArbitrary,
  })
  .map(({ name, age, form, kind, count, weeks, dressing }) => {
    const fact = [
      { text: `${countPhrase(count, 0)} te laat deze periode`, slots: { lateCount: count }, expected: lateStep(count) },
      { text: `${count} lesuren gespijbeld`, slots: { truancyHours: count }, expected: hoursStep(count, undefined) },
      {
        text: `al ${weeks} ${weeks === 1 ? 'week' : 'weken'} ziek, geen idee waarom`,
        slots: { consecutiveSickDays: weeks * 5 },
        expected: consecutiveStep(weeks * 5),
      },
      {
        text: `zit al ${count} weken thuis, niet ziek`,
        slots: { homeWeeks: count },
        expected: homeStep(count, undefined),
      },
    ][kind]!;
    const named = [`${fact.text}, ${name}.`, `${fact.text} (${name}, ${age})`, `${fact.text}. ${name}.`][form]!;
    const slots: ExpectedSlots = { ...fact.slots, pupilFirstName: name, ...(form === 1 && { age }) };
    return { text: dress([named], { ...dressing, typo: false }), slots, firstStep: fact.expected.step };
  });

/** Counts given as a bound: "meer dan 11 keer" is 12 or more, the side the protocol's thresholds need. */
export const boundedCountMessage: fc.Arbitrary<GeneratedSituation> = whoArbitrary.chain((who) =>
  fc
    .record({ count: fc.integer({ min: 2, max: 19 }), kind: fc.nat(1), dressing: dressingArbitrary })
    .map(({ count, kind, dressing }) => {
      if (kind === 0) {
        return {
          text: dress([`${who.text} is meer dan ${count} keer te laat gekomen`], dressing),
          slots: { ...who.slots, lateCount: count + 1 },
          firstStep: lateStep(count + 1).step,
        };
      }
      return {
        text: dress([`${who.text} heeft meer dan ${count} lesuren gespijbeld`], dressing),
        slots: { ...who.slots, truancyHours: count + 1 },
        firstStep: hoursStep(count + 1, undefined).step,
      };
    }),
);

/** Who fails in a stalled plan of approach, and the step Deel 5 gives for it. */
const stagnationActors: readonly { text: string; step: string }[] = [
  { text: 'de jeugdhulp', step: 'stagnatie/partner-aanspreken' },
  { text: 'de schoolmaatschappelijk werker', step: 'stagnatie/partner-aanspreken' },
  { text: 'de leerplichtambtenaar', step: 'stagnatie/partner-aanspreken' },
  { text: 'het wijkteam', step: 'stagnatie/partner-aanspreken' },
  { text: 'de school', step: 'stagnatie/school-aanspreken' },
  { text: 'wij als school', step: 'stagnatie/school-aanspreken' },
];
const failures: readonly ((actor: string) => string)[] = [
  (actor) => `${actor} komt de afspraken uit het plan niet na`,
  (actor) => `${actor} zou een opbouwschema maken, maar dat is na 4 weken nog steeds niet gebeurd`,
  (actor) => `het plan loopt vast omdat ${actor} de begeleiding niet heeft geregeld`,
  (actor) => `${actor} reageert al weken niet, het plan ligt stil`,
];

/** A stalled plan: the step depends on who does not do what was agreed. */
export const stagnationMessage: fc.Arbitrary<GeneratedSituation> = fc
  .record({
    name: fc.constantFrom(...names),
    actor: fc.constantFrom(...stagnationActors),
    failure: fc.constantFrom(...failures),
    dressing: dressingArbitrary,
  })
  .map(({ name, actor, failure, dressing }) => {
    const text = `Over ${name}: ${failure(actor.text)}`;
    return {
      text: dress([text], { ...dressing, typo: false }),
      slots: { pupilFirstName: name },
      firstStep: actor.step,
    };
  });
