import { z } from 'zod';
import { ageOn, consentByLabels, consentBySchema, consentRule } from './consent.js';
import {
  choice,
  confirmed,
  formatDutchDate,
  messages,
  multiChoice,
  optionalText,
  requiredDate,
  requiredEmail,
  requiredPhone,
  requiredText,
} from './form-fields.js';
import type { FieldIssue, FormDefinition, SummaryFact } from './form-definition.js';

/** Bijlage 3, Reden van aanmelding: the four reasons (at least one). */
export const aanmeldRedenen = [
  'meer-dan-4-dagen',
  'langer-dan-een-week',
  'drie-keer-in-2-maanden',
  'anders-opvallend',
] as const;
export const aanmeldRedenLabels: Readonly<Record<(typeof aanmeldRedenen)[number], string>> = {
  'meer-dan-4-dagen': 'Meer dan 4 dagen ziek gemeld verspreid over de afgelopen maand.',
  'langer-dan-een-week': 'Onduidelijk ziekteverzuim van meer dan één week achter elkaar.',
  'drie-keer-in-2-maanden': 'In een periode van 2 maanden drie keer (of meer) één of twee dagen ziek gemeld.',
  'anders-opvallend': 'Op een andere manier opvallend ziekteverzuim (bijv. regelmatig ziek naar huis gaan).',
};

const jaNeeOnbekend = ['ja', 'nee', 'onbekend'] as const;
const jaNeeLabels: Readonly<Record<string, string>> = { ja: 'Ja', nee: 'Nee', onbekend: 'Onbekend' };

/** Every field of Bijlage 3 (personal fields, reasons, the seven questions and their sub-questions). */
export const aanmeldFields = {
  pupilName: { label: 'Naam leerling', max: 100 },
  birthDate: { label: 'Geboortedatum leerling', max: 10 },
  parentPhone: { label: 'Telefoonnummer ouder(s)', max: 30 },
  parentEmail: { label: 'E-mailadres ouder(s)', max: 254 },
  schoolGroup: { label: 'Naam school / groep (klas)', max: 100 },
  staffName: { label: 'Naam leerkracht / IB-er / mentor', max: 100 },
  formDate: { label: 'Datum', max: 10 },
  reasons: { label: 'Reden van aanmelding', max: 200 },
  absenceOverview: { label: 'Verzuimoverzicht', max: 1500 },
  q1Pattern: { label: '1. Zijn er eerdere ziekmeldingen geweest en is hier een patroon in te ontdekken?', max: 800 },
  q2ParentReason: { label: '2. Wat is volgens ouders de reden van de ziekmelding(en)?', max: 800 },
  q3UnderCare: { label: '3. Is de leerling onder controle van de huisarts/specialist?', max: 10 },
  q3CareWho: { label: '3a. Zo ja, bij wie?', max: 200 },
  q3Diagnosis: { label: '3b. Is er een diagnose gesteld/bekend?', max: 500 },
  q4Concerns: { label: '4. Is er sprake van probleemgedrag en/of zijn er zorgen over de thuissituatie?', max: 800 },
  q5Wijkteam: { label: '5. Is het wijkteam betrokken bij de leerling/het gezin?', max: 10 },
  q5Notes: { label: '5a. Toelichting wijkteam', max: 500 },
  q6OtherAbsence: { label: '6. Zijn er andere vormen van verzuim (spijbelen, te laat komen)?', max: 10 },
  q6Which: { label: '6a. Zo ja, welke?', max: 300 },
  q6Leerplicht: { label: '6b. Is de leerplichtambtenaar betrokken?', max: 10 },
  q7Actions: { label: '7. Welke acties zijn er door school ondernomen (graag met datum)?', max: 800 },
  q7Result: { label: '7a. Resultaat?', max: 800 },
  discussedWithParents: { label: 'Besproken met de ouders', max: 5 },
  consentBy: { label: 'Toestemming van', max: 20 },
  consentGiven: { label: 'Toestemming gegeven', max: 5 },
} as const;

export const aanmeldformulierSchema = z
  .object({
    pupilName: requiredText(100),
    birthDate: requiredDate(),
    parentPhone: requiredPhone(),
    parentEmail: requiredEmail(),
    schoolGroup: requiredText(100),
    staffName: requiredText(100),
    formDate: requiredDate(),
    reasons: multiChoice(aanmeldRedenen, 'Kies minstens één reden van aanmelding.'),
    absenceOverview: requiredText(1500),
    q1Pattern: requiredText(800),
    q2ParentReason: requiredText(800),
    q3UnderCare: choice(jaNeeOnbekend),
    q3CareWho: optionalText(200),
    q3Diagnosis: optionalText(500),
    q4Concerns: requiredText(800),
    q5Wijkteam: choice(jaNeeOnbekend),
    q5Notes: optionalText(500),
    q6OtherAbsence: choice(['ja', 'nee'] as const),
    q6Which: optionalText(300),
    q6Leerplicht: choice(['ja', 'nee', 'onbekend', ''] as const)
      .optional()
      .default(''),
    q7Actions: requiredText(800),
    q7Result: optionalText(800),
    discussedWithParents: confirmed(
      'Bijlage 3 gaat ervan uit dat dit formulier met de ouders besproken is. Bespreek het eerst met de ouders en ' +
        'vink dit dan aan.',
    ),
    consentBy: choice(consentBySchema.options),
    consentGiven: confirmed('Zonder toestemming kun je het formulier niet indienen.'),
  })
  .strict();
export type Aanmeldformulier = z.infer<typeof aanmeldformulierSchema>;

