import { describe, expect, it } from 'vitest';
import { testGuide, validPreparation } from './guide-test-fixtures.js';
import { parsePreparation } from './preparation.js';

describe('parsePreparation', () => {
  const { definition } = testGuide();

  it('should accept a complete preparation and keep the criteria in the protocol order', () => {
    const result = parsePreparation(validPreparation, definition);
    expect(result).toEqual({
      success: true,
      value: {
        pupilName: 'Sanne',
        age: 13,
        participants: 'leerling-en-ouders',
        parentsInformed: false,
        conversationDate: '2026-11-27',
        absenceOverview: 'Vijf ziekmeldingen in oktober',
        concern: 'Vaak ziek op maandag',
        criteria: ['verspreid-over-maand', 'opvallend'],
      },
    });
  });

  it('should drop criteria ids the protocol does not know', () => {
    const result = parsePreparation({ ...validPreparation, criteria: 'opvallend,verzonnen' }, definition);
    expect(result.success && result.value.criteria).toEqual(['opvallend']);
  });

  it('should refuse to speak a pupil under 12 without the parents', () => {
    const result = parsePreparation(
      { ...validPreparation, age: '11', participants: 'leerling', parentsInformed: 'true' },
      definition,
    );
    expect(result.success).toBe(false);
    expect(!result.success && result.errors.join(' ')).toContain('jonger dan 12 jaar');
  });

  it('should allow a pupil from 12 alone only when the parents are informed beforehand', () => {
    expect(
      parsePreparation(
        { ...validPreparation, age: '12', participants: 'leerling', parentsInformed: 'false' },
        definition,
      ).success,
    ).toBe(false);
    expect(
      parsePreparation(
        { ...validPreparation, age: '12', participants: 'leerling', parentsInformed: 'true' },
        definition,
      ).success,
    ).toBe(true);
  });

  it('should hold the conversation with the parents under 12', () => {
    expect(parsePreparation({ ...validPreparation, age: '9', participants: 'ouders' }, definition).success).toBe(true);
    expect(
      parsePreparation({ ...validPreparation, age: '9', participants: 'leerling-en-ouders' }, definition).success,
    ).toBe(true);
  });

  it('should say in Dutch what is missing', () => {
    const result = parsePreparation({ conversationDate: '2026-11-27' }, definition);
    expect(result.success).toBe(false);
    expect(!result.success && result.errors).toEqual(
      expect.arrayContaining([
        'Vul de voornaam of initialen van de leerling in.',
        'Vul de leeftijd van de leerling in (een getal).',
      ]),
    );
  });
});
