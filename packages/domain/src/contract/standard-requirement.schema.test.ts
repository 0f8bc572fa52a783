import { checkRules } from '../shared/rule-errors';
import { requirementCheckFields, standardRequirementFields } from './standard-requirement.schema';

describe('a standard requirement', () => {
  it('needs a category and a title, trimmed', () => {
    expect(checkRules(standardRequirementFields, { category: ' Sikkerhed ', title: ' Logning ' })).toEqual({
      ok: true,
      data: { category: 'Sikkerhed', title: 'Logning' },
      errors: [],
    });
    expect(
      checkRules(standardRequirementFields, { category: '  ', title: '', description: 'x' }).errors,
    ).toEqual([
      { field: 'category', message: 'field.required' },
      { field: 'title', message: 'field.required' },
    ]);
  });

  it('keeps the category to 100 and the title to 300 characters', () => {
    expect(
      checkRules(standardRequirementFields, { category: 'c'.repeat(101), title: 't'.repeat(301) }).errors,
    ).toEqual([
      { field: 'category', message: 'field.tooLong', params: { max: 100 } },
      { field: 'title', message: 'field.tooLong', params: { max: 300 } },
    ]);
  });

  it('is ticked off on a checklist with an optional note of at most 5,000 characters', () => {
    expect(checkRules(requirementCheckFields, { fulfilled: true }).ok).toBe(true);
    expect(checkRules(requirementCheckFields, { fulfilled: false, note: 'n'.repeat(5_001) }).ok).toBe(false);
  });
});
