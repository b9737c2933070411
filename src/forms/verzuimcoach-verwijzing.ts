import { z } from 'zod';
import { checkBirthDate } from './aanmeldformulier.js';
import { ageOn, consentByLabels, consentBySchema, consentRule } from './consent.js';
import {
  choice,
  confirmed,
  formatDutchDate,
  optionalText,
  requiredDate,
  requiredEmail,
  requiredPhone,
  requiredText,
} from './form-fields.js';
import type { FieldIssue, FormDefinition, SummaryFact } from './form-definition.js';

/**
 * The verwijzing naar de verzuimcoach. The verzuimcoaches' jaarverslag 2023 does not list the referral's
 * fields: it says referral goes via the onderwijsloket with agreed information, that preventive referral
 * shortens the guidance, that the school keeps a role after referral and must name who is its contact
 * person, and reports referrals by level and leerjaar. The fields below follow the issue; the card says
 * which parts come from the document.
 */
export const schoolLevels = [
  'praktijkonderwijs',
  'vmbo-basis-kader',
  'vmbo-gt-mavo',
  'brugklas-mavo-havo',
  'havo',
  'brugklas-havo-vwo',
  'vwo',
  'vso',
  'anders',
] as const;
export const schoolLevelLabels: Readonly<Record<(typeof schoolLevels)[number], string>> = {
  praktijkonderwijs: 'Praktijkonderwijs',
  'vmbo-basis-kader': 'Vmbo basis/kader',
  'vmbo-gt-mavo': 'Vmbo-gt / mavo',
  'brugklas-mavo-havo': 'Brugklas mavo/havo',
  havo: 'Havo',
  'brugklas-havo-vwo': 'Brugklas havo/vwo',
  vwo: 'Vwo',
  vso: 'Vso',
  anders: 'Anders',
};
/** Vo leerjaren, and groep 8: the verzuimcoaches' jaarverslag 2023 reports pupils referred before they start in vo. */
export const leerjaren = ['1', '2', '3', '4', '5', '6', 'groep-8'] as const;
const leerjaarLabel = (leerjaar: (typeof leerjaren)[number]) =>
  leerjaar === 'groep-8' ? 'Groep 8 (po, nog niet in het vo)' : leerjaar;
export const referralKinds = ['preventief', 'thuiszitter'] as const;
export const referralKindLabels: Readonly<Record<(typeof referralKinds)[number], string>> = {
  preventief: 'Preventief (de leerling gaat nog (deels) naar school)',
  thuiszitter: 'Thuiszitter (de leerling gaat niet meer naar school)',
};

export const verwijzingFields = {
  pupilName: { label: 'Naam leerling', max: 100 },
  birthDate: { label: 'Geboortedatum leerling', max: 10 },
  department: { label: 'Locatie / afdeling', max: 100 },
  level: { label: 'Niveau', max: 30 },
  leerjaar: { label: 'Leerjaar', max: 7 },
  absenceSince: { label: 'Verzuim sinds', max: 10 },
  absenceExtent: { label: 'Hoeveel verzuim', max: 500 },
  schoolActions: { label: 'Wat heeft school gedaan (met data)?', max: 3000 },
  careInvolved: { label: 'Betrokken hulpverlening', max: 1000 },
  referralKind: { label: 'Soort verwijzing', max: 20 },
  consentBy: { label: 'Toestemming van', max: 20 },
  consentGiven: { label: 'Toestemming gegeven', max: 5 },
  contactName: { label: 'Contactpersoon op school', max: 100 },
  contactRole: { label: 'Functie contactpersoon', max: 100 },
  contactPhone: { label: 'Telefoon contactpersoon', max: 30 },
  contactEmail: { label: 'E-mail contactpersoon', max: 254 },
} as const;

