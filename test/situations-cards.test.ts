import { describe, expect, it } from 'vitest';
import { expectWellFormedCard } from './helpers/card-checks.js';
import type { AdaptiveCardJson } from '../cards/render-card.js';
import { renderSituationAdviceCard, renderSituationCard, situationCardDataSchema, situationFromCard } from '../bot/routes/situations.js';
import { adviseSituation, parseSituation, type Advice } from '../src/rules/index.js';

/** Teams' requirements of a card, as `test/helpers/card-checks.ts` checks them for this file's cards. */
const expectWellFormed = (card: AdaptiveCardJson) => expectWellFormedCard(card);

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
    expect(JSON.stringify(prefilled)).toMatch(/"id":"age"[^}]*"value":13[,}]/);
  });

  it('should read the card submit strictly: numbers with a comma, toggles, blanks as unknown', () => {
    const data = situationCardDataSchema.parse({ verb: 'situation-submit', truancyDays: '1,5', lateCount: '', age: '14', preventiveTalkHeld: 'true', jeugdartsNoShow: 'false', sickPeriodWeeks: '8', sickReports: '3' });
    const situation = situationFromCard(data);
    expect(situation).toMatchObject({ truancyDays: 1.5, age: 14, sickReports: 3, sickPeriod: { days: 56 }, events: { preventiveTalkHeld: true } });
    expect(situation.lateCount).toBeUndefined();
    expect(situation.events.jeugdartsNoShow).toBeUndefined();
    expect(situationCardDataSchema.safeParse({ lateCount: 'negen' }).success).toBe(false);
    expect(situationCardDataSchema.safeParse({ age: '99' }).success).toBe(false);
  });
});
