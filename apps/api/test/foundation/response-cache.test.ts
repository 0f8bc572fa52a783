import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

const GRAPH = '{ landscapeGraph { nodes { id name } } }';
const RENAME = `mutation($input: SystemUsageUpdateInput!) { updateSystemUsage(input: $input) { version } }`;

describe('whole-response cache of the landscape graph', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let usageId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'kappa', { owner: ['SYSTEM_OWNER'] });
    b = await anOrganisation(server.db, 'lambda', { owner: ['SYSTEM_OWNER'] });
    usageId = (await aUsage(server.db, a.org.id, 'Kappa ESDH', { ownerUserId: a.userIds.owner })).id;
    await aUsage(server.db, b.org.id, 'Lambda Løn');
  });
  afterAll(() => server.close());

  const names = async (client: Awaited<ReturnType<TestServer['client']>>) => {
    const result = await client.gql<{ landscapeGraph: { nodes: { name: string }[] } }>(GRAPH);
    expect(result.errors).toBeUndefined();
    return result.data!.landscapeGraph.nodes.map((n) => n.name);
  };

  it('answers repeated queries from the cache with a bounded cost, and shows an edit on the next request', async () => {
    const client = await server.client().signIn(a.email('owner'));
    const start = server.db.queryCount();
    expect(await names(client)).toEqual(['Kappa ESDH']);
    const miss = server.db.queryCount() - start;
    expect(await names(client)).toEqual(['Kappa ESDH']);
    const hit = server.db.queryCount() - start - miss;
    // A hit costs the session lookup and the data-version query (with its implicit transaction).
    expect(hit).toBeLessThanOrEqual(4);
    expect(hit).toBeLessThan(miss);
    await client.gql(RENAME, { input: { id: usageId, version: 1, localName: 'Kappa Sag' } });
    expect(await names(client)).toEqual(['Kappa Sag']);
  });

  it('never serves a stale graph after direct SQL, even to a column added to a landscape table later', async () => {
    const client = await server.client().signIn(a.email('owner'));
    const cost = async () => {
      const start = server.db.queryCount();
      const seen = await names(client);
      return { seen, queries: server.db.queryCount() - start };
    };
    const warm = await cost();
    const hit = await cost();
    expect(hit.seen).toEqual(warm.seen);

    // A column no version builder knows of, set by SQL that touches neither version nor updatedAt:
    // the table's trigger still moves the organisation's data version, so the cache is rebuilt.
    await server.db.sql.exec(`ALTER TABLE "SystemUsage" ADD COLUMN "sensitivity" text`);
    try {
      await server.db.sql.query(`UPDATE "SystemUsage" SET "sensitivity" = 'høj' WHERE id = $1`, [usageId]);
      const rebuilt = await cost();
      expect(rebuilt.queries).toBeGreaterThan(hit.queries);
      expect((await cost()).queries).toBe(hit.queries);

      // A shown column edited the same way shows on the next request.
      await server.db.sql.query(`UPDATE "SystemUsage" SET "localName" = 'Kappa Arkiv' WHERE id = $1`, [
        usageId,
      ]);
      expect((await cost()).seen).toEqual(['Kappa Arkiv']);
    } finally {
      await server.db.sql.exec(`ALTER TABLE "SystemUsage" DROP COLUMN "sensitivity"`);
    }
  });

  it('never serves one organisation’s cached graph to another', async () => {
    await names(await server.client().signIn(a.email('owner')));
    expect(await names(await server.client().signIn(b.email('owner')))).toEqual(['Lambda Løn']);
  });
});
