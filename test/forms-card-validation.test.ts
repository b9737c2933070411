import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../cards/render-card.js';
import type { Actor } from '../src/access/actor.js';
import { createDossierService, MemoryDossierStore } from '../src/dossier/index.js';
import { emailPattern, phonePattern } from '../src/forms/card-patterns.js';
import { messages, requiredEmail, requiredPhone } from '../src/forms/form-fields.js';
import { createFormService, formDefinitions, validateSubmission } from '../src/forms/index.js';
import { birthDateForAge, today, validAanmeldformulier, validVerwijzing } from './forms-support.js';

type Input = {
  type: string;
  id: string;
  style?: string;
  regex?: string;
  errorMessage?: string;
  max?: string;
  isRequired?: boolean;
  maxLength?: number;
};
const inputsOf = (node: unknown): Input[] =>
  Array.isArray(node)
    ? node.flatMap(inputsOf)
    : typeof node === 'object' && node !== null
      ? [
          ...(String((node as Input).type).startsWith('Input.') ? [node as Input] : []),
          ...Object.values(node).flatMap(inputsOf),
        ]
      : [];
const template = (name: string) =>
  JSON.parse(readFileSync(new URL(`../cards/${name}.json`, import.meta.url), 'utf8')) as unknown;

/** As adaptivecards (and Teams) check an Input.Text: empty is left to isRequired, otherwise RegExp(regex).test. */
const cardAccepts = (pattern: string, value: string) => value === '' || new RegExp(pattern, 'g').test(value);

const phones: readonly (readonly [string, boolean])[] = [
  ['06 12345678', true],
  ['0612345678', true],
  ['06-12345678', true],
  ['(073) 123 45 67', true],
  ['073-1234567', true],
  ['+31 6 12345678', true],
  ['0031 6 1234 5678', true],
  ['+32 470 12 34 56', true],
  ['+44 20 7946 0958', true],
  [' 06 12345678 ', true],
  ['06-1234567', false],
  ['0612345', false],
  ['061234567890', false],
  ['+31 06 12345678', false],
  ['+31 612345', false],
  ['00 6 12345678', false],
  ['06 1234 567a', false],
  ['06/12345678', false],
  ['1234567890', false],
  ['+0 123456789', false],
];
const emails: readonly (readonly [string, boolean])[] = [
  ['ouders.deboer@example.nl', true],
  ['Oco.Bakker@School.NL', true],
  ['a+b@sub.example.org', true],
  [" o'brien@example.com ", true],
  ['naam@example', false],
  ['naam@@example.nl', false],
  ['.naam@example.nl', false],
  ['na..am@example.nl', false],
  ['naam@-example.nl', false],
  ['naam @example.nl', false],
  ['naam@example.n1', false],
  ['naam', false],
];

describe('form cards check what the server checks', () => {
  it.each(['aanmeldformulier', 'verzuimcoach-verwijzing'])(
    'should carry the shared phone and e-mail patterns and messages in %s',
    (name) => {
      const inputs = inputsOf(template(name));
      const phoneInputs = inputs.filter((input) => input.style === 'Tel');
      const emailInputs = inputs.filter((input) => input.style === 'Email');
      expect(phoneInputs.length).toBeGreaterThan(0);
      expect(emailInputs.length).toBeGreaterThan(0);
      for (const input of phoneInputs)
        expect(input).toMatchObject({ regex: phonePattern, errorMessage: messages.phone, maxLength: 30 });
      for (const input of emailInputs)
        expect(input).toMatchObject({ regex: emailPattern, errorMessage: messages.email, maxLength: 254 });
      // A date the card refuses (after today) gets a message that says so.
      for (const input of inputs.filter((each) => each.type === 'Input.Date' && each.max === '${today}'))
        expect(input.errorMessage).toMatch(/toekomst/);
    },
  );

  it.each(phones)('should judge the phone number "%s" alike in card and server (valid: %s)', (value, valid) => {
    expect(cardAccepts(phonePattern, value)).toBe(valid);
    expect(requiredPhone().safeParse(value).success).toBe(valid);
  });

  it.each(emails)('should judge the e-mail address "%s" alike in card and server (valid: %s)', (value, valid) => {
    expect(cardAccepts(emailPattern, value)).toBe(valid);
    expect(requiredEmail().safeParse(value).success).toBe(valid);
  });

  it('should say that a future "Verzuim sinds" lies in the future', () => {
    const result = validateSubmission(formDefinitions.verzuimcoach, validVerwijzing({ absenceSince: '2099-01-01' }), {
      today: '2026-03-02',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.absenceSince).toMatch(/ligt in de toekomst/);
  });
});

describe('form feedback beside the submit button', () => {
  const actor: Actor = {
    userId: 'u1',
    name: 'Mentor De Vries',
    schoolId: 'school-a',
    schoolName: 'Stedelijk College',
    roles: ['mentor'],
    demo: false,
  };

  it('should repeat a refused submit at the bottom of the card, naming the fields', async () => {
    const forms = createFormService({ dossier: createDossierService({ store: new MemoryDossierStore() }) });
    const outcome = await forms.submitForm({
      actor,
      formType: 'aanmeldformulier',
      data: validAanmeldformulier({ parentPhone: '06-1234567', pupilName: '' }),
    });
    expect(outcome.kind).toBe('invalid');
    const card = renderCard('aanmeldformulier', outcome.view);
    const body = card.body as { type: string; text?: string }[];
    const last = body.at(-1)!;
    expect(last.text).toMatch(/^Nog niet ingediend\. Deze 2 velden kloppen nog niet: Naam leerling, Telefoonnummer/);
    expect(body.findIndex((element) => element.text?.startsWith('Nog niet ingediend'))).toBeLessThan(body.length - 1);
  });

  it('should show the confirmation at the bottom of the summary as well', async () => {
    const forms = createFormService({ dossier: createDossierService({ store: new MemoryDossierStore() }) });
    const outcome = await forms.submitForm({ actor, formType: 'aanmeldformulier', data: validAanmeldformulier() });
    expect(outcome.kind).toBe('filed');
    if (outcome.kind !== 'filed') return;
    const body = renderCard('form-summary', outcome.view).body as { text?: string }[];
    expect(body.at(-1)!.text).toBe('Opgeslagen en ingediend.');
  });
});

describe('verwijzing naar de verzuimcoach before vo', () => {
  it(
    "should accept a pupil in groep 8, as the verzuimcoaches' jaarverslag 2023 reports such referrals, and " +
      'say so on the summary',
    async () => {
      const result = validateSubmission(
        formDefinitions.verzuimcoach,
        validVerwijzing({ leerjaar: 'groep-8', birthDate: birthDateForAge(11) }),
        { today: today() },
      );
      expect(result.ok).toBe(true);
      const choices = inputsOf(template('verzuimcoach-verwijzing')).find(
        (input) => input.id === 'leerjaar',
      ) as unknown as { choices: { value: string }[] };
      expect(choices.choices.map((choice) => choice.value)).toContain('groep-8');
      if (!result.ok) return;
      expect(formDefinitions.verzuimcoach.summary(result.value)).toContainEqual({
        title: 'Leerjaar',
        value: 'Groep 8 (po, nog niet in het vo)',
      });
    },
  );
});
