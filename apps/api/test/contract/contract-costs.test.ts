import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';
import { day } from './contract-fixtures';

process.env.OVERBLIK_TODAY = '2026-11-27';

const DATES = `query($id: ID!) { contract(id: $id) { id dates {
  leadMonths procurementLeadMonths retender { decisionDate }
  migration { months source dependentId dependentName } } } }`;
const LIST = `{ contracts(limit: 100) { items { name dates { leadMonths migration { months source dependentName } } } } }`;
const UPDATE_USAGE = `mutation($i: SystemUsageUpdateInput!) { updateSystemUsage(input: $i) { id version migrationMonths } }`;
const USAGE = `query($id: ID!) { systemUsage(id: $id) { id migrationMonths yearlyCost dataYearlyCost } }`;
const CREATE_INTEGRATION = `mutation($i: IntegrationCreateInput!) { createIntegration(input: $i) { id version migrationMonths } }`;
const UPDATE_INTEGRATION = `mutation($i: IntegrationUpdateInput!) { updateIntegration(input: $i) { id version migrationMonths } }`;
const COSTS = `{ costsByUnit { unitId unitName yearlyOperation acquisition other contractCount } }`;
const SOURCE = `query($id: ID!) { dataSource(id: $id) { id yearlyCost uses { usageId yearlyCost } } }`;
const SOURCES = `query($s: String) { dataSources(filter: { search: $s }, limit: 10) { items { id yearlyCost } } }`;

type Gql = { errors?: { extensions?: { code?: string; fields?: { field: string; message: string }[] } }[] };
const code = (r: Gql) => r.errors?.[0].extensions?.code;

