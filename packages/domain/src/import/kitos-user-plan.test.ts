import { mapColumns } from './kitos-columns';
import type { RawCell } from './kitos-cells';
import { planUserImport } from './kitos-user-plan';

const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));
const mapping = mapColumns('USER_TEMPLATE', ['id', 'fornavn', 'efternavn', 'email', 'telefon']);

describe('planning KITOS users', () => {
  it('leaves members as they are, records the others as people without an account, refuses bad rows', () => {
    const lines = planUserImport(
      mapping,
      rows(
        ['1', 'Ida', 'Admin', 'IDA@kommune.dk', ''],
        ['2', 'Bo', 'Berg', 'bo@kommune.dk', '12345678'],
        ['', 'Eva', 'Ny', 'eva@kommune.dk', ''],
        ['', 'Uden', '', 'uden@kommune.dk', ''],
        ['', 'Kim', 'Kode', 'ikke-en-adresse', ''],
        ['', 'Eva', 'Igen', 'Eva@kommune.dk', ''],
      ),
      {
        members: [{ userId: 'u1', email: 'ida@kommune.dk', name: 'Ida Admin' }],
        people: [{ id: 'p1', email: 'bo@kommune.dk', name: 'Bo Berg', phone: null }],
      },
    );
    expect(lines.map((l) => [l.row, l.status, l.changes, l.errors.map((e) => e.message)])).toEqual([
      [2, 'UNCHANGED', [], []],
      [3, 'UPDATE', ['phone'], []],
      [4, 'CREATE', [], []],
      [5, 'ERROR', [], ['import.error.required']],
      [6, 'ERROR', [], ['import.error.email']],
      [7, 'ERROR', [], ['import.error.duplicateEmail']],
    ]);
    expect(lines[0].warnings.map((w) => w.message)).toEqual(['import.warning.alreadyMember']);
    expect(lines[2].action).toEqual({ personId: null, name: 'Eva Ny', email: 'eva@kommune.dk', phone: null });
  });
});
