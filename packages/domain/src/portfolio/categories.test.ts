import { checkCategoryAssignment, type ModelCategory } from './categories';

describe('checkCategoryAssignment', () => {
  const model: ModelCategory[] = [
    { id: 'lokal', dimension: 'SCOPE' },
    { id: 'tvaer', dimension: 'SCOPE' },
    { id: 'politisk', dimension: 'FOCUS' },
    { id: 'lav', dimension: 'COMPLEXITY' },
  ];

  it('accepts one category per dimension, and an empty choice', () => {
    expect(checkCategoryAssignment(model, ['tvaer', 'politisk', 'lav'])).toEqual([]);
    expect(checkCategoryAssignment(model, [])).toEqual([]);
  });

  it('counts a repeated id once', () => {
    expect(checkCategoryAssignment(model, ['lokal', 'lokal'])).toEqual([]);
  });

  it('refuses two categories of the same dimension', () => {
    expect(checkCategoryAssignment(model, ['lokal', 'politisk', 'tvaer'])).toEqual([
      { kind: 'SAME_DIMENSION', dimension: 'SCOPE', categoryIds: ['lokal', 'tvaer'] },
    ]);
  });

  it('refuses ids that are not in the model', () => {
    expect(checkCategoryAssignment(model, ['lav', 'fremmed'])).toEqual([
      { kind: 'UNKNOWN', categoryId: 'fremmed' },
    ]);
  });
});