describe('contract migration time and cost roll-ups', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let esdh: { id: string; version: number };
  let sag: string;
  let school: string;
  let sagContract: string;
  let integrationContract: string;
  let emptyContract: string;
  let bContract: string;
  let cpr: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    a = await anOrganisation(server.db, 'migalpha', { owner: ['SYSTEM_OWNER'], reader: ['READER'] });
    b = await anOrganisation(server.db, 'migbeta', { owner: ['SYSTEM_OWNER'], reader: ['READER'] });
    // Default migration 6 months for alpha.
    await db.organisation.update({ where: { id: a.org.id }, data: { settings: { migrationMonths: 6 } } });
    school = (await db.unit.create({ data: { organisationId: a.org.id, name: 'Skole og Dagtilbud' } })).id;
    // The system owner keeps both usages: only then may they edit them (ADR 0029).
    const esdhRow = await aUsage(server.db, a.org.id, 'ESDH', { ownerUserId: a.userIds.owner });
    esdh = await db.systemUsage.update({ where: { id: esdhRow.id }, data: { migrationMonths: 9 } });
    sag = (await aUsage(server.db, a.org.id, 'Sag', { ownerUserId: a.userIds.owner })).id;
    const bUsage = (await aUsage(server.db, b.org.id, 'Beta ESDH')).id;

    // OTHER (6 months' lead), 3 months' notice; covers ESDH (9) and Sag (unset → 6).
    sagContract = (
      await db.contract.create({
        data: {
          organisationId: a.org.id,
          name: 'Sagskontrakt',
          purchaseForm: 'OTHER',
          startDate: day('2024-01-01'),
          endDate: day('2029-12-31'),
          noticePeriodMonths: 3,
          coverage: { create: [{ usageId: esdh.id }, { usageId: sag }] },
          economyLines: {
            create: [
              { kind: 'YEARLY_OPERATION', amount: 300_000, unitId: a.unit.id },
              { kind: 'ACQUISITION', amount: 1_000_000, unitId: a.unit.id },
            ],
          },
        },
      })
    ).id;
    // MINI_TENDER (4 months), no notice, no coverage; an integration tied to it needs 11 months.
    integrationContract = (
      await db.contract.create({
        data: {
          organisationId: a.org.id,
          name: 'Integrationsaftale',
          purchaseForm: 'MINI_TENDER',
          startDate: day('2024-01-01'),
          endDate: day('2028-12-31'),
          noticePeriodMonths: 0,
          economyLines: {
            create: [
              { kind: 'YEARLY_OPERATION', amount: 50_000, unitId: school },
              { kind: 'OTHER', amount: 2_000 },
            ],
          },
        },
      })
    ).id;
    await db.integration.create({
      data: {
        organisationId: a.org.id,
        fromUsageId: esdh.id,
        toUsageId: sag,
        contractId: integrationContract,
        migrationMonths: 11,
      },
    });
    // Nothing depends on it: the default applies.
    emptyContract = (
      await db.contract.create({
        data: {
          organisationId: a.org.id,
          name: 'Tom kontrakt',
          purchaseForm: 'OTHER',
          startDate: day('2024-01-01'),
          endDate: day('2028-12-31'),
          noticePeriodMonths: 3,
          economyLines: { create: [{ kind: 'YEARLY_OPERATION', amount: 10_000 }] },
        },
      })
    ).id;
    bContract = (
      await db.contract.create({
        data: {
          organisationId: b.org.id,
          name: 'Beta-kontrakt',
          startDate: day('2024-01-01'),
          endDate: day('2028-12-31'),
          coverage: { create: [{ usageId: bUsage }] },
          economyLines: { create: [{ kind: 'YEARLY_OPERATION', amount: 999, unitId: b.unit.id }] },
        },
      })
    ).id;
    // Bad data from another organisation pointing at alpha's contract must not lengthen its migration.
    const bOther = (await aUsage(server.db, b.org.id, 'Beta Sag')).id;
    await db.integration.create({
      data: {
        organisationId: b.org.id,
        fromUsageId: bUsage,
        toUsageId: bOther,
        contractId: emptyContract,
        migrationMonths: 50,
      },
    });

    // A shared register used by both organisations at their own cost.
    cpr = (await db.dataSource.create({ data: { name: 'CPR migtest', kind: 'BASE_REGISTER' } })).id;
    await db.usageDataSource.createMany({
      data: [
        { organisationId: a.org.id, usageId: esdh.id, dataSourceId: cpr, yearlyCost: 12_000 },
        { organisationId: a.org.id, usageId: sag, dataSourceId: cpr, yearlyCost: 8_000.5 },
        { organisationId: b.org.id, usageId: bUsage, dataSourceId: cpr, yearlyCost: 99_000 },
      ],
    });
  }, 120_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);
  async function dates(id: string) {
    const r = await (
      await as(a.email('reader'))
    ).gql<{ contract: { dates: Record<string, unknown> } }>(DATES, { id });
    expect(r.errors).toBeUndefined();
    return r.data!.contract.dates;
  }

  it('plans with the longest covered usage when it is longer than the default', async () => {
    expect(await dates(sagContract)).toEqual({
      // 3 notice + 6 OTHER + 9 ESDH = 18; 2029-12-31 − 18 months = 2028-06-30
      leadMonths: 18,
      procurementLeadMonths: 6,
      retender: { decisionDate: '2028-06-30' },
      migration: { months: 9, source: 'SYSTEM_USAGE', dependentId: esdh.id, dependentName: 'ESDH' },
    });
  });

  it('plans with an integration tied to the contract when it is the longest', async () => {
    const d = await dates(integrationContract);
    // 0 notice + 4 MINI_TENDER + 11 integration = 15; 2028-12-31 − 15 months = 2027-09-30
    expect(d).toMatchObject({
      leadMonths: 15,
      retender: { decisionDate: '2027-09-30' },
      migration: { months: 11, source: 'INTEGRATION', dependentName: 'ESDH → Sag' },
    });
  });

  it("lists a contract's integrations by source and target system, its own organisation's only", async () => {
    const client = await as(a.email('reader'));
    const query = `query($id: ID!) { contract(id: $id) { integrations { fromUsageName toUsageName direction } } }`;
    const covered = await client.gql<{ contract: { integrations: unknown[] } }>(query, {
      id: integrationContract,
    });
    expect(covered.errors).toBeUndefined();
    expect(covered.data!.contract.integrations).toEqual([
      { fromUsageName: 'ESDH', toUsageName: 'Sag', direction: 'ONE_WAY' },
    ]);
    // The other organisation's integration pointing at alpha's contract names none of its systems.
    const empty = await client.gql<{ contract: { integrations: unknown[] } }>(query, { id: emptyContract });
    expect(empty.data!.contract.integrations).toEqual([]);
  });

  it("uses the organisation's default when nothing of its own depends on the contract", async () => {
    // The other organisation's 50-month integration pointing at it is ignored.
    expect(await dates(emptyContract)).toEqual({
      // 3 + 6 + 6 = 15; 2028-12-31 − 15 months = 2027-09-30
      leadMonths: 15,
      procurementLeadMonths: 6,
      retender: { decisionDate: '2027-09-30' },
      migration: { months: 6, source: 'DEFAULT', dependentId: null, dependentName: null },
    });
  });

  it('stores a usage migration time, validates it and replans the contract', async () => {
    const owner = await as(a.email('owner'));
    const tooLong = await owner.gql(UPDATE_USAGE, {
      i: { id: esdh.id, version: esdh.version, migrationMonths: 61 },
    });
    expect(tooLong.errors![0].extensions!.fields).toEqual([
      { field: 'migrationMonths', message: 'Må højst være 60.' },
    ]);
    const negative = await owner.gql(UPDATE_USAGE, {
      i: { id: esdh.id, version: esdh.version, migrationMonths: -1 },
    });
    expect(negative.errors![0].extensions!.fields).toEqual([
      { field: 'migrationMonths', message: 'Skal være mindst 0.' },
    ]);
    const other = await (
      await as(b.email('owner'))
    ).gql(UPDATE_USAGE, {
      i: { id: esdh.id, version: esdh.version, migrationMonths: 2 },
    });
    expect(code(other)).toBe('NOT_FOUND');

    const ok = await owner.gql<{ updateSystemUsage: { migrationMonths: number; version: number } }>(
      UPDATE_USAGE,
      { i: { id: esdh.id, version: esdh.version, migrationMonths: 2 } },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateSystemUsage.migrationMonths).toBe(2);
    esdh.version = ok.data!.updateSystemUsage.version;
    // ESDH 2, Sag unset → counts as the default 6: the default decides (3 + 6 + 6 = 15).
    expect(await dates(sagContract)).toMatchObject({
      leadMonths: 15,
      migration: { months: 6, source: 'DEFAULT', dependentName: null },
    });
    // Back to unset: still the default.
    const reset = await owner.gql<{ updateSystemUsage: { migrationMonths: number | null; version: number } }>(
      UPDATE_USAGE,
      { i: { id: esdh.id, version: esdh.version, migrationMonths: null } },
    );
    expect(reset.data!.updateSystemUsage.migrationMonths).toBeNull();
    esdh.version = reset.data!.updateSystemUsage.version;
  });

  it('stores an integration migration time with validation', async () => {
    const owner = await as(a.email('owner'));
    const created = await owner.gql<{
      createIntegration: { id: string; version: number; migrationMonths: number };
    }>(CREATE_INTEGRATION, { i: { fromUsageId: sag, toUsageId: esdh.id, migrationMonths: 4 } });
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createIntegration;
    expect(created.data!.createIntegration.migrationMonths).toBe(4);
    const bad = await owner.gql(UPDATE_INTEGRATION, { i: { id, version, migrationMonths: -3 } });
    expect(bad.errors![0].extensions!.fields).toEqual([
      { field: 'migrationMonths', message: 'Skal være mindst 0.' },
    ]);
    const updated = await owner.gql<{ updateIntegration: { migrationMonths: number } }>(UPDATE_INTEGRATION, {
      i: { id, version, migrationMonths: 7 },
    });
    expect(updated.data!.updateIntegration.migrationMonths).toBe(7);
    expect(
      code(
        await (
          await as(b.email('owner'))
        ).gql(UPDATE_INTEGRATION, { i: { id, version: 2, migrationMonths: 1 } }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('schedules a list of contracts with their own migration times', async () => {
    const r = await (
      await as(a.email('reader'))
    ).gql<{
      contracts: {
        items: {
          name: string;
          dates: { leadMonths: number; migration: { months: number; source: string } };
        }[];
      };
    }>(LIST);
    expect(r.errors).toBeUndefined();
    const byName = Object.fromEntries(r.data!.contracts.items.map((i) => [i.name, i.dates]));
    expect(byName['Integrationsaftale'].migration).toEqual({
      months: 11,
      source: 'INTEGRATION',
      dependentName: 'ESDH → Sag',
    });
    expect(byName['Tom kontrakt'].migration).toEqual({ months: 6, source: 'DEFAULT', dependentName: null });
    expect(Object.keys(byName)).not.toContain('Beta-kontrakt');
  });

  it('rolls contract costs up per paying unit for the chosen organisation only', async () => {
    const r = await (await as(a.email('reader'))).gql<{ costsByUnit: unknown[] }>(COSTS);
    expect(r.errors).toBeUndefined();
    expect(r.data!.costsByUnit).toEqual([
      {
        unitId: a.unit.id,
        unitName: 'IT og Digitalisering',
        yearlyOperation: 300_000,
        acquisition: 1_000_000,
        other: 0,
        contractCount: 1,
      },
      {
        unitId: school,
        unitName: 'Skole og Dagtilbud',
        yearlyOperation: 50_000,
        acquisition: 0,
        other: 0,
        contractCount: 1,
      },
      // Integrationsaftale's 2,000 other + Tom kontrakt's 10,000 yearly, both unassigned
      {
        unitId: null,
        unitName: null,
        yearlyOperation: 10_000,
        acquisition: 0,
        other: 2_000,
        contractCount: 2,
      },
    ]);
    const beta = await (await as(b.email('reader'))).gql<{ costsByUnit: unknown[] }>(COSTS);
    expect(beta.data!.costsByUnit).toEqual([
      {
        unitId: b.unit.id,
        unitName: 'IT og Digitalisering',
        yearlyOperation: 999,
        acquisition: 0,
        other: 0,
        contractCount: 1,
      },
    ]);
    expect(code(await server.client().gql(COSTS))).toBe('UNAUTHENTICATED');
  });

  it("gives a usage its share of its contracts' yearly operation and its data cost", async () => {
    const r = await (
      await as(a.email('reader'))
    ).gql<{ systemUsage: Record<string, unknown> }>(USAGE, {
      id: esdh.id,
    });
    expect(r.errors).toBeUndefined();
    // Sagskontrakt's 300,000 split over ESDH and Sag; CPR 12,000
    expect(r.data!.systemUsage).toMatchObject({ yearlyCost: 150_000, dataYearlyCost: 12_000 });
    expect(code(await (await as(b.email('reader'))).gql(USAGE, { id: esdh.id }))).toBe('NOT_FOUND');
  });

  it("gives a shared data source the chosen organisation's yearly cost only", async () => {
    const alpha = await (
      await as(a.email('reader'))
    ).gql<{ dataSource: { yearlyCost: number } }>(SOURCE, {
      id: cpr,
    });
    expect(alpha.errors).toBeUndefined();
    // 12,000 + 8,000.50
    expect(alpha.data!.dataSource.yearlyCost).toBe(20_000.5);
    const beta = await (
      await as(b.email('reader'))
    ).gql<{ dataSource: { yearlyCost: number } }>(SOURCE, {
      id: cpr,
    });
    expect(beta.data!.dataSource.yearlyCost).toBe(99_000);
    const list = await (
      await as(b.email('reader'))
    ).gql<{ dataSources: { items: { id: string; yearlyCost: number }[] } }>(SOURCES, { s: 'migtest' });
    expect(list.data!.dataSources.items).toEqual([{ id: cpr, yearlyCost: 99_000 }]);
    void bContract;
  });
});
