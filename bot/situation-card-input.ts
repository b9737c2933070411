import { z } from 'zod';
import { situationSchema, type Situation } from '../src/rules/index.js';
import { situationToggleFields } from '../src/rules/situation-view.js';

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

/**
 * The Situatie card's number fields are `Input.Text` with these patterns, not `Input.Number`: Web Chat's
 * renderer (adaptivecards 3.x) reads an empty `Input.Number` as NaN, which fails any `min`, so the card
 * could not be sent half-filled; and Chromium's number input drops "1,5". Empty means unknown. The card
 * JSON repeats these patterns; `test/situations-cards.test.ts` checks card and server agree.
 */
export const situationCountPattern = String.raw`^\s*(1000|\d{1,3}([.,]\d{1,2})?)?\s*$`;
export const situationAgePattern = String.raw`^\s*([4-9]|1\d|2[0-3])?\s*$`;
const countRegex = new RegExp(situationCountPattern);
const ageRegex = new RegExp(situationAgePattern);
const patterned = (regex: RegExp) => (value: unknown) => {
  if (typeof value === 'number') return Number.isFinite(value) && regex.test(String(value)) ? value : Number.NaN;
  if (typeof value !== 'string') return blankToUndefined(value);
  if (!regex.test(value)) return Number.NaN;
  return blankToUndefined(value.trim().replace(',', '.'));
};
const optionalNumber = z.preprocess(patterned(countRegex), z.coerce.number().min(0).max(1000).optional());
const flag = z.preprocess((value) => value === true || value === 'true', z.boolean());

/** The "Situatie" card's submit data: strings from Teams, numbers and toggles parsed here, once. */
export const situationCardDataSchema = z.object({
  pupilFirstName: z.preprocess(blankToUndefined, z.string().trim().max(40).optional()),
  age: z.preprocess(patterned(ageRegex), z.coerce.number().int().min(4).max(23).optional()),
  schoolType: z.preprocess(blankToUndefined, z.enum(['po', 'vo']).optional()),
  lateCount: optionalNumber,
  truancyHours: optionalNumber,
  truancyDagdelen: optionalNumber,
  truancyDays: optionalNumber,
  sickReports: optionalNumber,
  sickDays: optionalNumber,
  sickPeriodWeeks: optionalNumber,
  consecutiveSickDays: optionalNumber,
  homeWeeks: optionalNumber,
  sentHomeSickOften: flag,
  preventiveTalkHeld: flag,
  absenceAgainAfterTalk: flag,
  jeugdartsNoShow: flag,
  notCooperating: flag,
  backgroundProblems: flag,
  zatDiscussed: flag,
  stagnation: flag,
  waitingList: flag,
  noAgreement: flag,
});
export type SituationCardData = z.infer<typeof situationCardDataSchema>;

/** Card fields → the rules' Situation (only what was filled in). */
export function situationFromCard(data: SituationCardData): Situation {
  const { sickPeriodWeeks, ...rest } = data;
  const events = Object.fromEntries(situationToggleFields.filter((key) => data[key]).map((key) => [key, true]));
  // A count of 0 in a form field means "none of that kind": left out, so it gives no step (0 weken thuis is
  // no thuiszitter). The age is no count.
  const defined = Object.fromEntries(
    Object.entries(rest).filter(
      ([key, value]) =>
        value !== undefined &&
        typeof value !== 'boolean' &&
        key in situationSchema.shape &&
        !(value === 0 && key !== 'age'),
    ),
  );
  return situationSchema.parse({
    ...defined,
    ...(sickPeriodWeeks !== undefined && sickPeriodWeeks > 0
      ? { sickPeriod: { days: sickPeriodWeeks * 7, label: `${String(sickPeriodWeeks).replace('.', ',')} weken` } }
      : {}),
    mentioned: {},
    events,
  });
}
