import { z } from 'zod';

/** Whose consent the form records (Bijlage 4, Toestemming voor het uitwisselen van persoonsgegevens). */
export const consentBySchema = z.enum(['ouders', 'leerling', 'leerling-en-ouders']);
export type ConsentBy = z.infer<typeof consentBySchema>;

export const consentByLabels: Readonly<Record<ConsentBy, string>> = {
  ouders: 'De ouders',
  leerling: 'De leerling',
  'leerling-en-ouders': 'Leerling én ouders',
};

/** Age in whole years on a day (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export type ConsentRule = {
  /** Who must have consented. */
  readonly required: 'ouders' | 'leerling';
  /** The choices that satisfy the rule. */
  readonly accepted: readonly ConsentBy[];
  /** Dutch, shown beside the field when the choice does not fit. */
  readonly refusal: string;
};

/**
 * Bijlage 4: personal data of a pupil under 16 is shared with the parents' consent; from 16 with the
 * pupil's. The protocol is not consistent here (see knowledge/contradictions.yaml,
 * `toestemming-terugkoppeling` and `ouders-betrekken-leeftijd`): Deel 4 asks consent of "leerling en
 * ouders", Bijlage 6 "leerling en / of ouder". The form applies Bijlage 4 and always accepts both;
 * the card shows the difference instead of hiding it.
 */
export function consentRule(age: number): ConsentRule {
  if (age < 16) {
    return {
      required: 'ouders',
      accepted: ['ouders', 'leerling-en-ouders'],
      refusal:
        `De leerling is ${age} jaar: onder de 16 beslissen de ouders (Bijlage 4). Kies "De ouders" of ` +
        `"Leerling én ouders".`,
    };
  }
  return {
    required: 'leerling',
    accepted: ['leerling', 'leerling-en-ouders'],
    refusal:
      `De leerling is ${age} jaar: vanaf 16 beslist de leerling zelf (Bijlage 4). Kies "De leerling" of ` +
      `"Leerling én ouders".`,
  };
}

/** Shown in both cards beside the consent question. */
export const consentExplanation =
  'Bijlage 4 van het protocol: onder de 16 geven de ouders toestemming, vanaf 16 de leerling zelf (ouders ' +
  'informeren mag dan alleen met toestemming van de leerling). ' +
  'Vanaf 12 jaar weegt de instemming van de leerling steeds zwaarder, en bij hulpverlening geven leerling (12+) ' +
  'én ouders toestemming. ' +
  'Let op: Deel 4 van het protocol spreekt van toestemming van "leerling en ouders" en Bijlage 6 van "leerling en / ' +
  'of ouder". Met toestemming van beiden zit je altijd goed.';
