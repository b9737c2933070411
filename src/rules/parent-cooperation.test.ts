import { describe, expect, it } from 'vitest';
import { parseSituation } from './parse-situation.js';
import { createRulesEngine } from './rules-engine.js';

const notCooperating = (text: string) => Boolean(parseSituation(text).events.notCooperating);

describe('parents who do not cooperate', () => {
  it.each([
    'Ouders van Mila reageren al weken niet op mails en telefoontjes over haar verzuim. Wat nu?',
    'vader van Noah wil niet dat hij naar school gaat, gesprekken leveren niks op',
    'Mohammed zijn ouders zeggen steeds afspraken af met de jeugdarts en school',
    'ouders blokkeren alles, leerling komt nauwelijks, hoe nu verder',
    'moeder neemt nooit op en reageert niet op brieven, wat is de volgende stap?',
  ])('reads a response denied or an act that blocks the school: %s', (text) => {
    expect(notCooperating(text)).toBe(true);
  });

  it.each([
    // Someone else does not respond, or the parents are only the object.
    'De leerplichtambtenaar zou met de ouders van Fleur een gesprek plannen, maar reageert al weken niet op mails.',
    'Nathan is sinds vier dagen ziek, ouders hebben gemeld, mentor heeft nog geen contact gehad.',
    // A disagreement about the approach is its own step.
    'Ouders zijn het niet eens met onze aanpak en weigeren het plan te tekenen.',
    'ouders werken goed mee, Daan is 9 keer te laat',
  ])('does not read it where the parents cooperate, disagree, or someone else is meant: %s', (text) => {
    expect(notCooperating(text)).toBe(false);
  });
});

describe('parents who do not turn up nor answer, told of a pupil at home', () => {
  const rules = createRulesEngine();
  it('should advise the DUO-melding for not cooperating, not a plan that stalls', () => {
    const text =
      'Mees zit sinds 6 weken thuis. Zijn ouders zijn drie keer niet op een afspraak verschenen en ' +
      'reageren niet op mail of telefoon. Wat nu?';
    const advice = rules.advise(text);
    expect(advice.kind === 'advice' && advice.steps[0]?.id).toBe('medewerking/duo-melding');
    expect(parseSituation(text).events.stagnation).toBeUndefined();
  });
});
