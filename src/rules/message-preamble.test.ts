import { describe, expect, it } from 'vitest';
import { withoutCapsLock, withoutPreamble } from './message-frame.js';

describe('what staff put before what they ask', () => {
  it('should leave the bot addressed by name out, typed as text', () => {
    expect(withoutPreamble('@Verzuimwijzer wie is de lpa?')).toBe('wie is de lpa?');
    expect(withoutPreamble('Verzuimwijzer, open het aanmeldformulier')).toBe('open het aanmeldformulier');
    expect(withoutPreamble('wat kan Verzuimwijzer?')).toBe('wat kan Verzuimwijzer?');
  });

  it('should leave a greeting out, with or without a name or punctuation', () => {
    expect(withoutPreamble('Hi! Moeten alle docenten dezelfde afkortingen gebruiken?')).toBe(
      'Moeten alle docenten dezelfde afkortingen gebruiken?',
    );
    expect(withoutPreamble('Goedemorgen allemaal, wie is de lpa?')).toBe('wie is de lpa?');
    expect(withoutPreamble('hoi wie is de lpa')).toBe('wie is de lpa');
    expect(withoutPreamble('Beste collega, ll 2c veel gemist sinds herfstvak. wat nu?')).toBe(
      'll 2c veel gemist sinds herfstvak. wat nu?',
    );
    expect(withoutPreamble('Dag Anne, waar vind ik bijlage 3?')).toBe('waar vind ik bijlage 3?');
  });

  it('should leave an announced question, leave asked to ask, an apology and wondering out', () => {
    expect(withoutPreamble('Korte vraag. Wie belt de ouders?')).toBe('Wie belt de ouders?');
    expect(withoutPreamble('ff snel: wie belt de ouders?')).toBe('wie belt de ouders?');
    expect(withoutPreamble('Weet jij dit? Wie belt de ouders?')).toBe('Wie belt de ouders?');
    expect(withoutPreamble('Mag ik je iets vragen? Wie belt de ouders?')).toBe('Wie belt de ouders?');
    expect(withoutPreamble('Sorry als dit een domme vraag is, maar wie belt de ouders?')).toBe('wie belt de ouders?');
    expect(withoutPreamble('sorry als dit dom is maar wat doe je als een ll vaak te laat is? het gaat om Ivo')).toBe(
      'wat doe je als een ll vaak te laat is? het gaat om Ivo',
    );
    expect(withoutPreamble('Sorry dat ik het niet precies weet, maar Sem is vaak te laat')).toBe(
      'Sorry dat ik het niet precies weet, maar Sem is vaak te laat',
    );
    expect(withoutPreamble('Als oco vraag ik me af: wie belt de ouders?')).toBe('wie belt de ouders?');
    expect(withoutPreamble('Hoi! Korte vraag. Wie belt de ouders?')).toBe('Wie belt de ouders?');
  });

  it("should leave the writer's role with their class or school out, never a pupil's name", () => {
    expect(withoutPreamble('Ik ben mentor van 2b. Wat doet een verzuimcoach?')).toBe('Wat doet een verzuimcoach?');
    expect(withoutPreamble('Ik ben mentor van havo 4, wat doet een verzuimcoach?')).toBe('wat doet een verzuimcoach?');
    expect(withoutPreamble('Ik ben oco op een vmbo-school. Wat doet een verzuimcoach?')).toBe(
      'Wat doet een verzuimcoach?',
    );
    expect(withoutPreamble('Ik ben mentor van Sem. Hij is 5 keer te laat.')).toBe(
      'Ik ben mentor van Sem. Hij is 5 keer te laat.',
    );
  });

  it('should keep a message that is nothing but its preamble', () => {
    expect(withoutPreamble('Hoi!')).toBe('Hoi!');
    expect(withoutPreamble('Kun je me helpen?')).toBe('Kun je me helpen?');
  });
});

describe('a message typed in capitals', () => {
  it('should be read as lower case, unless only abbreviations are in capitals', () => {
    expect(withoutCapsLock('WIE IS DE LPA VAN ONZE SCHOOL?')).toBe('wie is de lpa van onze school?');
    expect(withoutCapsLock('Moet ik dit bij de LPA of via DUO melden?')).toBe(
      'Moet ik dit bij de LPA of via DUO melden?',
    );
  });
});
