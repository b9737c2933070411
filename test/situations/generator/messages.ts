// The situation generator: the generators.
import fc from 'fast-check';
import { dress, dressingArbitrary, mergeSlots } from './dressing.js';
import { denials, events } from './events.js';
import { consecutiveFact, factArbitrary, lateFact, sickReportsFact } from './facts.js';
import { countPhrase } from './numbers.js';
import { first, lateStep } from './protocol-steps.js';
import type { GeneratedSituation } from './slots.js';
import { whoArbitrary } from './who.js';

/** A situation with one kind of absence, sometimes with something that already happened. */
export const situationMessage: fc.Arbitrary<GeneratedSituation> = whoArbitrary.chain((who) =>
  fc
    .record({
      fact: factArbitrary(who),
      event: fc.option(fc.constantFrom(...events), { nil: undefined, freq: 3 }),
      dressing: dressingArbitrary,
    })
    .map(({ fact, event, dressing }) => {
      const name = who.slots.pupilFirstName!;
      const facts = event ? [fact.text, event.text(name)] : [fact.text];
      const expected = event?.expected ? [fact.expected, event.expected] : [fact.expected];
      return {
        text: dress(facts, dressing),
        slots: mergeSlots(fact.slots, event?.slots ?? {}),
        firstStep: first(expected),
      };
    }),
);

/** A late count after a preventief gesprek, or one the ZAT already discussed (Bijlage 7). */
export const lateAfterEventMessage: fc.Arbitrary<GeneratedSituation> = whoArbitrary.chain((who) =>
  fc
    .record({ count: fc.integer({ min: 1, max: 20 }), form: fc.nat(5), which: fc.nat(2), dressing: dressingArbitrary })
    .map(({ count, form, which, dressing }) => {
      const phrase = countPhrase(count, form);
      if (which === 0) {
        return {
          text: dress([`Na het preventief gesprek is ${who.text} weer ${phrase} te laat gekomen`], dressing),
          slots: mergeSlots(who.slots, { lateCount: count, events: { preventiveTalkHeld: true } }),
          firstStep: 'te-laat/duo-na-preventief-gesprek',
        };
      }
      if (which === 1) {
        return {
          text: dress(
            [`${who.text} heeft al een preventief gesprek gehad maar is daarna weer ${phrase} te laat gekomen`],
            dressing,
          ),
          slots: mergeSlots(who.slots, { lateCount: count, events: { preventiveTalkHeld: true } }),
          firstStep: 'te-laat/duo-na-preventief-gesprek',
        };
      }
      const base = lateStep(count).step;
      const firstStep = base === 'te-laat/preventief-gesprek' ? 'te-laat/duo-melding' : base;
      return {
        text: dress([`${who.text} is ${phrase} te laat gekomen`, 'is al besproken in het zat'], dressing),
        slots: mergeSlots(who.slots, { lateCount: count, events: { zatDiscussed: true } }),
        firstStep,
      };
    }),
);

/** A fact with a denial next to it: the flag stays unset and the step is the fact's own. */
export const deniedEventMessage: fc.Arbitrary<GeneratedSituation> = whoArbitrary.chain((who) =>
  fc
    .record({
      fact: fc.oneof(lateFact(who), sickReportsFact(who), consecutiveFact(who)),
      denial: fc.constantFrom(...denials),
      dressing: dressingArbitrary,
    })
    .map(({ fact, denial, dressing }) => {
      const denialText = denial.text.startsWith('heeft') ? `${who.slots.pupilFirstName} ${denial.text}` : denial.text;
      return {
        text: dress([fact.text, denialText], dressing),
        slots: fact.slots,
        firstStep: fact.expected.step,
        denied: denial.denied,
      };
    }),
);

const vagueCounts = [
  'een paar keer',
  'regelmatig',
  'vaak',
  'meerdere keren',
  'af en toe',
  'soms',
  'steeds vaker',
  'nogal eens',
];

/** A kind of absence without a usable count: the rules must ask. */
export const vagueMessage: fc.Arbitrary<GeneratedSituation> = whoArbitrary.chain((who) =>
  fc
    .record({ vague: fc.constantFrom(...vagueCounts), kind: fc.nat(2), dressing: dressingArbitrary })
    .map(({ vague, kind, dressing }) => {
      const fact = [
        `${who.text} is ${vague} te laat gekomen`,
        `${who.text} heeft ${vague} gespijbeld`,
        `${who.text} is ${vague} ziek gemeld`,
      ][kind]!;
      return { text: dress([fact], dressing), slots: who.slots, firstStep: 'needs-info' };
    }),
);
