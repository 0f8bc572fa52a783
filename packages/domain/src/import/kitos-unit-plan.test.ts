import { mapColumns } from './kitos-columns';
import type { RawCell } from './kitos-cells';
import { planUnitImport } from './kitos-unit-plan';

const mapping = mapColumns('UNIT_TEMPLATE', ['Id', 'Overordnet enhed', 'Navn', 'EAN']);
const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));

describe('planning KITOS organisation units', () => {
  it('creates parents before their children, by Id or name, under an existing unit', () => {
    const lines = planUnitImport(
      mapping,
      rows(
        ['3', '2', 'Skoler', ''],
        ['2', 'Kommunen', 'Børn og Unge', '5790001'],
        ['4', 'Børn og Unge', 'Dagtilbud', ''],
      ),
      { units: [{ id: 'k', name: 'Kommunen', parentId: null, code: null }] },
    );
    expect(lines.map((l) => [l.row, l.status, l.action?.parent])).toEqual([
      [3, 'CREATE', { id: 'k' }],
      [2, 'CREATE', { row: 3 }],
      [4, 'CREATE', { row: 3 }],
    ]);
    expect(lines[0].action?.code).toBe('5790001');
  });

  it('refuses every row of a cycle, and a child under a refused row', () => {
    const lines = planUnitImport(
      mapping,
      rows(['1', '2', 'A', ''], ['2', '1', 'B', ''], ['3', '1', 'C', '']),
      { units: [] },
    );
    expect(lines.map((l) => [l.row, l.status, l.errors.map((e) => e.message)])).toEqual([
      [4, 'ERROR', ['import.error.unknownParent']],
      [2, 'ERROR', ['import.error.cycle']],
      [3, 'ERROR', ['import.error.cycle']],
    ]);
  });

  it('refuses a cycle through an existing unit and an unknown parent', () => {
    const lines = planUnitImport(mapping, rows(['', 'Y', 'X', ''], ['', 'Ingen', 'Z', '']), {
      units: [
        { id: 'x', name: 'X', parentId: null, code: null },
        { id: 'y', name: 'Y', parentId: 'x', code: null },
      ],
    });
    expect(lines.map((l) => l.errors.map((e) => e.message))).toEqual([
      ['import.error.cycle'],
      ['import.error.unknownParent'],
    ]);
  });

  it('leaves a unit alone when nothing differs and updates a changed EAN', () => {
    const units = [
      { id: 'k', name: 'Kommunen', parentId: null, code: null },
      { id: 'b', name: 'Børn', parentId: 'k', code: '1' },
    ];
    expect(planUnitImport(mapping, rows(['', 'Kommunen', 'Børn', '1']), { units })[0]).toMatchObject({
      status: 'UNCHANGED',
      action: null,
    });
    expect(planUnitImport(mapping, rows(['', 'Kommunen', 'Børn', '2']), { units })[0]).toMatchObject({
      status: 'UPDATE',
      changes: ['code'],
    });
    expect(planUnitImport(mapping, rows(['', '', 'Børn', '1']), { units })[0].changes).toEqual(['parent']);
  });
});