export const verzuimcoachVerwijzingSchema = z
  .object({
    pupilName: requiredText(100),
    birthDate: requiredDate(),
    department: optionalText(100),
    level: choice(schoolLevels),
    leerjaar: choice(leerjaren),
    absenceSince: requiredDate(),
    absenceExtent: requiredText(500),
    schoolActions: requiredText(3000),
    careInvolved: requiredText(1000),
    referralKind: choice(referralKinds),
    consentBy: choice(consentBySchema.options),
    consentGiven: confirmed('Zonder toestemming kun je de verwijzing niet indienen.'),
    contactName: requiredText(100),
    contactRole: optionalText(100),
    contactPhone: requiredPhone(),
    contactEmail: requiredEmail(),
  })
  .strict();
export type VerzuimcoachVerwijzing = z.infer<typeof verzuimcoachVerwijzingSchema>;

function checkVerwijzing(value: VerzuimcoachVerwijzing, { today }: { readonly today: string }): FieldIssue[] {
  const issues = checkBirthDate(value.birthDate, today);
  if (value.absenceSince > today) issues.push({ field: 'absenceSince', message: 'Deze datum ligt in de toekomst.' });
  else if (value.absenceSince <= value.birthDate)
    issues.push({ field: 'absenceSince', message: 'Deze datum ligt vóór de geboortedatum.' });
  if (issues.every((issue) => issue.field !== 'birthDate')) {
    const rule = consentRule(ageOn(value.birthDate, today));
    if (!rule.accepted.includes(value.consentBy)) issues.push({ field: 'consentBy', message: rule.refusal });
  }
  return issues;
}

function summarize(value: VerzuimcoachVerwijzing): SummaryFact[] {
  const fact = (key: keyof typeof verwijzingFields, text: string): SummaryFact => ({
    title: verwijzingFields[key].label,
    value: text || '—',
  });
  return [
    fact('pupilName', value.pupilName),
    fact('birthDate', formatDutchDate(value.birthDate)),
    fact('department', value.department),
    fact('level', schoolLevelLabels[value.level]),
    fact('leerjaar', leerjaarLabel(value.leerjaar)),
    fact('absenceSince', formatDutchDate(value.absenceSince)),
    fact('absenceExtent', value.absenceExtent),
    fact('schoolActions', value.schoolActions),
    fact('careInvolved', value.careInvolved),
    fact('referralKind', referralKindLabels[value.referralKind]),
    fact('consentBy', consentByLabels[value.consentBy]),
    fact('contactName', value.contactName),
    fact('contactRole', value.contactRole),
    fact('contactPhone', value.contactPhone),
    fact('contactEmail', value.contactEmail),
  ];
}

export const verzuimcoachVerwijzing: FormDefinition<VerzuimcoachVerwijzing, 'verzuimcoach'> = {
  formType: 'verzuimcoach',
  label: 'Verwijzing naar verzuimcoach',
  pluralLabel: 'Verwijzingen naar de verzuimcoach',
  command: 'verzuimcoach',
  names: { intent: 'verwijzing', exact: ['verwijzing'] },
  card: 'verzuimcoach-verwijzing',
  // The coordinator of the verzuimcoaches reads, handles and is told of referrals besides the oco.
  access: {
    file: ['mentor', 'oco'],
    read: ['oco', 'verzuimcoach-coordinator'],
    notify: ['oco', 'verzuimcoach-coordinator'],
  },
  fields: verwijzingFields,
  schema: verzuimcoachVerwijzingSchema,
  check: checkVerwijzing,
  title: (value) => value.pupilName?.trim() || 'Leerling zonder naam',
  summary: summarize,
  nextSteps:
    'Ik stuur niets naar het onderwijsloket: de aanmelding daar doe jij of de oco, met de afgesproken gegevens. ' +
    'Na de aanmelding blijft de school betrokken: de contactpersoon die je hebt genoemd is het aanspreekpunt voor ' +
    'de verzuimcoach (jaarverslag verzuimcoaches 2023).',
  defaults: ({ actor }) => ({ contactName: actor.name }),
  prefill: ({ understood }): Record<string, string> => {
    const absence = understood.filter((line) => !line.startsWith('Leerling:'));
    return absence.length > 0 ? { absenceExtent: absence.join('; ') } : {};
  },
};
