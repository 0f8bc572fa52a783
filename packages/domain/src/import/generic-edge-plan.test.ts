import { mapGenericColumns } from './generic-columns';
import { planEdgeImport, type EdgeSnapshot } from './generic-edge-plan';
import type { RawCell } from './kitos-cells';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [ESDH, LON, CPR, OWN_CPR, KOPI, EDGE] = [1, 2, 3, 4, 5, 6].map(id);
const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));
const mapping = mapGenericColumns('DATA_SOURCE_EDGES', [
  'Anvendende system',
  'Datakilde',
  'Adgang',
  'Kanal',
  'Årlig omkostning',
  'Planlagt skift til',
  'Planlagt skiftedato',
]);
const snapshot: EdgeSnapshot = {
  usages: [
    { id: ESDH, systemName: 'ESDH', localName: 'Sager' },
    { id: LON, systemName: 'Løn', localName: null },
  ],
  sources: [
    { id: CPR, name: 'CPR', editable: false },
    { id: OWN_CPR, name: 'CPR', editable: true },
    { id: KOPI, name: 'Kopi', editable: true },
    { id: id(7), name: 'Delt', editable: false },
    { id: id(8), name: 'Delt', editable: false },
  ],
  edges: [
    {
      id: EDGE,
      version: 2,
      usageId: ESDH,
      dataSourceId: KOPI,
      purpose: '',
      access: 'READ',
      channel: 'FILE_TRANSFER',
      volume: '',
      yearlyCost: 1000,
      authoritative: true,
      plannedTargetSourceId: OWN_CPR,
      plannedSwitchDate: '2027-01-01',
      switchingCost: 0,
      dataTypes: ['PERSON'],
      registerFamilies: ['CPR'],
    },
  ],
};

describe('planning a data-source edge sheet', () => {
  it('matches the edge by usage (local name or system name) and source; unchanged, updated, created', () => {
    const lines = planEdgeImport(
      mapping,
      rows(
        ['Sager', 'Kopi', 'Læser', 'Filoverførsel', '1.000,00', 'CPR', '01-01-2027'],
        ['Løn', 'CPR', 'Reads and writes', 'Serviceplatformen', '', '', ''],
        ['ESDH', 'Kopi', 'READ', 'File transfer', 1250.5, 'CPR', ''],
      ),
      snapshot,
    );
    expect(lines.map((l) => [l.row, l.name, l.status, l.changes])).toEqual([
      [2, 'Sager → Kopi', 'UNCHANGED', []],
      [3, 'Løn → CPR', 'CREATE', []],
      [4, 'ESDH → Kopi', 'ERROR', []],
    ]);
    // "CPR" is the organisation's own source before the shared one of the same name.
    expect(lines[1].action).toEqual({
      edgeId: null,
      version: null,
      usageId: LON,
      dataSourceId: OWN_CPR,
      data: {
        access: 'READ_WRITE',
        channel: 'SERVICEPLATFORMEN',
        yearlyCost: 0,
        plannedTargetSourceId: null,
        plannedSwitchDate: null,
      },
    });
    expect(lines[2].errors).toEqual([
      { column: 'Datakilde', message: 'import.error.duplicateLink', params: { row: 2 } },
    ]);
  });

  it('updates the changed fields only, with the version it read', () => {
    const [line] = planEdgeImport(
      mapping,
      rows(['ESDH', 'Kopi', 'Læser', 'Direkte', 1000, 'CPR', '']),
      snapshot,
    );
    expect(line).toMatchObject({
      status: 'UPDATE',
      changes: ['channel', 'plannedSwitchDate'],
      action: { edgeId: EDGE, version: 2, data: { channel: 'DIRECT', plannedSwitchDate: null } },
    });
  });

  it('refuses unknown and ambiguous ends, missing ends, bad values and the edge form rules', () => {
    const lines = planEdgeImport(
      mapping,
      rows(
        ['Ukendt', 'Findes ikke', '', '', '', '', ''],
        ['Løn', 'Delt', 'Måske', '', 'mange', '', ''],
        ['', 'CPR', '', '', '', '', ''],
        ['Løn', 'Kopi', '', '', '', 'Kopi', ''],
      ),
      snapshot,
    );
    expect(lines.map((l) => [l.row, l.status, l.errors.map((e) => [e.column, e.message])])).toEqual([
      [
        2,
        'ERROR',
        [
          ['Anvendende system', 'import.error.unknownReference'],
          ['Datakilde', 'import.error.unknownReference'],
        ],
      ],
      [
        3,
        'ERROR',
        [
          ['Datakilde', 'import.error.ambiguousReference'],
          ['Adgang', 'import.error.enumValue'],
          ['Årlig omkostning', 'import.error.number'],
        ],
      ],
      [4, 'ERROR', [['Anvendende system', 'import.error.required']]],
      [5, 'ERROR', [['Planlagt skift til', 'field.switchToSameSource']]],
    ]);
  });

  it('reads data types and register families by code or label, in list order; the payload rule holds', () => {
    const lists = mapGenericColumns('DATA_SOURCE_EDGES', [
      'Anvendende system',
      'Datakilde',
      'Datatyper',
      'Registerfamilier',
    ]);
    const plan = (...cells: RawCell[][]) => planEdgeImport(lists, rows(...cells), snapshot);
    expect(plan(['Sager', 'Kopi', 'Person', 'cpr (persondata)'])[0].status).toBe('UNCHANGED');
    expect(plan(['Sager', 'Kopi', 'sag, person, Person', 'CPR'])[0]).toMatchObject({
      status: 'UPDATE',
      changes: ['dataTypes'],
      action: { data: { dataTypes: ['PERSON', 'CASE'] } },
    });
    const refused = plan(['Løn', 'CPR', '', 'CPR'], ['Løn', 'Kopi', 'Persondata', '']);
    expect(refused.map((l) => l.errors.map((e) => [e.column, e.message]))).toEqual([
      [['Registerfamilier', 'field.registerFamilyWithoutDataType']],
      [['Datatyper', 'import.error.enumValue']],
    ]);
  });
});
