import { describe, expect, it } from 'vitest';
import { fromEnglishRequest } from './english-requests.js';
import { createUnderstander } from './understand.js';

describe('requests asked in English', () => {
  const { understand } = createUnderstander();

  it.each([
    ['can you open the form for the school doctor for Sam', 'aanmeldformulier'],
    ['I need to sign Lucas up with the youth doctor', 'aanmeldformulier'],
    // The subject left out, as chat does: "need to do …".
    ['need to do the JGZ sign-up form for Sara, she keeps going home sick', 'aanmeldformulier'],
    ['help me prepare the conversation with Tom’s parents about his absence', 'gespreksleidraad'],
    ["I'm new here, can you teach me the absence protocol?", 'onboarding'],
    ['show me all the referrals our school has filed', 'overzicht'],
    ['how do I give a colleague access?', 'rollen'],
    ['what can this thing do?', 'help'],
    ['which mentors are behind on their tasks?', 'openstaande-acties'],
    ["I'd like to refer Noah to a verzuimcoach, how does that work?", 'verwijzing'],
    // A colleague in a role who passes something on is not asked about.
    ['Mijn teamleider zei dat ik deze assistent moest gebruiken. Wat kan ik ermee?', 'help'],
  ] as const)('should open the capability asked for: %s', (text, intent) => {
    const understood = understand(text);
    expect(understood.kind).toBe('intent');
    expect(understood.kind === 'intent' && understood.intent).toBe(intent);
  });

  it('should keep a question about the protocol a question', () => {
    expect(understand('when does the school doctor report back to school?').kind).toBe('question');
  });

  it.each([
    'kun je het formulier voor de jeugdarts openen voor Sam?',
    'Sem heeft i.v.m. een afspraak 2 uur gemist, moet ik iets?',
    'wie is de oco en wat doet die?',
  ])('should leave a Dutch message as typed: %s', (text) => {
    expect(fromEnglishRequest(text)).toBe(text);
  });
});
