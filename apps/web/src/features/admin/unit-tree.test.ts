import { orderUnitTree } from './unit-tree';

describe('orderUnitTree', () => {
  it('puts children right after their parent, siblings by name, with their depth', () => {
    const rows = orderUnitTree([
      { id: 'c', name: 'Skoler', parentId: 'b' },
      { id: 'a', name: 'Økonomi', parentId: null },
      { id: 'b', name: 'Børn og Unge', parentId: null },
      { id: 'd', name: 'Dagtilbud', parentId: 'b' },
      { id: 'e', name: 'Løn', parentId: 'a' },
    ]);
    expect(rows.map((r) => [r.unit.name, r.depth])).toEqual([
      ['Børn og Unge', 0],
      ['Dagtilbud', 1],
      ['Skoler', 1],
      ['Økonomi', 0],
      ['Løn', 1],
    ]);
  });

  it('shows a unit whose parent is missing at the top level', () => {
    const rows = orderUnitTree([{ id: 'x', name: 'Forældreløs', parentId: 'missing' }]);
    expect(rows).toEqual([{ unit: { id: 'x', name: 'Forældreløs', parentId: 'missing' }, depth: 0 }]);
  });
});
