import { checkRules } from '../shared/rule-errors';
import { SEARCH_TEXT_MAX, searchSchema } from './search.schema';

describe('searchSchema', () => {
  it('trims the text', () => {
    expect(checkRules(searchSchema, { text: '  sbsys ' })).toEqual({
      ok: true,
      data: { text: 'sbsys' },
      errors: [],
    });
  });

  it('refuses empty and blank text as required', () => {
    for (const text of ['', '   ']) {
      expect(checkRules(searchSchema, { text }).errors).toEqual([
        { field: 'text', message: 'field.required' },
      ]);
    }
  });

  it('refuses text longer than 100 characters, and accepts exactly 100', () => {
    expect(SEARCH_TEXT_MAX).toBe(100);
    expect(checkRules(searchSchema, { text: 'x'.repeat(100) }).ok).toBe(true);
    expect(checkRules(searchSchema, { text: 'x'.repeat(101) }).errors).toEqual([
      { field: 'text', message: 'field.tooLong', params: { max: 100 } },
    ]);
  });
});
