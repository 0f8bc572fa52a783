import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aContract, aSupplier } from './contract-fixtures';

process.env.OVERBLIK_TODAY = '2026-11-27';

const LIST = `query($filter: ContractFilter, $sort: ContractSort) {
  contracts(filter: $filter, sort: $sort, limit: 100) {
    totalCount
    items { id name supplier { name } yearlyCost dates {
      validity currentEnd effectiveEndWithOptions latestNoticeDate leadMonths windowClosed
      retender { decisionDate windowClosed daysLate } retenderWithOptions { decisionDate windowClosed }
    } }
  }
}`;
const DETAIL = `query($id: ID!) { contract(id: $id) {
  id name version options { ordinal months exercisedOn } economyLines { kind amount unitId }
  coveredUsages { id name } integrations { id } owner { email } dates { currentEnd }
} }`;
const CREATE = `mutation($input: ContractCreateInput!) { createContract(input: $input) {
  id version dates { currentEnd effectiveEndWithOptions latestNoticeDate retender { decisionDate } }
  options { ordinal months } coveredUsages { id } yearlyCost
} }`;
const UPDATE = `mutation($input: ContractUpdateInput!) { updateContract(input: $input) { id name version } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteContract(id: $id, version: $version) }`;

type Item = {
  id: string;
  name: string;
  yearlyCost: number;
  dates: {
    validity: string;
    currentEnd: string | null;
    effectiveEndWithOptions: string | null;
    latestNoticeDate: string | null;
    leadMonths: number;
    windowClosed: boolean;
    retender: { decisionDate: string | null; windowClosed: boolean; daysLate: number };
    retenderWithOptions: { decisionDate: string | null; windowClosed: boolean };
  };
};

