import { contractSheet, unitSheet, usageSheet, USAGE_UUID_TITLE, userSheet } from './kitos-api-sheet';
import { planContractImport } from './kitos-contract-plan';
import { planUsageImport } from './kitos-usage-plan';

const cellsByTitle = (s: ReturnType<typeof usageSheet>, row = 0) =>
  Object.fromEntries(s.mapping.map((m) => [m.title, [m.target, s.rows[row].cells[m.column]]]));

const usage = {
  uuid: '11111111-1111-4111-8111-111111111111',
  systemContext: { uuid: '22222222-2222-4222-8222-222222222222', name: 'SagsPortal' },
  general: {
    localCallName: 'Sager',
    mainContract: { uuid: 'c1', name: 'Driftsaftale' },
    containsAITechnology: 'No',
    validity: { lifeCycleStatus: 'PhasingOut', validFrom: '2021-03-01T00:00:00Z', validTo: null },
  },
  roles: [{ role: { uuid: 'r', name: 'Systemejer' }, user: { uuid: 'u1', name: 'Anne Ejer' } }],
  organizationUsage: { responsibleOrganizationUnit: { uuid: 'o', name: 'IT' }, usingOrganizationUnits: [] },
  outgoingSystemRelations: [
    { toSystemUsage: { uuid: 'x', name: 'CPR' } },
    { toSystemUsage: { uuid: 'y', name: 'ESDH' } },
  ],
};

describe('KITOS API v2 DTOs as the Excel export rows the planners read', () => {
  it('lays out a usage as the usage overview: fields, role e-mail from the users, the usage UUID as an attribute', () => {
    const s = usageSheet([usage], {
      userEmails: new Map([['u1', 'anne@kommune.dk']]),
      contractSuppliers: new Map([['c1', 'Netcompany']]),
    });
    expect(s.kind).toBe('USAGE_OVERVIEW');
    expect(s.uuids).toEqual([usage.uuid]);
    expect(s.rows[0].row).toBe(2);
    const c = cellsByTitle(s);
    expect(c['IT-System (UUID)']).toEqual(['systemUuid', '22222222-2222-4222-8222-222222222222']);
    expect(c['IT System']).toEqual(['systemName', 'SagsPortal']);
    expect(c['Leverandør']).toEqual(['supplier', 'Netcompany']);
    expect(c['Livscyklus']).toEqual(['lifecycle', 'Under udfasning']);
    expect(c['Ibrugtagningsdato']).toEqual(['inUseFrom', '2021-03-01']);
    expect(c['Slutdato for anvendelse']).toEqual(['inUseUntil', null]);
    expect(c['Anvendte systemer']).toEqual(['usedSystems', 'CPR, ESDH']);
    expect(c['Systemejer']).toEqual(['owner', 'Anne Ejer']);
    expect(c['Systemejer Email#']).toEqual(['ownerEmail', 'anne@kommune.dk']);
    expect(c['Indeholder AI-teknologi']).toEqual(['attribute', 'Nej']);
    expect(c[USAGE_UUID_TITLE]).toEqual(['attribute', usage.uuid]);
  });

  it('plans a usage through the Excel planner: a new catalogue entry, usage and unit', () => {
    const s = usageSheet([usage], { userEmails: new Map(), contractSuppliers: new Map() });
    const [line] = planUsageImport(s.mapping, s.rows, {
      systems: [],
      usages: [],
      units: [],
      suppliers: [],
      members: [],
      people: [],
      contracts: [],
      integrations: [],
    });
    expect(line.status).toBe('CREATE');
    expect(line.action?.system).toEqual({
      create: { name: 'SagsPortal', kitosUuid: '22222222-2222-4222-8222-222222222222' },
    });
    expect(line.action?.fields.lifecycle).toBe('PHASING_OUT');
    expect(line.action?.fields.kitosAttributes[USAGE_UUID_TITLE]).toBe(usage.uuid);
  });

  it('lays out a contract with its UUID as the KITOS id, duration and summed external payments', () => {
    const s = contractSheet(
      [
        {
          uuid: 'c1',
          name: 'Driftsaftale',
          general: { validity: { validFrom: '2024-01-01T00:00:00Z', validTo: '2027-12-31T00:00:00Z' } },
          agreementPeriod: { durationYears: 4, durationMonths: 0, isContinuous: false },
          termination: { terms: { noticePeriodMonths: { name: '6' } } },
          payments: {
            external: [
              { acquisition: 1000, operation: 200 },
              { acquisition: 500, other: 5 },
            ],
          },
          supplier: { organization: { name: 'Netcompany' } },
          systemUsages: [{ uuid: 'u', name: 'SagsPortal' }],
        },
      ],
      { userEmails: new Map() },
    );
    const [line] = planContractImport(s.mapping, s.rows, {
      contracts: [],
      suppliers: [],
      usages: [],
      members: [],
    });
    expect(line.status).toBe('CREATE');
    expect(line.action).toMatchObject({
      kitosId: 'c1',
      name: 'Driftsaftale',
      supplier: { name: 'Netcompany' },
      fields: { startDate: '2024-01-01', endDate: '2027-12-31', durationMonths: 48, noticePeriodMonths: 6 },
    });
    expect(line.action?.economy.map((e) => [e.kind, e.amount]).sort()).toEqual(
      [
        ['ACQUISITION', 1500],
        ['YEARLY_OPERATION', 200],
        ['OTHER', 5],
      ].sort(),
    );
  });

  it('lays out units (parent by name) and users as KITOS templates', () => {
    const units = unitSheet([
      { uuid: 'a', name: 'Kommunen', ean: 5790001, parentOrganizationUnit: null },
      { uuid: 'b', name: 'IT', parentOrganizationUnit: { uuid: 'a', name: 'Kommunen' } },
    ]);
    expect(units.rows.map((r) => r.cells)).toEqual([
      ['a', null, 'Kommunen', '5790001'],
      ['b', 'Kommunen', 'IT', null],
    ]);
    expect(units.mapping.map((m) => m.target)).toEqual(['id', 'parent', 'name', 'ean']);
    const users = userSheet([{ uuid: 'u', firstName: 'Anne', lastName: 'Ejer', email: 'a@k.dk' }]);
    expect(users.rows[0].cells).toEqual(['Anne', 'Ejer', 'a@k.dk', null]);
    expect(users.mapping.map((m) => m.target)).toEqual(['firstName', 'lastName', 'email', 'phone']);
  });
});
