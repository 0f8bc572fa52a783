import { detectGenericKind, mapGenericColumns } from './generic-columns';
import { planGenericContractImport } from './generic-contract-plan';
import { detectImportKind } from './import-kinds';
import type { RawCell } from './kitos-cells';
import type { ContractSnapshot } from './kitos-contract-plan';

const OWNER = '00000000-0000-4000-8000-000000000001';
const USAGE = '00000000-0000-4000-8000-000000000002';
const SUPPLIER = '00000000-0000-4000-8000-000000000003';
const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));
const headers = [
  'Kontrakt',
  'Startdato',
  'Slutdato',
  'Leverandør',
  'Indkøbsform',
  'Opsigelsesvarsel (måneder)',
  'Optioner',
  'Årlig drift (kr.)',
  'Systemer',
  'Kontraktejer (e-mail)',
];
const mapping = mapGenericColumns('CONTRACTS', headers);
const stored: ContractSnapshot['contracts'][number] = {
  id: 'c1',
  name: 'ESDH-drift',
  kitosId: null,
  reference: null,
  supplierId: SUPPLIER,
  contractType: '',
  template: '',
  purchaseForm: 'EU_TENDER',
  criticality: 'MEDIUM',
  startDate: '2024-01-01',
  endDate: '2027-12-31',
  durationMonths: null,
  ongoing: false,
  irrevocableUntil: null,
  noticePeriodMonths: 6,
  terminatedOn: null,
  ownerUserId: OWNER,
  managerUserId: null,
  kitosAttributes: { 'Ansvarlig org. enhed': 'IT' },
  usageIds: [USAGE],
  optionMonths: [12, 12],
  economy: [{ id: 'e1', kind: 'YEARLY_OPERATION', amount: 250000 }],
};
const snapshot: ContractSnapshot = {
  contracts: [stored],
  suppliers: [{ id: SUPPLIER, name: 'Acme A/S' }],
  members: [{ userId: OWNER, email: 'ejer@kommune.dk', name: 'Eva Ejer' }],
  usages: [{ id: USAGE, names: ['ESDH', 'Vores ESDH'] }],
};
const same: RawCell[] = [
  'ESDH-drift',
  '01-01-2024',
  new Date(Date.UTC(2027, 11, 31)),
  'Acme A/S',
  'EU-udbud',
  6,
  '2 x 1 år',
  250000,
  'ESDH',
  'EJER@kommune.dk',
];

