import { startTestServer, type TestServer } from '../test-server';
import { aLandscape } from './landscape-fixture';

const DATA_SOURCES = `query($f: DataSourceFilter) { dataSources(filter: $f, limit: 100) { totalCount
  items { id name kind uses { usageId usageName channel yearlyCost authoritative } } } }`;
const DATA_SOURCE = `query($id: ID!) { dataSource(id: $id) { id name uses { usageId } } }`;
const CREATE_SOURCE = `mutation($i: DataSourceCreateInput!) { createDataSource(input: $i) { id name kind copyOfId version } }`;
const UPDATE_SOURCE = `mutation($i: DataSourceUpdateInput!) { updateDataSource(input: $i) { id name version } }`;
const CREATE_EDGE = `mutation($i: UsageDataSourceCreateInput!) {
  createUsageDataSource(input: $i) { id usageId dataSourceId dataSourceName channel yearlyCost version } }`;
const UPDATE_EDGE = `mutation($i: UsageDataSourceUpdateInput!) { updateUsageDataSource(input: $i) { id yearlyCost version } }`;
const DELETE_EDGE = `mutation($id: ID!, $v: Int!) { deleteUsageDataSource(id: $id, version: $v) }`;
const CREATE_INTEGRATION = `mutation($i: IntegrationCreateInput!) {
  createIntegration(input: $i) { id fromUsageName toUsageName interfaceName direction version } }`;
const UPDATE_INTEGRATION = `mutation($i: IntegrationUpdateInput!) { updateIntegration(input: $i) { id data direction version } }`;
const DELETE_INTEGRATION = `mutation($id: ID!, $v: Int!) { deleteIntegration(id: $id, version: $v) }`;
const DETAIL = `query($id: ID!) { systemUsage(id: $id) { id name yearlyCost dataYearlyCost
  dataSources { dataSourceName channel yearlyCost authoritative }
  integrationsOut { toUsageName interfaceName } integrationsIn { fromUsageName }
  coveringContracts { name validity effectiveEnd noticeDate } projects { name }
  lifecycleConflicts { dependencyName reason } } }`;

type Fixture = Awaited<ReturnType<typeof aLandscape>>;

