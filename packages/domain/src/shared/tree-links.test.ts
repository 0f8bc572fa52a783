import { chainFrom, unitParentErrors } from './tree-links';

const units = [
  { id: 'kommune', parentId: null },
  { id: 'social', parentId: 'kommune' },
  { id: 'born', parentId: 'social' },
  { id: 'teknik', parentId: 'kommune' },
];

describe('tree links', () => {
  it('follows a chain upwards and stops at a loop already in the data', () => {
    const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
    expect(chainFrom('born', (id) => parentOf.get(id))).toEqual(['born', 'social', 'kommune']);
    expect(chainFrom('a', (id) => (id === 'a' ? 'b' : 'a'))).toEqual(['a', 'b']);
  });

  it('refuses a unit below itself or below one of its own sub-units', () => {
    expect(unitParentErrors('social', 'born', units)).toEqual([
      { field: 'parentId', message: 'field.unitParentCycle' },
    ]);
    expect(unitParentErrors('social', 'social', units)).toEqual([
      { field: 'parentId', message: 'field.unitParentCycle' },
    ]);
  });

  it('accepts a move to another branch or to the top', () => {
    expect(unitParentErrors('born', 'teknik', units)).toEqual([]);
    expect(unitParentErrors('social', null, units)).toEqual([]);
  });
});
