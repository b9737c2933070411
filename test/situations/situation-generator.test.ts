import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviseSituation, looksLikeSituation, parseSituation, type Situation } from '../../src/rules/index.js';
import {
  boundedCountMessage,
  deniedEventMessage,
  generatorNow,
  lateAfterEventMessage,
  nameLastMessage,
  protocolQuestion,
  situationMessage,
  stagnationMessage,
  vagueMessage,
  type ExpectedSlots,
  type GeneratedSituation,
} from './situation-generator.js';

const now = () => generatorNow;

/** The slots the message states that the parser got wrong, as "slot: got ≠ expected". */
function wrongSlots(situation: Situation, expected: ExpectedSlots): string[] {
  const wrong: string[] = [];
  const { events, ...values } = expected;
  for (const [key, value] of Object.entries(values)) {
    const got = situation[key as keyof Situation];
    if (got !== value) wrong.push(`${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(value)}`);
  }
  for (const [key, value] of Object.entries(events ?? {})) {
    const got = situation.events[key as keyof Situation['events']];
    if (got !== value) wrong.push(`events.${key}: ${JSON.stringify(got)} ≠ ${JSON.stringify(value)}`);
  }
  return wrong;
}

function firstStepOf(message: GeneratedSituation): string {
  const result = adviseSituation(parseSituation(message.text, { now }));
  return result.kind === 'advice' ? result.steps[0]!.id : 'needs-info';
}

/** Everything that must hold for one generated situation; empty when it does. */
function problems(message: GeneratedSituation): string[] {
  const found = wrongSlots(parseSituation(message.text, { now }), message.slots);
  if (!looksLikeSituation(message.text)) found.push('not seen as a situation');
  const step = firstStepOf(message);
  if (step !== message.firstStep) found.push(`first step ${step} ≠ ${message.firstStep}`);
  return found;
}

const seed = 1414;

describe('generated "wat nu?" situations', () => {
  it("should recover the slots, see a situation and give the protocol's first step", () => {
    fc.assert(
      fc.property(situationMessage, (message) => {
        expect(problems(message), message.text).toEqual([]);
      }),
      { numRuns: 700, seed },
    );
  });

  it('should escalate a late count after a preventief gesprek or a ZAT discussion', () => {
    fc.assert(
      fc.property(lateAfterEventMessage, (message) => {
        expect(problems(message), message.text).toEqual([]);
      }),
      { numRuns: 250, seed },
    );
  });

  it('should never set the flag of an event the message denies, and advise on the facts alone', () => {
    fc.assert(
      fc.property(deniedEventMessage, (message) => {
        const situation = parseSituation(message.text, { now });
        expect(situation.events[message.denied!], message.text).toBeUndefined();
        expect(problems(message), message.text).toEqual([]);
      }),
      { numRuns: 300, seed },
    );
  });

  it('should ask (needs-info) when the count is vague', () => {
    fc.assert(
      fc.property(vagueMessage, (message) => {
        expect(problems(message), message.text).toEqual([]);
      }),
      { numRuns: 200, seed },
    );
  });
});

describe('generated protocol questions', () => {
  it('should leave general questions to the Q&A engine', () => {
    fc.assert(
      fc.property(protocolQuestion, (question) => {
        expect(looksLikeSituation(question), question).toBe(false);
      }),
      { numRuns: 300, seed },
    );
  });
});

describe('generated situations in other word orders', () => {
  it('should find the name after the facts and still give the first step', () => {
    fc.assert(
      fc.property(nameLastMessage, (message) => {
        expect(problems(message), message.text).toEqual([]);
      }),
      { numRuns: 150, seed },
    );
  });

  it('should read "meer dan N" on the side of the threshold', () => {
    fc.assert(
      fc.property(boundedCountMessage, (message) => {
        expect(problems(message), message.text).toEqual([]);
      }),
      { numRuns: 100, seed },
    );
  });

  it('should send a stalled plan to whoever does not do what was agreed', () => {
    fc.assert(
      fc.property(stagnationMessage, (message) => {
        expect(problems(message), message.text).toEqual([]);
      }),
      { numRuns: 150, seed },
    );
  });
});
