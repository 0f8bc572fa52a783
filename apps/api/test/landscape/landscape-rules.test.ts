import { startTestServer, type GraphQLResult, type TestServer } from '../test-server';
import { aLandscape } from './landscape-fixture';

const CREATE_SOURCE = `mutation($i: DataSourceCreateInput!) { createDataSource(input: $i) { id version } }`;
const UPDATE_SOURCE = `mutation($i: DataSourceUpdateInput!) { updateDataSource(input: $i) { id version } }`;
const CREATE_INTERFACE = `mutation($i: InterfaceCreateInput!) { createInterface(input: $i) { id version } }`;
const UPDATE_INTERFACE = `mutation($i: InterfaceUpdateInput!) { updateInterface(input: $i) { id version } }`;
const CREATE_EDGE = `mutation($i: UsageDataSourceCreateInput!) { createUsageDataSource(input: $i) { id } }`;
const UPDATE_EDGE = `mutation($i: UsageDataSourceUpdateInput!) {
  updateUsageDataSource(input: $i) { id plannedTargetSourceId plannedSwitchDate version } }`;
const CREATE_INTEGRATION = `mutation($i: IntegrationCreateInput!) { createIntegration(input: $i) { id } }`;
const UPDATE_INTEGRATION = `mutation($i: IntegrationUpdateInput!) { updateIntegration(input: $i) { id version } }`;

type Fixture = Awaited<ReturnType<typeof aLandscape>>;

/** The localised field errors of a refused change, which must be VALIDATION_FAILED. */
function fieldErrors(result: GraphQLResult) {
  expect(result.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  expect(result.data ?? null).toBeNull();
  return result.errors![0].extensions!.fields;
}

describe('the shared landscape rules, enforced by the API', () => {
  let server: TestServer;
  let f: Fixture;

  beforeAll(async () => {
    server = await startTestServer();
    f = await aLandscape(server.db, 'lra', 'lrb');
  }, 60_000);
  afterAll(() => server.close());

  const owner = () => server.client().signIn(f.a.email('owner'));
  const prisma = () => server.db.prisma;

  it('refuses a data source without name or kind, and one that copies itself, changing nothing', async () => {
    const client = await owner();
    const before = await prisma().dataSource.count();
    expect(fieldErrors(await client.gql(CREATE_SOURCE, { i: { name: ' ' } }))).toEqual([
      { field: 'name', message: 'Skal udfyldes.' },
      { field: 'kind', message: 'Skal udfyldes.' },
    ]);
    expect(await prisma().dataSource.count()).toBe(before);

    const created = await client.gql<{ createDataSource: { id: string } }>(CREATE_SOURCE, {
      i: { name: 'Lokal kopi lra', kind: 'COPY_REGISTER', copyOfId: f.cpr.id },
    });
    const id = created.data!.createDataSource.id;
    client.locale = 'en';
    expect(fieldErrors(await client.gql(UPDATE_SOURCE, { i: { id, version: 1, copyOfId: id } }))).toEqual([
      { field: 'copyOfId', message: 'A data source cannot be a copy of itself.' },
    ]);
    expect(await prisma().dataSource.findUniqueOrThrow({ where: { id } })).toMatchObject({
      copyOfId: f.cpr.id,
      version: 1,
    });
  });

  it('refuses register families without a data type on an interface as it will be stored', async () => {
    const client = await owner();
    expect(
      fieldErrors(
        await client.gql(CREATE_INTERFACE, {
          i: { name: 'Fil-API lra', protocol: 'x'.repeat(101), registerFamilies: ['CPR'] },
        }),
      ),
    ).toEqual([
      { field: 'protocol', message: 'Må højst være 100 tegn.' },
      { field: 'registerFamilies', message: 'Vælg mindst én datatype, når du angiver en registerfamilie.' },
    ]);
    expect(await prisma().interface.count({ where: { name: 'Fil-API lra' } })).toBe(0);

    const created = await client.gql<{ createInterface: { id: string } }>(CREATE_INTERFACE, {
      i: { name: 'Fil-API lra' },
    });
    const id = created.data!.createInterface.id;
    // The update sends families only; the stored interface declares no data type.
    expect(
      fieldErrors(await client.gql(UPDATE_INTERFACE, { i: { id, version: 1, registerFamilies: ['CVR'] } })),
    ).toEqual([
      { field: 'registerFamilies', message: 'Vælg mindst én datatype, når du angiver en registerfamilie.' },
    ]);
    expect(await prisma().interface.findUniqueOrThrow({ where: { id } })).toMatchObject({
      registerFamilies: [],
      version: 1,
    });
  });

  it('refuses a switch to the source already used, and a payload broken by a partial update', async () => {
    const client = await owner();
    const id = f.sagCopy.id;
    const stored = () =>
      prisma().usageDataSource.findUniqueOrThrow({
        where: { id },
        select: { plannedTargetSourceId: true, dataTypes: true, registerFamilies: true, version: true },
      });
    expect(
      fieldErrors(await client.gql(UPDATE_EDGE, { i: { id, version: 1, plannedTargetSourceId: f.copy.id } })),
    ).toEqual([
      { field: 'plannedTargetSourceId', message: 'Vælg en anden datakilde end den, der bruges nu.' },
    ]);
    // The edge declares PERSON from CPR; dropping the data type alone would leave the family without one.
    expect(fieldErrors(await client.gql(UPDATE_EDGE, { i: { id, version: 1, dataTypes: [] } }))).toEqual([
      { field: 'registerFamilies', message: 'Vælg mindst én datatype, når du angiver en registerfamilie.' },
    ]);
    expect(await stored()).toEqual({
      plannedTargetSourceId: null,
      dataTypes: ['PERSON'],
      registerFamilies: ['CPR'],
      version: 1,
    });

    // A switch date alone is a plan to switch the copy to the source it copies.
    const planned = await client.gql(UPDATE_EDGE, { i: { id, version: 1, plannedSwitchDate: '2027-01-01' } });
    expect(planned.errors).toBeUndefined();

    const edges = await prisma().usageDataSource.count();
    expect(
      fieldErrors(
        await client.gql(CREATE_EDGE, {
          i: { usageId: f.portal.id, dataSourceId: f.cpr.id, yearlyCost: -1 },
        }),
      ),
    ).toEqual([{ field: 'yearlyCost', message: 'Skal være mindst 0.' }]);
    expect(await prisma().usageDataSource.count()).toBe(edges);
  });

  it('refuses an integration to the same system and migration beyond 60 months', async () => {
    const client = await owner();
    const count = await prisma().integration.count();
    expect(
      fieldErrors(
        await client.gql(CREATE_INTEGRATION, { i: { fromUsageId: f.sag.id, toUsageId: f.sag.id } }),
      ),
    ).toEqual([{ field: 'toUsageId', message: 'En integration skal gå til et andet system.' }]);
    expect(await prisma().integration.count()).toBe(count);

    const id = f.integration.id;
    expect(
      fieldErrors(await client.gql(UPDATE_INTEGRATION, { i: { id, version: 1, migrationMonths: 61 } })),
    ).toEqual([{ field: 'migrationMonths', message: 'Må højst være 60.' }]);
    expect(await prisma().integration.findUniqueOrThrow({ where: { id } })).toMatchObject({
      migrationMonths: null,
      version: 1,
    });
  });
});
