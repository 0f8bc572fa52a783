import { mapGenericColumns } from './generic-columns';
import { planSystemImport, type SystemSnapshot } from './generic-system-plan';
import type { RawCell } from './kitos-cells';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [ESDH, SHARED, OTHER_SHARED, USAGE, UNIT, KMD, ANNA] = [1, 2, 3, 4, 5, 6, 7].map(id);
const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));
const mapping = mapGenericColumns('SYSTEMS', [
  'Systemnavn',
  'Lokalt navn',
  'Leverandør',
  'Ansvarlig enhed',
  'Systemejers e-mail',
  'Livscyklus',
  'I brug fra',
  'I brug til',
]);
const usage = {
  localName: 'Sager',
  responsibleUnitId: UNIT,
  ownerUserId: ANNA,
  custodianUserId: null,
  lifecycle: 'IN_USE' as const,
  inUseFrom: '2020-01-01',
  inUseUntil: null,
  hosting: 'UNKNOWN' as const,
  userCount: null,
};
const snapshot: SystemSnapshot = {
  systems: [
    { id: ESDH, name: 'ESDH', description: '', supplierId: KMD, version: 2, editable: true },
    { id: SHARED, name: 'Fælles', description: 'fra KL', supplierId: null, version: 1, editable: false },
    { id: OTHER_SHARED, name: 'Fælles', description: '', supplierId: null, version: 1, editable: false },
  ],
  usages: [{ ...usage, id: USAGE, systemId: ESDH, version: 3 }],
  units: [
    { id: UNIT, name: 'Borgerservice' },
    { id: id(8), name: 'To gange' },
    { id: id(9), name: 'To gange' },
  ],
  suppliers: [{ id: KMD, name: 'KMD A/S' }],
  members: [{ userId: ANNA, email: 'anna@kommune.dk' }],
};
const same = ['ESDH', 'Sager', 'kmd a/s', 'Borgerservice', 'ANNA@kommune.dk', 'I drift', '01-01-2020', ''];

describe('planning a systems sheet', () => {
  it('leaves an unchanged usage alone, creates a usage of a shared entry and registers a new entry', () => {
    const lines = planSystemImport(
      mapping,
      rows(
        same,
        ['Fælles', '', '', '', '', 'Planned', 45292, ''],
        ['Nyt system', 'Nyt', 'KMD A/S', '', '', '', '', ''],
        [null, '', '', '', '', '', '', ''],
      ),
      snapshot,
    );
    expect(lines.map((l) => [l.row, l.status, l.changes, l.errors])).toEqual([
      [2, 'UNCHANGED', [], []],
      [3, 'CREATE', [], []],
      [4, 'CREATE', [], []],
    ]);
    expect(lines[0].action).toBeNull();
    // The first of two shared entries of that name; a usage of it is created, the entry is not rewritten.
    expect(lines[1].action).toEqual({
      system: { id: SHARED, version: 1 },
      entry: { name: 'Fælles' },
      usageId: null,
      usageVersion: null,
      usage: {
        localName: null,
        responsibleUnitId: null,
        ownerUserId: null,
        lifecycle: 'PLANNED',
        inUseFrom: '2024-01-01',
        inUseUntil: null,
      },
    });
    expect(lines[2].action).toMatchObject({
      system: null,
      entry: { name: 'Nyt system', supplierId: KMD },
      usage: { localName: 'Nyt' },
    });
  });

  it('updates the changed usage fields and the own entry; never rewrites a shared entry of someone else', () => {
    const lines = planSystemImport(
      mapping,
      rows(
        [
          'ESDH',
          'Sager',
          '',
          'Borgerservice',
          'anna@kommune.dk',
          'Under udfasning',
          '01-01-2020',
          '31-12-2027',
        ],
        ['Fælles', '', 'KMD A/S', '', '', '', '', ''],
      ),
      {
        ...snapshot,
        usages: [...snapshot.usages, { ...usage, id: id(10), systemId: SHARED, version: 1, localName: null }],
      },
    );
    expect(lines[0]).toMatchObject({
      status: 'UPDATE',
      changes: ['supplier', 'lifecycle', 'inUseUntil'],
      action: {
        system: { id: ESDH, version: 2 },
        entry: { name: 'ESDH', supplierId: null },
        usageId: USAGE,
        usageVersion: 3,
        usage: { lifecycle: 'PHASING_OUT', inUseUntil: '2027-12-31' },
      },
    });
    // The shared entry's supplier is someone else's to set; empty cells clear unit, owner and start.
    expect(lines[1]).toMatchObject({ status: 'UPDATE', changes: ['unit', 'ownerEmail', 'inUseFrom'] });
    expect(lines[1].warnings).toEqual([{ column: '', message: 'import.warning.sharedSystem' }]);
    expect(lines[1].action?.entry).toEqual({ name: 'Fælles' });
  });

  it('refuses a row per cell: unknown unit, supplier and owner, ambiguous unit, bad e-mail, the forms rules', () => {
    const lines = planSystemImport(
      mapping,
      rows(
        ['A', '', 'Ingen', 'Findes ikke', 'bo@kommune.dk', '', '', ''],
        ['B', '', '', 'To gange', 'ikke en adresse', 'Måske', '', ''],
        ['C', '', '', '', '', '', '01-06-2027', '01-01-2027'],
        ['A', '', '', '', '', '', '', ''],
        ['', 'Uden navn', '', '', '', '', '', ''],
        ['x'.repeat(201), '', '', '', '', '', '', ''],
      ),
      snapshot,
    );
    expect(lines.map((l) => [l.row, l.status, l.errors.map((e) => [e.column, e.message])])).toEqual([
      [
        2,
        'ERROR',
        [
          ['Leverandør', 'import.error.unknownReference'],
          ['Ansvarlig enhed', 'import.error.unknownReference'],
          ['Systemejers e-mail', 'import.error.unknownReference'],
        ],
      ],
      [
        3,
        'ERROR',
        [
          ['Ansvarlig enhed', 'import.error.ambiguousReference'],
          ['Systemejers e-mail', 'import.error.email'],
          ['Livscyklus', 'import.error.enumValue'],
        ],
      ],
      [4, 'ERROR', [['I brug til', 'field.dateOrder']]],
      [5, 'ERROR', [['Systemnavn', 'import.error.duplicateName']]],
      [6, 'ERROR', [['Systemnavn', 'field.required']]],
      [7, 'ERROR', [['Systemnavn', 'field.tooLong']]],
    ]);
  });
});
