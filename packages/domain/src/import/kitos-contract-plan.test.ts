import { mapColumns } from './kitos-columns';
import type { RawCell } from './kitos-cells';
import { planContractImport, readDuration, readOptions, type ContractSnapshot } from './kitos-contract-plan';

const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));
const OVERVIEW = [
  'IT Kontrakt',
  'Gyldig fra',
  'Gyldig til',
  'Varighed',
  'Option',
  'Opsigelse (måneder)',
  'Indkøbsform',
  'Kritikalitet',
  'Leverandør',
  'Anskaffelse.',
  'Drift/år',
  'IT Systemer',
  'Kontraktejer Email#',
  'Genanskaffelsesstrategi',
];
const empty: ContractSnapshot = {
  contracts: [],
  suppliers: [{ id: 's1', name: 'KMD A/S' }],
  members: [{ userId: 'u1', email: 'ida@kommune.dk', name: 'Ida' }],
  usages: [{ id: 'us1', names: ['SagsPortal', 'Sag'] }],
};
const existing: ContractSnapshot['contracts'][number] = {
  id: 'c1',
  name: 'Drift',
  kitosId: null,
  reference: null,
  supplierId: 's1',
  contractType: '',
  template: '',
  purchaseForm: 'EU_TENDER',
  criticality: 'HIGH',
  startDate: '2024-01-01',
  endDate: '2027-12-31',
  durationMonths: 48,
  ongoing: false,
  irrevocableUntil: null,
  noticePeriodMonths: 3,
  terminatedOn: null,
  ownerUserId: 'u1',
  managerUserId: null,
  kitosAttributes: { Genanskaffelsesstrategi: 'Udbud' },
  usageIds: ['us1'],
  optionMonths: [12, 12],
  economy: [{ id: 'e1', kind: 'ACQUISITION', amount: 100000 }],
};
const row: RawCell[] = [
  'Drift',
  '01-01-2024',
  '31-12-2027',
  '4 år',
  '2 x 1 år',
  '3',
  'EU udbud',
  '3',
  'kmd a/s',
  '100.000,00',
  null,
  'Sag',
  'ida@kommune.dk',
  'Udbud',
];

describe('planning KITOS contracts', () => {
  it('reads KITOS durations and options', () => {
    expect(readDuration('2 år og 6 måneder')).toEqual({ ok: true, value: { months: 30, ongoing: false } });
    expect(readDuration('Løbende')).toEqual({ ok: true, value: { months: null, ongoing: true } });
    expect(readDuration('18 måneder')).toEqual({ ok: true, value: { months: 18, ongoing: false } });
    expect(readDuration('længe').ok).toBe(false);
    expect(readOptions('2 x 1 år')).toEqual({ ok: true, value: [12, 12] });
    expect(readOptions('1 x ½ år')).toEqual({ ok: true, value: [6] });
    expect(readOptions('')).toEqual({ ok: true, value: [] });
    expect(readOptions('to gange').ok).toBe(false);
  });

  it('creates a contract from the overview: term, supplier, options, economy, coverage, owner', () => {
    const [line] = planContractImport(mapColumns('CONTRACT_OVERVIEW', OVERVIEW), rows(row), empty);
    expect(line.status).toBe('CREATE');
    expect(line.warnings).toEqual([]);
    expect(line.action).toEqual({
      contractId: null,
      name: 'Drift',
      kitosId: null,
      supplier: { id: 's1' },
      fields: {
        purchaseForm: 'EU_TENDER',
        criticality: 'HIGH',
        startDate: '2024-01-01',
        endDate: '2027-12-31',
        durationMonths: 48,
        ongoing: false,
        noticePeriodMonths: 3,
        ownerUserId: 'u1',
        kitosAttributes: { Genanskaffelsesstrategi: 'Udbud', 'Kontraktejer Email#': 'ida@kommune.dk' },
      },
      optionMonths: [12, 12],
      economy: [{ kind: 'ACQUISITION', amount: 100000, lineId: null }],
      coverUsageIds: ['us1'],
    });
  });

  it('is unchanged when the contract already says what the row says', () => {
    const snapshot = {
      ...empty,
      contracts: [
        {
          ...existing,
          kitosAttributes: { ...existing.kitosAttributes, 'Kontraktejer Email#': 'ida@kommune.dk' },
        },
      ],
    };
    const [line] = planContractImport(mapColumns('CONTRACT_OVERVIEW', OVERVIEW), rows(row), snapshot);
    expect([line.status, line.changes, line.action]).toEqual(['UNCHANGED', [], null]);
  });

  it('names the changed fields, keeps unknown option values as attributes and notes unknown systems', () => {
    const changed = [...row];
    changed[2] = '31-12-2028';
    changed[6] = 'Indkøbsaftale 7';
    changed[11] = 'Sag, Ukendt';
    const [line] = planContractImport(mapColumns('CONTRACT_OVERVIEW', OVERVIEW), rows(changed), {
      ...empty,
      contracts: [existing],
    });
    expect(line.status).toBe('UPDATE');
    expect(line.changes).toEqual(['endDate', 'kitosAttributes']);
    expect(line.action?.fields.purchaseForm).toBeUndefined();
    expect(line.action?.fields.kitosAttributes?.Indkøbsform).toBe('Indkøbsaftale 7');
    expect(line.warnings.map((w) => [w.column, w.message])).toEqual([
      ['Indkøbsform', 'import.warning.keptAsAttribute'],
      ['IT Systemer', 'import.warning.usageNotFound'],
    ]);
  });

  it('refuses a new contract without a start, bad cells, an end before the start and a repeated name', () => {
    const lines = planContractImport(
      mapColumns('CONTRACT_OVERVIEW', OVERVIEW),
      rows(
        ['Uden start', '', '', '', '', '', '', '', '', '', '', '', '', ''],
        ['Forkert', '01-01-2025', '01-01-2024', 'længe', '', 'tre', '', '', '', '', '', '', '', ''],
        row,
        row,
      ),
      empty,
    );
    expect(lines.map((l) => [l.row, l.status, l.errors.map((e) => [e.column, e.message])])).toEqual([
      [2, 'ERROR', [['Gyldig fra', 'import.error.startDate']]],
      [
        3,
        'ERROR',
        [
          ['Varighed', 'import.error.duration'],
          ['Opsigelse (måneder)', 'import.error.number'],
          ['Gyldig til', 'import.error.dateOrder'],
        ],
      ],
      [4, 'CREATE', []],
      [5, 'ERROR', [['IT Kontrakt', 'import.error.duplicateName']]],
    ]);
  });

  it("matches KITOS's import template by its Id before the name", () => {
    const mapping = mapColumns('CONTRACT_TEMPLATE', [
      'Id',
      'IT Kontrakt Navn (påkrævet)',
      'IT Kontrakt Id',
      'Bemærkning',
      'Indgået',
      'Uopsigeligt til',
      'Udløbsdato',
      'Kontrakten opsagt',
    ]);
    const [line] = planContractImport(
      mapping,
      rows(['17', 'Drift (nyt navn)', 'K-17', 'Se sagen', 45292, '', '', '']),
      { ...empty, contracts: [{ ...existing, kitosId: '17' }] },
    );
    expect(line.status).toBe('UPDATE');
    expect(line.action?.contractId).toBe('c1');
    // Renamed in KITOS, found by its Id; empty dates clear (the file states them), notes kept as attributes.
    expect(line.changes).toEqual(['name', 'reference', 'endDate', 'kitosAttributes']);
    expect(line.action?.fields.kitosAttributes).toEqual({ Bemærkning: 'Se sagen' });
  });
});
