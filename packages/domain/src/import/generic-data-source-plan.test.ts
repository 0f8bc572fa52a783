import { mapGenericColumns } from './generic-columns';
import { planDataSourceImport, type DataSourceSnapshot } from './generic-data-source-plan';
import type { RawCell } from './kitos-cells';

const CPR_ID = '00000000-0000-4000-8000-000000000001';
const OWN_ID = '00000000-0000-4000-8000-000000000002';
const KMD_ID = '00000000-0000-4000-8000-000000000003';
const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));
const mapping = mapGenericColumns('DATA_SOURCES', [
  'Datakilde',
  'Datakildetype',
  'Kopi af',
  'Leverandør',
  'Livscyklus',
  'Slutdato',
]);
const base = {
  description: '',
  registerFamily: null,
  copyOfId: null,
  supplierId: null,
  defaultChannel: 'DIRECT' as const,
  costModel: '',
  lifecycle: 'IN_USE' as const,
  endsOn: null,
};
const snapshot: DataSourceSnapshot = {
  sources: [
    { ...base, id: CPR_ID, name: 'CPR', kind: 'BASE_REGISTER', version: 3, editable: false },
    {
      ...base,
      id: OWN_ID,
      name: 'Lokal kopi',
      kind: 'COPY_REGISTER',
      copyOfId: CPR_ID,
      version: 1,
      editable: true,
    },
  ],
  suppliers: [{ id: KMD_ID, name: 'KMD A/S' }],
};

describe('planning a data-source sheet', () => {
  it('creates, updates and leaves unchanged rows; resolves copy-of to a known source or an earlier row', () => {
    const lines = planDataSourceImport(
      mapping,
      rows(
        ['Lokal kopi', 'Kopiregister', 'CPR', '', 'I drift', ''],
        ['Ny kilde', 'Internal', '', 'kmd a/s', 'Planned', '45292'],
        ['Kopi af ny', 'COPY_REGISTER', 'Ny kilde', '', '', '31-12-2027'],
        ['CPR', 'Grunddataregister', '', '', 'I drift', ''],
        [null, '', null, '', '', ''],
      ),
      snapshot,
    );
    expect(lines.map((l) => [l.row, l.status, l.changes])).toEqual([
      [2, 'UNCHANGED', []],
      [3, 'CREATE', []],
      [4, 'CREATE', []],
      [5, 'UNCHANGED', []],
    ]);
    expect(lines[1].action?.data).toMatchObject({
      kind: 'INTERNAL',
      supplierId: KMD_ID,
      lifecycle: 'PLANNED',
      endsOn: '2024-01-01',
    });
    expect(lines[2].action?.data.copyOf).toEqual({ row: 3 });
  });

  it('updates the changed fields only, and never rewrites a shared source of someone else', () => {
    const lines = planDataSourceImport(
      mapping,
      rows(
        ['Lokal kopi', 'Kopiregister', 'CPR', '', 'Under udfasning', '01-06-2027'],
        ['CPR', 'Intern', '', '', '', ''],
      ),
      snapshot,
    );
    expect(lines[0]).toMatchObject({ status: 'UPDATE', changes: ['lifecycle', 'endsOn'] });
    expect(lines[0].action).toMatchObject({ sourceId: OWN_ID, version: 1 });
    expect(lines[1]).toMatchObject({ status: 'UNCHANGED', action: null });
    expect(lines[1].warnings).toEqual([{ column: '', message: 'import.warning.sharedDataSource' }]);
  });

  it('refuses a row per cell: unknown values and references, duplicates, missing name, the rules of the form', () => {
    const lines = planDataSourceImport(
      mapping,
      rows(
        ['A', 'Ukendt', '', '', '', ''],
        ['B', 'Intern', 'Findes ikke', 'Ingen', '', 'i morgen'],
        ['A', 'Intern', '', '', '', ''],
        ['', 'Intern', '', '', '', ''],
        ['C', '', '', '', '', ''],
        ['Lokal kopi', '', 'Lokal kopi', '', '', ''],
      ),
      snapshot,
    );
    expect(lines.map((l) => [l.row, l.status, l.errors.map((e) => [e.column, e.message])])).toEqual([
      [2, 'ERROR', [['Datakildetype', 'import.error.enumValue']]],
      [
        3,
        'ERROR',
        [
          ['Slutdato', 'import.error.date'],
          ['Kopi af', 'import.error.unknownReference'],
          ['Leverandør', 'import.error.unknownReference'],
        ],
      ],
      [4, 'ERROR', [['Datakilde', 'import.error.duplicateName']]],
      [5, 'ERROR', [['Datakilde', 'field.required']]],
      [6, 'ERROR', [['Datakildetype', 'field.required']]],
      [7, 'ERROR', [['Kopi af', 'field.copyOfSelf']]],
    ]);
  });
});
