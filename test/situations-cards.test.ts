import { describe, expect, it } from 'vitest';
import { expectWellFormedCard } from './helpers/card-checks.js';
import type { AdaptiveCardJson } from '../cards/render-card.js';
import {
  situationAgePattern,
  situationCardDataSchema,
  situationCountPattern,
  situationFromCard,
} from '../bot/situation-card-input.js';
import { loadCardTemplate, renderCard } from '../cards/render-card.js';
import { adviseSituation, parseSituation, type Advice, type Situation } from '../src/rules/index.js';
import { situationAdviceView, situationCardView } from '../src/rules/situation-view.js';

/** Teams' requirements of a card, as `test/helpers/card-checks.ts` checks them for this file's cards. */
const expectWellFormed = (card: AdaptiveCardJson) => expectWellFormedCard(card);

const renderSituationAdviceCard = (advice: Advice) => renderCard('situation-advice', situationAdviceView(advice));
const renderSituationCard = (situation: Situation | undefined, question?: string) =>
  renderCard('situation', situationCardView(situation, question));

const now = () => new Date('2026-03-02T09:00:00Z');
const adviceFor = (text: string) => adviseSituation(parseSituation(text, { now })) as Advice;

describe('situation cards', () => {
  it.each([
    'Sanne (14) is deze periode 9 keer te laat gekomen, wat nu?',
    'Daan is in 2 maanden 3 keer een dag ziek gemeld',
    'Jesse zit al 6 weken thuis en het plan van aanpak stagneert door een wachtlijst',
  ])('should render a well-formed advice card for "%s"', (text) => {
    const card = renderSituationAdviceCard(adviceFor(text));
    expectWellFormed(card);
    expect(card).toMatchSnapshot();
  });

  it('should render the Situatie card empty and prefilled', () => {
    const empty = renderSituationCard(undefined);
    expectWellFormed(empty);
    expect(empty).toMatchSnapshot();
    const prefilled = renderSituationCard(parseSituation('Daan (13) is 3 keer ziek gemeld'), 'In welke periode?');
    expectWellFormed(prefilled);
    expect(JSON.stringify(prefilled)).toMatch(/"id":"age"[^}]*"value":"13"[,}]/);
  });

  it('should read the card submit strictly: numbers with a comma, toggles, blanks as unknown', () => {
    const data = situationCardDataSchema.parse({
      verb: 'situation-submit',
      truancyDays: '1,5',
      lateCount: '',
      age: '14',
      preventiveTalkHeld: 'true',
      jeugdartsNoShow: 'false',
      sickPeriodWeeks: '8',
      sickReports: '3',
    });
    const situation = situationFromCard(data);
    expect(situation).toMatchObject({
      truancyDays: 1.5,
      age: 14,
      sickReports: 3,
      sickPeriod: { days: 56 },
      events: { preventiveTalkHeld: true },
    });
    expect(situation.lateCount).toBeUndefined();
    expect(situation.events.jeugdartsNoShow).toBeUndefined();
    expect(situationCardDataSchema.safeParse({ lateCount: 'negen' }).success).toBe(false);
    expect(situationCardDataSchema.safeParse({ age: '99' }).success).toBe(false);
  });

  type TextInput = { type: string; id: string; regex?: string; min?: number };
  const inputsOf = (node: unknown): TextInput[] =>
    Array.isArray(node)
      ? node.flatMap(inputsOf)
      : typeof node === 'object' && node !== null
        ? [
            ...(String((node as TextInput).type).startsWith('Input.') ? [node as TextInput] : []),
            ...Object.values(node).flatMap(inputsOf),
          ]
        : [];

  it("should let every optional number be empty: text inputs with the server's pattern, no Input.Number min", () => {
    const inputs = inputsOf(loadCardTemplate('situation'));
    expect(inputs.filter((input) => input.type === 'Input.Number')).toEqual([]);
    const numbers = inputs.filter((input) => input.regex !== undefined);
    expect(numbers.map((input) => input.id).sort()).toEqual([
      'age',
      'consecutiveSickDays',
      'homeWeeks',
      'lateCount',
      'sickDays',
      'sickPeriodWeeks',
      'sickReports',
      'truancyDagdelen',
      'truancyDays',
      'truancyHours',
    ]);
    for (const input of numbers)
      expect(input.regex).toBe(input.id === 'age' ? situationAgePattern : situationCountPattern);
  });

  // The card's check (the regex, as adaptivecards and Teams test it) and the server's zod schema agree.
  it.each([
    ['lateCount', '', true],
    ['lateCount', '  ', true],
    ['lateCount', '0', true],
    ['lateCount', '9', true],
    ['lateCount', ' 12 ', true],
    ['lateCount', '1,5', true],
    ['lateCount', '1.5', true],
    ['lateCount', '1000', true],
    ['lateCount', '1001', false],
    ['lateCount', '-1', false],
    ['lateCount', 'negen', false],
    ['lateCount', '1e2', false],
    ['lateCount', '1,5,5', false],
    ['age', '', true],
    ['age', '4', true],
    ['age', '14', true],
    ['age', '23', true],
    ['age', '3', false],
    ['age', '24', false],
    ['age', '14,5', false],
    ['age', 'veertien', false],
  ] as const)('should judge %s = "%s" the same in card and server (valid: %s)', (field, value, valid) => {
    const pattern = field === 'age' ? situationAgePattern : situationCountPattern;
    // adaptivecards: an empty value is valid, otherwise RegExp(regex).test(value).
    const cardAccepts = value === '' || new RegExp(pattern, 'g').test(value);
    expect(cardAccepts).toBe(valid);
    expect(situationCardDataSchema.safeParse({ [field]: value }).success).toBe(valid);
  });

  it('should read empty as unknown, never as zero: a first name and one count give advice', () => {
    const blanks = {
      age: '',
      lateCount: '',
      truancyHours: '',
      truancyDagdelen: '',
      truancyDays: '',
      sickDays: '',
      consecutiveSickDays: '',
      homeWeeks: '',
    };
    const situation = situationFromCard(
      situationCardDataSchema.parse({ ...blanks, pupilFirstName: 'Lotte', sickReports: '3', sickPeriodWeeks: '6' }),
    );
    for (const key of ['age', 'lateCount', 'homeWeeks', 'consecutiveSickDays', 'sickDays'] as const)
      expect(situation[key]).toBeUndefined();
    const result = adviseSituation(situation);
    expect(result.kind).toBe('advice');
    expect(JSON.stringify(result)).not.toContain('thuiszitter');
  });

  // "Lotte, 13, 3 ziekmeldingen in 6 weken" with the other counts 0 gets the jeugdarts, not the thuiszitter.
  it('should read a typed 0 as none of that kind: Lotte with her other counts 0 gets the jeugdarts', () => {
    const zeros = {
      lateCount: '0',
      truancyHours: '0',
      truancyDagdelen: '0',
      truancyDays: '0',
      sickDays: '0',
      consecutiveSickDays: '0',
      homeWeeks: '0',
    };
    const situation = situationFromCard(
      situationCardDataSchema.parse({
        ...zeros,
        pupilFirstName: 'Lotte',
        age: '13',
        sickReports: '3',
        sickPeriodWeeks: '6',
      }),
    );
    expect(situation.age).toBe(13);
    const result = adviseSituation(situation);
    expect(result.kind === 'advice' ? result.steps.map((step) => step.id) : result).toEqual([
      'ziekte/jeugdarts-aanmelden',
      'ziekte/contact-mentor',
    ]);
    expect(result.kind === 'advice' ? result.understood.join('\n') : '').not.toMatch(/\b0 (?:keer|weken|dagen|lesuur)/);
  });
});