/** Pupils of school age: 4 up to and including 20 (VSO) on the form's date. */
export const schoolAge = { min: 4, max: 20 } as const;

export function checkBirthDate(birthDate: string, day: string, field = 'birthDate'): FieldIssue[] {
  if (birthDate > day) return [{ field, message: 'De geboortedatum ligt in de toekomst.' }];
  const age = ageOn(birthDate, day);
  if (age < schoolAge.min || age > schoolAge.max) {
    return [
      {
        field,
        message:
          `Met deze geboortedatum is de leerling ${age} jaar; dat past niet bij een leerling (${schoolAge.min} ` +
          `tot en met ${schoolAge.max} jaar). Controleer de datum.`,
      },
    ];
  }
  return [];
}

function checkAanmeldformulier(value: Aanmeldformulier, { today }: { readonly today: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (value.formDate > today) issues.push({ field: 'formDate', message: 'De datum ligt in de toekomst.' });
  const birthIssues = checkBirthDate(value.birthDate, value.formDate <= today ? value.formDate : today);
  issues.push(...birthIssues);
  if (value.q3UnderCare === 'ja' && !value.q3CareWho)
    issues.push({ field: 'q3CareWho', message: 'Vul in bij wie de leerling onder controle is.' });
  if (value.q6OtherAbsence === 'ja' && !value.q6Which)
    issues.push({ field: 'q6Which', message: 'Vul in welke andere vormen van verzuim er zijn.' });
  if (value.q6OtherAbsence === 'ja' && !value.q6Leerplicht)
    issues.push({ field: 'q6Leerplicht', message: messages.choose });
  if (birthIssues.length === 0) {
    const rule = consentRule(ageOn(value.birthDate, value.formDate <= today ? value.formDate : today));
    if (!rule.accepted.includes(value.consentBy)) issues.push({ field: 'consentBy', message: rule.refusal });
  }
  return issues;
}

function summarize(value: Aanmeldformulier): SummaryFact[] {
  const fact = (key: keyof typeof aanmeldFields, text: string): SummaryFact => ({
    title: aanmeldFields[key].label,
    value: text || '—',
  });
  return [
    fact('pupilName', value.pupilName),
    fact('birthDate', formatDutchDate(value.birthDate)),
    fact('parentPhone', value.parentPhone),
    fact('parentEmail', value.parentEmail),
    fact('schoolGroup', value.schoolGroup),
    fact('staffName', value.staffName),
    fact('formDate', formatDutchDate(value.formDate)),
    fact('reasons', value.reasons.map((reason) => aanmeldRedenLabels[reason]).join(' ')),
    fact('absenceOverview', value.absenceOverview),
    fact('q1Pattern', value.q1Pattern),
    fact('q2ParentReason', value.q2ParentReason),
    fact('q3UnderCare', jaNeeLabels[value.q3UnderCare] ?? value.q3UnderCare),
    fact('q3CareWho', value.q3CareWho),
    fact('q3Diagnosis', value.q3Diagnosis),
    fact('q4Concerns', value.q4Concerns),
    fact('q5Wijkteam', jaNeeLabels[value.q5Wijkteam] ?? value.q5Wijkteam),
    fact('q5Notes', value.q5Notes),
    fact('q6OtherAbsence', jaNeeLabels[value.q6OtherAbsence] ?? value.q6OtherAbsence),
    fact('q6Which', value.q6Which),
    fact('q6Leerplicht', jaNeeLabels[value.q6Leerplicht] ?? ''),
    fact('q7Actions', value.q7Actions),
    fact('q7Result', value.q7Result),
    fact('discussedWithParents', 'Ja'),
    fact('consentBy', consentByLabels[value.consentBy]),
  ];
}

/** Bijlage 3's reasons by the rules' numbering (1–4), as the aanmeldformulier's choice ids. */
const reasonIdsByNumber: Readonly<Record<number, (typeof aanmeldRedenen)[number]>> = {
  1: 'meer-dan-4-dagen',
  2: 'langer-dan-een-week',
  3: 'drie-keer-in-2-maanden',
  4: 'anders-opvallend',
};

/** Bijlage 3 of the Bossche protocol: the aanmeldformulier ziekteverzuim for the jeugdarts. */
export const aanmeldformulier: FormDefinition<Aanmeldformulier, 'aanmeldformulier'> = {
  formType: 'aanmeldformulier',
  label: 'Aanmeldformulier ziekteverzuim',
  pluralLabel: 'Aanmeldformulieren ziekteverzuim',
  command: 'aanmeldformulier',
  names: { intent: 'aanmeldformulier', exact: [] },
  card: 'aanmeldformulier',
  access: { file: ['mentor', 'oco'], read: ['oco'], notify: ['oco'] },
  fields: aanmeldFields,
  schema: aanmeldformulierSchema,
  check: checkAanmeldformulier,
  title: (value) => value.pupilName?.trim() || 'Leerling zonder naam',
  summary: summarize,
  nextSteps:
    'De zorgcoördinator (oco) stuurt de aanmelding door naar de jeugdarts (GGD). De jeugdarts nodigt de leerling ' +
    'en ouders uit voor een gesprek en koppelt met toestemming terug aan school (Bijlage 6). Blijf intussen in ' +
    'contact met leerling en ouders.',
  defaults: ({ actor, today }) => ({ formDate: today, staffName: actor.name }),
  prefill: ({ understood, aanmeldReasons }) => ({
    ...(aanmeldReasons.length > 0
      ? { reasons: aanmeldReasons.map((reason) => reasonIdsByNumber[reason]).join(',') }
      : {}),
    absenceOverview: understood.join('\n'),
  }),
};
