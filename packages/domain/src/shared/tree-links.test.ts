import { chainFrom, systemParentErrors, unitParentErrors } from './tree-links';

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

describe('catalogue system parents', () => {
  // esdh ← journal ← arkiv: the archive module sits below the journal module of the ESDH system.
  const systems = [
    { id: 'esdh', parentSystemId: null },
    { id: 'journal', parentSystemId: 'esdh' },
    { id: 'arkiv', parentSystemId: 'journal' },
    { id: 'lon', parentSystemId: null },
  ];
  const shared = (id: string) => ({ id, visibility: 'SHARED' as const });

  it('refuses a system as its own parent or below one of its own modules', () => {
    const cycle = [{ field: 'parentSystemId', message: 'field.systemParentCycle' }];
    expect(systemParentErrors(shared('esdh'), shared('esdh'), systems)).toEqual(cycle);
    expect(systemParentErrors(shared('esdh'), shared('journal'), systems)).toEqual(cycle);
    expect(systemParentErrors(shared('esdh'), shared('arkiv'), systems)).toEqual(cycle);
  });

  it('accepts another branch, a new parent above, and no parent', () => {
    expect(systemParentErrors(shared('arkiv'), shared('lon'), systems)).toEqual([]);
    expect(systemParentErrors(shared('esdh'), shared('lon'), systems)).toEqual([]);
    expect(systemParentErrors(shared('journal'), null, systems)).toEqual([]);
  });

  it('keeps a shared entry out from under a local one, which other organisations cannot see', () => {
    expect(systemParentErrors(shared('lon'), { id: 'esdh', visibility: 'LOCAL' }, systems)).toEqual([
      { field: 'parentSystemId', message: 'field.sharedSystemLocalParent' },
    ]);
    expect(
      systemParentErrors({ id: 'lon', visibility: 'LOCAL' }, { id: 'esdh', visibility: 'LOCAL' }, systems),
    ).toEqual([]);
    expect(systemParentErrors({ id: 'lon', visibility: 'LOCAL' }, shared('esdh'), systems)).toEqual([]);
  });
});
