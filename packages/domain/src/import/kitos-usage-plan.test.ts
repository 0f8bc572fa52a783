import { mapColumns } from './kitos-columns';
import type { RawCell } from './kitos-cells';
import { planUsageImport, type UsageSnapshot } from './kitos-usage-plan';

const HEADERS = [
  'IT-System (UUID)',
  'IT System',
  'Lokal kaldenavn',
  'Leverandør',
  'Ansv. organisationsenhed',
  'Livscyklus',
  'Ibrugtagningsdato',
  'Slutdato for anvendelse',
  'Anvendte systemer',
  'IT Kontrakter',
  'Systemejer',
  'Systemejer Email#',
  'Arkiveringspligt',
];
const U1 = '11111111-1111-4111-8111-111111111111';
const U2 = '22222222-2222-4222-8222-222222222222';
const mapping = mapColumns('USAGE_OVERVIEW', HEADERS);
const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));

const empty: UsageSnapshot = {
  systems: [],
  usages: [],
  units: [],
  suppliers: [],
  members: [],
  people: [],
  contracts: [],
  integrations: [],
};

describe('planning a KITOS usage overview import', () => {
  it('creates catalogue entry, usage, unit and supplier for a new system, and links the used system', () => {
    const lines = planUsageImport(
      mapping,
      rows(
        [
          U1,
          'KMD Sag',
          'Sag',
          'KMD A/S',
          'IT-afdelingen',
          'I drift',
          45292,
          '',
          'Outlook',
          'Hovedaftale',
          'Ida Holm',
          'ida@kommune.dk',
          'B',
        ],
        [U2, 'Outlook', '', '', '', 'Under udfasning', '01-02-2020', '31-12-2026', '', '', '', '', ''],
        [null, '', '', '', '', '', '', '', '', '', '', '', ''],
      ),
      { ...empty, members: [{ userId: 'u-ida', email: 'IDA@kommune.dk', name: 'Ida Holm' }] },
    );
    expect(lines).toHaveLength(2); // the blank trailing row is no line
    const [kmd, outlook] = lines;
    expect(kmd.status).toBe('CREATE');
    expect(kmd.warnings).toEqual([
      {
        column: 'IT Kontrakter',
        message: 'import.warning.contractNotFound',
        params: { name: 'Hovedaftale' },
      },
    ]);
    expect(kmd.action).toEqual({
      system: { create: { name: 'KMD Sag', kitosUuid: U1 } },
      systemUpdate: null,
      supplier: { name: 'KMD A/S' },
      usageId: null,
      unit: { name: 'IT-afdelingen' },
      fields: {
        localName: 'Sag',
        lifecycle: 'IN_USE',
        inUseFrom: '2024-01-01',
        inUseUntil: null,
        ownerUserId: 'u-ida',
        kitosAttributes: {
          Arkiveringspligt: 'B',
          Systemejer: 'Ida Holm',
          'Systemejer Email#': 'ida@kommune.dk',
        },
      },
      coverContractIds: [],
      integrateWith: [{ row: 3 }],
    });
    expect(outlook.action?.fields).toMatchObject({
      lifecycle: 'PHASING_OUT',
      inUseFrom: '2020-02-01',
      inUseUntil: '2026-12-31',
    });
  });

  const existing: UsageSnapshot = {
    ...empty,
    systems: [{ id: 's1', name: 'KMD Sag', kitosUuid: U1, editable: false, supplierId: null }],
    usages: [
      {
        id: 'us1',
        systemId: 's1',
        localName: 'Sag',
        lifecycle: 'IN_USE',
        inUseFrom: '2024-01-01',
        inUseUntil: null,
        responsibleUnitId: 'unit1',
        ownerUserId: null,
        ownerPersonId: null,
        custodianUserId: null,
        kitosAttributes: { Arkiveringspligt: 'B' },
      },
    ],
    units: [{ id: 'unit1', name: 'IT-afdelingen' }],
  };
  const row = (over: Partial<Record<number, RawCell>> = {}) => {
    const cells: RawCell[] = [
      U1,
      'KMD Sag',
      'Sag',
      '',
      'IT-afdelingen',
      'I drift',
      '01-01-2024',
      '',
      '',
      '',
      '',
      '',
      'B',
    ];
    for (const [i, v] of Object.entries(over)) cells[Number(i)] = v ?? null;
    return cells;
  };

  it('finds nothing to do when the row says what the organisation already holds', () => {
    const [line] = planUsageImport(mapping, rows(row()), existing);
    expect(line).toMatchObject({ status: 'UNCHANGED', changes: [], action: null, errors: [] });
  });

  it('names the changed fields of an existing usage, matched by KITOS UUID even under a new name', () => {
    const [line] = planUsageImport(
      mapping,
      rows(row({ 1: 'KMD Sag 2', 5: 'Ikke i drift', 12: 'K' })),
      existing,
    );
    expect(line.status).toBe('UPDATE');
    expect(line.changes).toEqual(['lifecycle', 'kitosAttributes']);
    expect(line.action?.usageId).toBe('us1');
  });

  it('refuses unknown lifecycles, text dates that are no date, formulas, control characters and bad order', () => {
    const lines = planUsageImport(
      mapping,
      rows(
        row({ 5: 'Måske i drift' }),
        row({ 0: null, 1: 'A', 6: '32-01-2024' }),
        row({ 0: null, 1: 'B', 2: { formula: 'A1' } }),
        row({ 0: null, 1: 'C\u0007' }),
        row({ 0: null, 1: 'D', 6: '01-01-2025', 7: '01-01-2024' }),
      ),
      existing,
    );
    expect(lines.map((l) => [l.status, l.errors.map((e) => `${e.column}: ${e.message}`)])).toEqual([
      ['ERROR', ['Livscyklus: import.error.lifecycle']],
      ['ERROR', ['Ibrugtagningsdato: import.error.date']],
      ['ERROR', ['Lokal kaldenavn: import.error.formula']],
      ['ERROR', ['IT System: import.error.controlCharacters']],
      ['ERROR', ['Slutdato for anvendelse: import.error.dateOrder']],
    ]);
    expect(lines.every((l) => l.action === null)).toBe(true);
  });

  it('refuses a KITOS UUID or a name that repeats within the file, naming the first row', () => {
    const lines = planUsageImport(
      mapping,
      rows(row(), row({ 1: 'Andet' }), row({ 0: null, 1: 'X' }), row({ 0: null, 1: 'X' })),
      existing,
    );
    expect(lines.map((l) => l.status)).toEqual(['UNCHANGED', 'ERROR', 'CREATE', 'ERROR']);
    expect(lines[1].errors).toEqual([
      { column: 'IT-System (UUID)', message: 'import.error.duplicateUuid', params: { row: 2 } },
    ]);
    expect(lines[3].errors).toEqual([
      { column: 'IT System', message: 'import.error.duplicateName', params: { row: 4 } },
    ]);
  });

  it('records an owner who is no member as a person without an account, found again by e-mail', () => {
    const [line] = planUsageImport(mapping, rows(row({ 10: 'Bo Berg', 11: 'bo@andet.dk' })), existing);
    expect(line.status).toBe('UPDATE');
    expect(line.changes).toContain('owner');
    expect(line.warnings).toEqual([
      {
        column: 'Systemejer Email#',
        message: 'import.warning.ownerRecorded',
        params: { name: 'bo@andet.dk' },
      },
    ]);
    expect(line.action?.fields.ownerUserId).toBeUndefined();
    expect(line.action?.fields.ownerPerson).toEqual({ name: 'Bo Berg', email: 'bo@andet.dk' });
    expect(line.action?.fields.kitosAttributes).toMatchObject({ Systemejer: 'Bo Berg' });

    // Recorded already (by an earlier import) and owning the usage: nothing changes.
    const recorded: UsageSnapshot = {
      ...existing,
      people: [{ id: 'p1', name: 'Bo Berg', email: 'BO@andet.dk' }],
      usages: [
        {
          ...existing.usages[0],
          ownerPersonId: 'p1',
          kitosAttributes: {
            Arkiveringspligt: 'B',
            Systemejer: 'Bo Berg',
            'Systemejer Email#': 'bo@andet.dk',
          },
        },
      ],
    };
    const [again] = planUsageImport(mapping, rows(row({ 10: 'Bo Berg', 11: 'bo@andet.dk' })), recorded);
    expect(again.changes).not.toContain('owner');
  });

  it('covers by a named contract and integrates with a named usage only once', () => {
    const snap: UsageSnapshot = {
      ...existing,
      systems: [
        ...existing.systems,
        { id: 's2', name: 'Outlook', kitosUuid: null, editable: true, supplierId: null },
      ],
      usages: [...existing.usages, { ...existing.usages[0], id: 'us2', systemId: 's2', localName: null }],
      contracts: [{ id: 'c1', name: 'Hovedaftale', usageIds: [] }],
      integrations: [],
    };
    const [line] = planUsageImport(mapping, rows(row({ 8: 'Outlook', 9: 'Hovedaftale' })), snap);
    expect(line.changes).toEqual(['contracts', 'integrations']);
    expect(line.action).toMatchObject({ coverContractIds: ['c1'], integrateWith: [{ id: 'us2' }] });
    const again = planUsageImport(mapping, rows(row({ 8: 'Outlook', 9: 'Hovedaftale' })), {
      ...snap,
      contracts: [{ id: 'c1', name: 'Hovedaftale', usageIds: ['us1'] }],
      integrations: [{ fromUsageId: 'us1', toUsageId: 'us2' }],
    });
    expect(again[0].status).toBe('UNCHANGED');
  });
});