describe('data sources, data-source edges, integrations and usage detail', () => {
  let server: TestServer;
  let f: Fixture;

  beforeAll(async () => {
    server = await startTestServer();
    f = await aLandscape(server.db, 'lma', 'lmb');
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);
  const audits = (entityId: string) => server.db.prisma.auditEntry.count({ where: { entityId } });
  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0].extensions?.code;

  it('lists the catalogue with only the chosen organisation’s uses of each source', async () => {
    const a = await (
      await as(f.a.email('reader'))
    ).gql<{ dataSources: { items: { id: string; uses: unknown[] }[] } }>(DATA_SOURCES, {
      f: { search: 'lma' },
    });
    expect(a.errors).toBeUndefined();
    const copy = a.data!.dataSources.items.find((s) => s.id === f.copy.id)!;
    expect(copy.uses).toEqual([
      {
        usageId: f.sag.id,
        usageName: 'Sag lma',
        channel: 'FILE_TRANSFER',
        yearlyCost: 120_000,
        authoritative: false,
      },
    ]);
    const b = await (
      await as(f.b.email('reader'))
    ).gql<{ dataSource: { uses: { usageId: string }[] } }>(DATA_SOURCE, {
      id: f.cpr.id,
    });
    // B sees the shared CPR register, but only its own usage of it.
    expect(b.data!.dataSource.uses).toEqual([{ usageId: f.bsys.id }]);
  });

  it('creates a local data source as a system owner, refuses a reader, and hides it from others', async () => {
    const owner = await as(f.a.email('owner'));
    const created = await owner.gql<{ createDataSource: { id: string; version: number } }>(CREATE_SOURCE, {
      i: { name: 'Lokal kopi', kind: 'COPY_REGISTER', copyOfId: f.cpr.id, visibility: 'LOCAL' },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createDataSource.id;
    expect(await audits(id)).toBe(1);
    const reader = await (
      await as(f.a.email('reader'))
    ).gql(CREATE_SOURCE, { i: { name: 'X', kind: 'INTERNAL' } });
    expect(code(reader)).toBe('FORBIDDEN');
    const other = await (await as(f.b.email('owner'))).gql(DATA_SOURCE, { id });
    expect(code(other)).toBe('NOT_FOUND');
    const otherEdit = await (
      await as(f.b.email('owner'))
    ).gql(UPDATE_SOURCE, { i: { id, version: 1, name: 'Hijack' } });
    expect(code(otherEdit)).toBe('NOT_FOUND');

    const updated = await owner.gql<{ updateDataSource: { name: string; version: number } }>(UPDATE_SOURCE, {
      i: { id, version: 1, name: 'Lokal CPR-kopi' },
    });
    expect(updated.data!.updateDataSource).toMatchObject({ name: 'Lokal CPR-kopi', version: 2 });
    const stale = await owner.gql(UPDATE_SOURCE, { i: { id, version: 1, name: 'Forældet' } });
    expect(code(stale)).toBe('STALE_VERSION');
    const row = await server.db.prisma.dataSource.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: 'Lokal CPR-kopi', version: 2 });
    expect(await audits(id)).toBe(2);
  });

  it('validates data-source fields with localised field errors', async () => {
    const owner = await as(f.a.email('owner'));
    const result = await owner.gql(CREATE_SOURCE, {
      i: { name: ' ', kind: 'INTERNAL', copyOfId: f.a.org.id },
    });
    expect(code(result)).toBe('VALIDATION_FAILED');
    const fields = result.errors![0].extensions!.fields!.map((e) => e.field).sort();
    expect(fields).toEqual(['name']);
    const ref = await owner.gql(CREATE_SOURCE, { i: { name: 'Y', kind: 'INTERNAL', copyOfId: f.a.org.id } });
    expect(ref.errors![0].extensions!.fields).toEqual([
      { field: 'copyOfId', message: 'Datakilden findes ikke i din organisation.' },
    ]);
  });

  it('refuses to edit a national catalogue entry nobody owns', async () => {
    const result = await (
      await as(f.a.email('admin'))
    ).gql(UPDATE_SOURCE, { i: { id: f.cpr.id, version: 1, name: 'X' } });
    expect(code(result)).toBe('FORBIDDEN');
  });

  it('creates, updates (version) and deletes a usage → data source edge with audit', async () => {
    const owner = await as(f.a.email('owner'));
    const created = await owner.gql<{ createUsageDataSource: { id: string; dataSourceName: string } }>(
      CREATE_EDGE,
      {
        i: { usageId: f.portal.id, dataSourceId: f.cpr.id, channel: 'DATAFORDELEREN', yearlyCost: 1500 },
      },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createUsageDataSource.id;
    expect(created.data!.createUsageDataSource.dataSourceName).toBe('CPR lma');
    const duplicate = await owner.gql(CREATE_EDGE, { i: { usageId: f.portal.id, dataSourceId: f.cpr.id } });
    expect(code(duplicate)).toBe('CONFLICT');

    const updated = await owner.gql<{ updateUsageDataSource: { yearlyCost: number; version: number } }>(
      UPDATE_EDGE,
      {
        i: { id, version: 1, yearlyCost: 2500 },
      },
    );
    expect(updated.data!.updateUsageDataSource).toEqual({ id, yearlyCost: 2500, version: 2 });
    expect(code(await owner.gql(UPDATE_EDGE, { i: { id, version: 1, yearlyCost: 9 } }))).toBe(
      'STALE_VERSION',
    );
    expect(code(await owner.gql(UPDATE_EDGE, { i: { id, version: 2, yearlyCost: -1 } }))).toBe(
      'VALIDATION_FAILED',
    );

    // B cannot see, change or delete A's edge; a reader in A cannot either.
    const b = await as(f.b.email('owner'));
    expect(code(await b.gql(UPDATE_EDGE, { i: { id, version: 2, yearlyCost: 1 } }))).toBe('NOT_FOUND');
    expect(code(await b.gql(DELETE_EDGE, { id, v: 2 }))).toBe('NOT_FOUND');
    expect(code(await (await as(f.a.email('reader'))).gql(DELETE_EDGE, { id, v: 2 }))).toBe('FORBIDDEN');
    expect(code(await b.gql(CREATE_EDGE, { i: { usageId: f.portal.id, dataSourceId: f.cpr.id } }))).toBe(
      'VALIDATION_FAILED',
    );

    const deleted = await owner.gql<{ deleteUsageDataSource: boolean }>(DELETE_EDGE, { id, v: 2 });
    expect(deleted.data!.deleteUsageDataSource).toBe(true);
    expect(await server.db.prisma.usageDataSource.count({ where: { id } })).toBe(0);
    expect(await audits(id)).toBe(3);
  });

  it('creates, updates and deletes an integration between two of the organisation’s usages', async () => {
    const owner = await as(f.a.email('owner'));
    const created = await owner.gql<{ createIntegration: { id: string } }>(CREATE_INTEGRATION, {
      i: { fromUsageId: f.ydelse.id, toUsageId: f.sag.id, interfaceId: f.sagApi.id, data: 'Ydelser' },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createIntegration.id;
    expect(created.data!.createIntegration).toMatchObject({
      fromUsageName: 'Ydelse lma',
      toUsageName: 'Sag lma',
      interfaceName: 'Sag-API',
      direction: 'ONE_WAY',
      version: 1,
    });
    // Across organisations, and to itself, is refused.
    const cross = await owner.gql(CREATE_INTEGRATION, { i: { fromUsageId: f.sag.id, toUsageId: f.bsys.id } });
    expect(cross.errors![0].extensions!.fields![0].field).toBe('toUsageId');
    const self = await owner.gql(CREATE_INTEGRATION, { i: { fromUsageId: f.sag.id, toUsageId: f.sag.id } });
    expect(code(self)).toBe('VALIDATION_FAILED');

    const updated = await owner.gql<{ updateIntegration: { direction: string; version: number } }>(
      UPDATE_INTEGRATION,
      {
        i: { id, version: 1, direction: 'BIDIRECTIONAL' },
      },
    );
    expect(updated.data!.updateIntegration).toMatchObject({ direction: 'BIDIRECTIONAL', version: 2 });
    expect(code(await owner.gql(UPDATE_INTEGRATION, { i: { id, version: 1, data: 'x' } }))).toBe(
      'STALE_VERSION',
    );
    expect(code(await (await as(f.b.email('owner'))).gql(DELETE_INTEGRATION, { id, v: 2 }))).toBe(
      'NOT_FOUND',
    );
    expect(
      code(await (await as(f.a.email('reader'))).gql(UPDATE_INTEGRATION, { i: { id, version: 2 } })),
    ).toBe('FORBIDDEN');
    expect(
      (await owner.gql<{ deleteIntegration: boolean }>(DELETE_INTEGRATION, { id, v: 2 })).data!
        .deleteIntegration,
    ).toBe(true);
    expect(await audits(id)).toBe(3);
  });

  it('shows a usage’s data sources, integrations, contracts, projects, costs and conflicts', async () => {
    const sag = await (
      await as(f.a.email('reader'))
    ).gql<{ systemUsage: Record<string, unknown> }>(DETAIL, { id: f.sag.id });
    expect(sag.errors).toBeUndefined();
    expect(sag.data!.systemUsage).toEqual({
      id: f.sag.id,
      name: 'Sag lma',
      yearlyCost: 200_000,
      dataYearlyCost: 120_000,
      dataSources: [
        {
          dataSourceName: 'CPR-kopi lma',
          channel: 'FILE_TRANSFER',
          yearlyCost: 120_000,
          authoritative: false,
        },
      ],
      integrationsOut: [{ toUsageName: 'Portal lma', interfaceName: 'Sag-API' }],
      integrationsIn: [],
      coveringContracts: [
        { name: 'Sagskontrakt', validity: 'ACTIVE', effectiveEnd: '2030-12-31', noticeDate: '2030-06-30' },
      ],
      projects: [],
      lifecycleConflicts: [],
    });
    const portal = await (
      await as(f.a.email('reader'))
    ).gql<{ systemUsage: { projects: unknown[]; lifecycleConflicts: unknown[] } }>(DETAIL, {
      id: f.portal.id,
    });
    expect(portal.data!.systemUsage.projects).toEqual([{ name: 'Ny portal' }]);
    expect(portal.data!.systemUsage.lifecycleConflicts).toHaveLength(2);
    expect(code(await (await as(f.b.email('reader'))).gql(DETAIL, { id: f.sag.id }))).toBe('NOT_FOUND');
  });

  it('lists the supplier, interface and infrastructure catalogues', async () => {
    const client = await as(f.a.email('reader'));
    const result = await client.gql<{
      interfaces: { items: { name: string }[] };
      infrastructureComponents: { items: { name: string; kind: string }[] };
    }>(
      `{ interfaces(search: "Sag-API") { items { name } } infrastructureComponents(search: "AD lma") { items { name kind endsOn } }
         suppliers { totalCount } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.interfaces.items.map((i) => i.name)).toContain('Sag-API');
    expect(result.data!.infrastructureComponents.items).toEqual([
      { name: 'AD lma', kind: 'IDENTITY', endsOn: '2027-06-30' },
    ]);
  });
});