describe('contracts', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let esdh: string;
  let okonomi: string;
  let expired: string;
  let bContract: string;
  let usageId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'alpha', {
      kontrakt: ['CONTRACT_MANAGER'],
      laeser: ['READER'],
      admin: ['ADMINISTRATOR'],
    });
    b = await anOrganisation(server.db, 'beta', { kontrakt: ['CONTRACT_MANAGER'] });
    const kmd = await aSupplier(server.db, 'KMD');
    const netcompany = await aSupplier(server.db, 'Netcompany');
    usageId = (await aUsage(server.db, a.org.id, 'Alfa ESDH', { responsibleUnitId: a.unit.id })).id;
    // EU tender, 6 months' notice, one 12-month option: decision = 2027-12-31 − (6 + 12) months.
    esdh = (
      await aContract(server.db, a.org.id, {
        name: 'ESDH-kontrakt',
        supplierId: kmd.id,
        purchaseForm: 'EU_TENDER',
        start: '2023-01-01',
        end: '2027-12-31',
        noticeMonths: 6,
        options: [12],
        yearly: 480_000,
        usageIds: [usageId],
        criticality: 'HIGH',
      })
    ).id;
    // Mini-tender, 3 months' notice: decision = 2028-06-15 − 7 months = 2027-11-15.
    okonomi = (
      await aContract(server.db, a.org.id, {
        name: 'Økonomisystem',
        supplierId: netcompany.id,
        purchaseForm: 'MINI_TENDER',
        start: '2024-01-01',
        end: '2028-06-15',
        noticeMonths: 3,
        yearly: 120_000,
        unitId: a.unit.id,
      })
    ).id;
    expired = (
      await aContract(server.db, a.org.id, { name: 'Gammel SMS', start: '2020-01-01', end: '2025-12-31' })
    ).id;
    bContract = (
      await aContract(server.db, b.org.id, { name: 'Beta ESDH', start: '2024-01-01', end: '2027-06-30' })
    ).id;
  });
  afterAll(() => server.close());

  async function list(email: string, variables: Record<string, unknown> = {}) {
    const client = await server.client().signIn(email);
    const result = await client.gql<{ contracts: { totalCount: number; items: Item[] } }>(LIST, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.contracts;
  }

  it('computes the dates with the domain rules and the default lead times', async () => {
    const { items } = await list(a.email('laeser'));
    const byName = Object.fromEntries(items.map((i) => [i.name, i]));
    expect(byName['ESDH-kontrakt'].dates).toEqual({
      validity: 'ACTIVE',
      currentEnd: '2027-12-31',
      effectiveEndWithOptions: '2028-12-31',
      latestNoticeDate: '2027-06-30',
      leadMonths: 18,
      windowClosed: true,
      // 30 Jun → 27 Nov 2026: 31 + 31 + 30 + 31 + 27 days.
      retender: { decisionDate: '2026-06-30', windowClosed: true, daysLate: 150 },
      retenderWithOptions: { decisionDate: '2027-06-30', windowClosed: false },
    });
    expect(byName['Økonomisystem'].dates.retender.decisionDate).toBe('2027-11-15');
    expect(byName['Økonomisystem'].dates.latestNoticeDate).toBe('2028-03-15');
    expect(byName['Gammel SMS'].dates.validity).toBe('EXPIRED');
    expect(byName['Gammel SMS'].dates.windowClosed).toBe(false);
    expect(byName['ESDH-kontrakt'].yearlyCost).toBe(480_000);
  });

  it('uses the organisation’s own procurement lead times from its settings', async () => {
    await server.db.prisma.organisation.update({
      where: { id: a.org.id },
      data: { settings: { procurementLeadMonths: { EU_TENDER: 9 } } },
    });
    try {
      const { items } = await list(a.email('laeser'));
      const esdhItem = items.find((i) => i.id === esdh)!;
      expect(esdhItem.dates.leadMonths).toBe(15);
      expect(esdhItem.dates.retender.decisionDate).toBe('2026-09-30');
    } finally {
      await server.db.prisma.organisation.update({ where: { id: a.org.id }, data: { settings: {} } });
    }
  });

  it('filters by re-tender window, end window, supplier, unit, criticality and search, and sorts', async () => {
    const names = async (variables: Record<string, unknown>) =>
      (await list(a.email('laeser'), variables)).items.map((i) => i.name);
    // 2027-11-15 ≤ 2027-11-27 and the overdue ESDH decision is included; the expired one is not.
    expect(
      await names({ filter: { retenderWithinMonths: 12 }, sort: { field: 'RETENDER_DECISION_DATE' } }),
    ).toEqual(['ESDH-kontrakt', 'Økonomisystem']);
    // today + 14 months = 2028-01-27 reaches 2027-12-31 but not 2028-06-15.
    expect(await names({ filter: { endingWithinMonths: 14 } })).toEqual(['ESDH-kontrakt']);
    expect(await names({ filter: { endingWithinMonths: 13 } })).toEqual([]);
    expect(await names({ filter: { search: 'netcomp' } })).toEqual(['Økonomisystem']);
    expect(await names({ filter: { unitId: a.unit.id }, sort: { field: 'NAME' } })).toEqual([
      'ESDH-kontrakt',
      'Økonomisystem',
    ]);
    expect(await names({ filter: { criticalities: ['HIGH'] } })).toEqual(['ESDH-kontrakt']);
    expect(await names({ sort: { field: 'YEARLY_COST', direction: 'DESC' } })).toEqual([
      'ESDH-kontrakt',
      'Økonomisystem',
      'Gammel SMS',
    ]);
  });

  it('shows the detail with options, economy lines and covered usages', async () => {
    const client = await server.client().signIn(a.email('laeser'));
    const result = await client.gql<{ contract: Record<string, unknown> }>(DETAIL, { id: esdh });
    expect(result.errors).toBeUndefined();
    expect(result.data!.contract).toMatchObject({
      name: 'ESDH-kontrakt',
      options: [{ ordinal: 1, months: 12, exercisedOn: null }],
      economyLines: [{ kind: 'YEARLY_OPERATION', amount: 480_000, unitId: null }],
      coveredUsages: [{ id: usageId, name: 'Alfa ESDH' }],
      integrations: [],
    });
  });

  it('creates a contract with validation, computed dates and an audit entry', async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    const bad = await client.gql(CREATE, {
      input: { name: ' ', startDate: '2026-01-01', endDate: '2025-01-01', noticePeriodMonths: -1 },
    });
    expect(bad.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual([
      'endDate',
      'name',
      'noticePeriodMonths',
    ]);
    const result = await client.gql<{ createContract: { id: string; dates: Record<string, unknown> } }>(
      CREATE,
      {
        input: {
          name: 'Booking',
          purchaseForm: 'DIRECT_AWARD',
          startDate: '2026-01-01',
          durationMonths: 24,
          noticePeriodMonths: 3,
          noticeRule: 'END_OF_QUARTER',
          options: [{ ordinal: 1, months: 6 }],
          economyLines: [{ kind: 'YEARLY_OPERATION', amount: 50_000, unitId: a.unit.id }],
          coveredUsageIds: [usageId],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    // 24 months from 2026-01-01 end 2027-12-31; direct award 2 + notice 3 = 5 months before.
    expect(result.data!.createContract).toMatchObject({
      dates: {
        currentEnd: '2027-12-31',
        effectiveEndWithOptions: '2028-06-30',
        latestNoticeDate: '2027-09-30',
        retender: { decisionDate: '2027-07-31' },
      },
      coveredUsages: [{ id: usageId }],
      yearlyCost: 50_000,
    });
    const audit = await server.db.prisma.auditEntry.findMany({
      where: { entityType: 'Contract', entityId: result.data!.createContract.id },
    });
    expect(audit.map((e) => e.action)).toEqual(['CREATE']);
  });

  it('refuses a usage or unit of another organisation as a reference', async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    const bUsage = await aUsage(server.db, b.org.id, 'Beta System');
    const result = await client.gql(CREATE, {
      input: { name: 'Snyd', startDate: '2026-01-01', coveredUsageIds: [bUsage.id] },
    });
    expect(result.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'coveredUsageIds' }),
    ]);
  });

  it('updates with a version check and refuses a stale version', async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    const input = {
      id: okonomi,
      version: 1,
      name: 'Økonomisystem 2',
      startDate: '2024-01-01',
      endDate: '2028-06-15',
    };
    const ok = await client.gql<{ updateContract: { version: number } }>(UPDATE, { input });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateContract.version).toBe(2);
    const stale = await client.gql(UPDATE, { input: { ...input, name: 'Overskrevet' } });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    const row = await server.db.prisma.contract.findUniqueOrThrow({ where: { id: okonomi } });
    expect(row.name).toBe('Økonomisystem 2');
  });

  it('lets only contract editors change contracts', async () => {
    const reader = await server.client().signIn(a.email('laeser'));
    const result = await reader.gql(DELETE, { id: expired, version: 1 });
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
    const created = await reader.gql(CREATE, { input: { name: 'X', startDate: '2026-01-01' } });
    expect(created.errors![0].extensions!.code).toBe('FORBIDDEN');
    const admin = await server.client().signIn(a.email('admin'));
    const deleted = await admin.gql(DELETE, { id: expired, version: 1 });
    expect(deleted.errors).toBeUndefined();
    expect(await server.db.prisma.contract.count({ where: { id: expired } })).toBe(0);
  });

  it('keeps organisations apart', async () => {
    const { items } = await list(b.email('kontrakt'));
    expect(items.map((i) => i.name)).toEqual(['Beta ESDH']);
    const client = await server.client().signIn(b.email('kontrakt'));
    const read = await client.gql(DETAIL, { id: esdh });
    expect(read.errors![0].extensions!.code).toBe('NOT_FOUND');
    const update = await client.gql(UPDATE, {
      input: { id: esdh, version: 1, name: 'Kapret', startDate: '2023-01-01' },
    });
    expect(update.errors![0].extensions!.code).toBe('NOT_FOUND');
    const del = await client.gql(DELETE, { id: esdh, version: 1 });
    expect(del.errors![0].extensions!.code).toBe('NOT_FOUND');
    const row = await server.db.prisma.contract.findUniqueOrThrow({ where: { id: esdh } });
    expect(row.name).toBe('ESDH-kontrakt');
    const own = await server.client().signIn(a.email('laeser'));
    expect((await own.gql(DETAIL, { id: bContract })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