describe('planning a contract sheet', () => {
  it('is its own kind in either language, not a KITOS contract workbook', () => {
    expect(detectGenericKind(headers)).toBe('CONTRACTS');
    expect(detectImportKind(['Contract', 'Start date', 'Supplier'])).toBe('CONTRACTS');
    expect(detectImportKind(['IT Kontrakt', 'Kontrakt', 'Startdato'])).toBe('CONTRACT_OVERVIEW');
    expect(detectGenericKind(['Kontrakt', 'Start date'])).toBeNull();
  });

  it('leaves a contract as stored unchanged, keeping its KITOS attributes out of the comparison', () => {
    const [line] = planGenericContractImport(mapping, rows(same), snapshot);
    expect(line).toMatchObject({ status: 'UNCHANGED', errors: [], warnings: [], changes: [], action: null });
  });

  it('updates the fields a row changes, with options and an unknown supplier as new', () => {
    const row = [...same];
    row[3] = 'Nyt Firma ApS';
    row[4] = 'MINI_TENDER';
    row[5] = '3 måneder';
    row[7] = '275.000';
    const [line] = planGenericContractImport(mapping, rows(row), snapshot);
    expect(line.status).toBe('UPDATE');
    expect(line.changes).toEqual(['purchaseForm', 'noticePeriodMonths', 'supplier', 'economy']);
    expect(line.action).toMatchObject({
      contractId: 'c1',
      supplier: { name: 'Nyt Firma ApS' },
      fields: { purchaseForm: 'MINI_TENDER', noticePeriodMonths: 3 },
      // Options exist already: exercised ones stay as they are.
      optionMonths: [],
      economy: [{ kind: 'YEARLY_OPERATION', amount: 275000, lineId: 'e1' }],
      coverUsageIds: [],
    });
    expect(line.action!.fields.kitosAttributes).toBeUndefined();
  });

  it('creates a contract with its options, economy, cover and owner; a non-member is a warning', () => {
    const lines = planGenericContractImport(
      mapping,
      rows(
        [
          'Ny aftale',
          45292,
          '',
          'Acme A/S',
          'Direct award',
          '',
          '1 x ½ år',
          1000,
          'Vores ESDH',
          'ejer@kommune.dk',
        ],
        ['Anden aftale', '2024-02-01', '', '', '', '', '', '', '', 'fremmed@andet.dk'],
      ),
      snapshot,
    );
    expect(lines[0]).toMatchObject({ status: 'CREATE', errors: [], warnings: [] });
    expect(lines[0].action).toMatchObject({
      contractId: null,
      name: 'Ny aftale',
      supplier: { id: SUPPLIER },
      fields: { startDate: '2024-01-01', endDate: null, purchaseForm: 'DIRECT_AWARD', ownerUserId: OWNER },
      optionMonths: [6],
      economy: [{ kind: 'YEARLY_OPERATION', amount: 1000, lineId: null }],
      coverUsageIds: [USAGE],
    });
    expect(lines[1].status).toBe('CREATE');
    expect(lines[1].action!.supplier).toBeNull();
    expect(lines[1].warnings).toEqual([
      {
        column: 'Kontraktejer (e-mail)',
        message: 'import.warning.personNotMember',
        params: { name: 'fremmed@andet.dk' },
      },
    ]);
  });

  it('reads options and notice in English too', () => {
    const en = mapGenericColumns('CONTRACTS', [
      'Contract',
      'Start date',
      'Notice period (months)',
      'Options',
    ]);
    const [line] = planGenericContractImport(
      en,
      rows(['Ny', '2024-01-01', '3 months', '2 x 1.5 years']),
      snapshot,
    );
    expect(line.action).toMatchObject({ fields: { noticePeriodMonths: 3 }, optionMonths: [18, 18] });
  });

  it("refuses what the contract form refuses, on the row's column", () => {
    const bad = (i: number, v: RawCell) => {
      const row = [...same];
      row[i] = v;
      return row;
    };
    // One file per bad row: the same name twice in one file is its own error (the last line).
    const lines = [
      bad(2, '31-12-2023'),
      bad(5, 200),
      bad(4, 'Licitation'),
      bad(8, 'Ukendt system'),
      bad(7, -5),
      ['Helt ny', '', '', '', '', '', '', '', '', ''],
    ].map((row) => planGenericContractImport(mapping, rows(row), snapshot)[0]);
    lines.push(planGenericContractImport(mapping, rows(same, same), snapshot)[1]);
    expect(lines.map((l) => l.status)).toEqual(Array(7).fill('ERROR'));
    expect(lines[0].errors).toEqual([{ column: 'Slutdato', field: 'endDate', message: 'field.dateOrder' }]);
    expect(lines[1].errors).toEqual([
      {
        column: 'Opsigelsesvarsel (måneder)',
        field: 'noticePeriodMonths',
        message: 'field.max',
        params: { max: 120 },
      },
    ]);
    expect(lines[2].errors[0]).toMatchObject({ column: 'Indkøbsform', message: 'import.error.enumValue' });
    expect(lines[3].errors).toEqual([
      { column: 'Systemer', message: 'import.error.unknownReference', params: { value: 'Ukendt system' } },
    ]);
    expect(lines[4].errors[0]).toMatchObject({ column: 'Årlig drift (kr.)', message: 'field.min' });
    // A new contract needs its start (the form's rule).
    expect(lines[5].errors).toEqual([{ column: 'Startdato', field: 'startDate', message: 'field.required' }]);
    // The same name twice in a file: the later row is refused, naming the first.
    expect(lines[6].errors).toEqual([
      { column: 'Kontrakt', message: 'import.error.duplicateName', params: { row: 2 } },
    ]);
  });
});
