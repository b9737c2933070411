import { describe, expect, it } from 'vitest';
import { builtInForms } from './built-in-forms.js';
import { builtInCatalog, createFormCatalog } from './form-catalog.js';

describe('createFormCatalog', () => {
  it('should find the built-in forms by id, command and exact name, and nothing else', () => {
    expect(builtInCatalog.find('verzuimcoach')?.label).toBe('Verwijzing naar verzuimcoach');
    expect(builtInCatalog.find('gespreksverslag')).toBeUndefined();
    expect(builtInCatalog.find({ formType: 'verzuimcoach' })).toBeUndefined();
    expect(builtInCatalog.byText(' Verwijzing ')?.formType).toBe('verzuimcoach');
    expect(builtInCatalog.byText('aanmeldformulier')?.formType).toBe('aanmeldformulier');
    expect(builtInCatalog.byText('aanmeldformulier graag')).toBeUndefined();
    expect(builtInCatalog.commandList).toBe('"aanmeldformulier" of "verzuimcoach"');
  });

  it('should refuse two forms with one id, or an id that is no kebab-case', () => {
    expect(() => createFormCatalog([...builtInForms, builtInForms[0]])).toThrow(/unique and kebab-case/);
    expect(() => createFormCatalog([{ ...builtInForms[0], formType: 'Aanmeld formulier' }])).toThrow(/kebab-case/);
  });

  it("should derive the access policy from the forms' rules", () => {
    const coach = {
      userId: 'coach',
      name: 'Coach',
      schoolId: 'school-a',
      schoolName: 'School A',
      roles: ['verzuimcoach-coordinator'] as const,
      demo: false,
    };
    expect(builtInCatalog.policy.listScope({ ...coach, roles: [...coach.roles] })).toEqual({
      all: false,
      recordTypes: ['verzuimcoach'],
    });
  });
});
