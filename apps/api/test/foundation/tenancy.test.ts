import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

const USAGE = 'query($id: ID!) { systemUsage(id: $id) { id name } }';
const LIST = '{ systemUsages(limit: 100) { totalCount items { id name } } }';
const UPDATE = `mutation($input: SystemUsageUpdateInput!) { updateSystemUsage(input: $input) { id localName version } }`;

describe('organisation privacy', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let bUsageId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'alpha', { owner: ['SYSTEM_OWNER', 'ADMINISTRATOR'] });
    b = await anOrganisation(server.db, 'beta', { owner: ['SYSTEM_OWNER'] });
    await aUsage(server.db, a.org.id, 'Alfa ESDH');
    bUsageId = (await aUsage(server.db, b.org.id, 'Beta Økonomi')).id;
  });
  afterAll(() => server.close());

  it('lists only the viewer organisation’s usages', async () => {
    const client = await server.client().signIn(a.email('owner'));
    const result = await client.gql<{ systemUsages: { totalCount: number; items: { name: string }[] } }>(
      LIST,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.systemUsages.items.map((i) => i.name)).toEqual(['Alfa ESDH']);
    expect(result.data!.systemUsages.totalCount).toBe(1);
  });

  it('answers NOT_FOUND for another organisation’s usage read by a guessed id', async () => {
    const client = await server.client().signIn(a.email('owner'));
    const result = await client.gql(USAGE, { id: bUsageId });
    expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
  });

  it('refuses to change another organisation’s usage and leaves it untouched', async () => {
    const client = await server.client().signIn(a.email('owner'));
    const result = await client.gql(UPDATE, { input: { id: bUsageId, version: 1, localName: 'Kapret' } });
    expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    const row = await server.db.prisma.systemUsage.findUniqueOrThrow({ where: { id: bUsageId } });
    expect(row.localName).toBeNull();
    expect(row.version).toBe(1);
  });

  it('refuses an organisation header the viewer is not a member of', async () => {
    const client = await server.client().signIn(a.email('owner'));
    client.organisationId = b.org.id;
    const list = await client.gql(LIST);
    expect(list.errors![0].extensions!.code).toBe('FORBIDDEN');
    const unit = await client.gql('mutation { createUnit(input: { name: "Indtrængen" }) { id } }');
    expect(unit.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await server.db.prisma.unit.count({ where: { organisationId: b.org.id } })).toBe(1);
  });

  it('answers UNAUTHENTICATED without a session', async () => {
    const result = await server.client().gql(LIST);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
