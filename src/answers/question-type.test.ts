import { describe, expect, it } from 'vitest';
import { holdsAskedFact, questionTypeOf } from './question-type.js';

describe('questionTypeOf', () => {
  it('should read a reason question from "waarom" and "wat is het doel"', () => {
    expect(questionTypeOf('waarom moet school zelf een verzuimgesprek voeren?')).toBe('reason');
    expect(questionTypeOf('wat is het doel van het doorbraakoverleg?')).toBe('reason');
  });

  it('should read a definition question from "wat is" and "wat betekent"', () => {
    expect(questionTypeOf('wat is relatief verzuim?')).toBe('definition');
    expect(questionTypeOf('wat betekent mas')).toBe('definition');
  });

  it('should keep the earlier kinds first: a time, a number, a list', () => {
    expect(questionTypeOf('wat is de termijn voor een melding?')).toBe('time');
    expect(questionTypeOf('wat zijn de criteria?')).toBe('list');
  });
});

describe('holdsAskedFact', () => {
  it('should find the reason in a sentence with "omdat" or "daarom", not in a bare statement', () => {
    expect(holdsAskedFact('reason', 'we zijn daarom de pilot begonnen.')).toBe(true);
    expect(holdsAskedFact('reason', 'de school meldt het verzuim.')).toBe(false);
  });

  it('should find a definition in a sentence that says what something is', () => {
    expect(
      holdsAskedFact('definition', 'relatief verzuim is een leerling die ingeschreven staat maar niet aanwezig is.'),
    ).toBe(true);
    expect(holdsAskedFact('definition', 'de school meldt het verzuim.')).toBe(false);
  });
});
