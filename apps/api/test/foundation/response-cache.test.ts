import { landscapeRepository } from '../../src/modules/landscape/landscape.repository';
import { landscapeService } from '../../src/modules/landscape/landscape.service';
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
    b = await anOrganisation(server.db, 'lambda', { owner: ['SYSTEM_OWNER'], reader: ['READER'] });
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
    // A hit costs the session lookup (session, its provider, user, memberships and their
    // organisations' password setting: Prisma reads each relation with its own query; ADR 0027) and
    // the data-version query, and no query of the landscape itself.
    expect(hit).toBeLessThanOrEqual(6);
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

  /** The database queries one request costs: a cached answer costs only the session and version reads. */
  const queries = async (client: Awaited<ReturnType<TestServer['client']>>, query: string) => {
    const start = server.db.queryCount();
    const result = await client.gql<{ landscapeGraph: unknown }>(query);
    expect(result.errors).toBeUndefined();
    return { data: result.data, queries: server.db.queryCount() - start };
  };

  it('keys on the parsed operation: whitespace, commas and comments share one entry, aliases do not', async () => {
    const client = await server.client().signIn(b.email('owner'));
    const warm = await queries(client, '{ landscapeGraph { nodes { id name kind } } }');
    const hit = await queries(client, '{ landscapeGraph { nodes { id name kind } } }');
    expect(hit.queries).toBeLessThan(warm.queries);
    for (const variant of [
      '{landscapeGraph{nodes{id name kind}}}',
      'query {\n  landscapeGraph {\n    nodes { id, name, kind }\n  }\n}',
      '# the landscape\n{ landscapeGraph { nodes { id # its id\n name kind } } }',
    ]) {
      const seen = await queries(client, variant);
      expect(seen).toEqual(hit);
    }
    // An alias changes the answer's shape: its own entry, built once.
    const aliased = await queries(client, '{ landscapeGraph { nodes { id title: name kind } } }');
    expect(aliased.queries).toBeGreaterThan(hit.queries);
    expect(aliased.data).toEqual({
      landscapeGraph: { nodes: [{ id: expect.any(String), title: 'Lambda Løn', kind: 'USAGE' }] },
    });
  });

  it('never shares an entry between viewers with different roles in the organisation', async () => {
    const query = '{ landscapeGraph { nodes { id name lifecycle } } }';
    const owner = await server.client().signIn(b.email('owner'));
    await queries(owner, query);
    const ownerHit = await queries(owner, query);
    const reader = await server.client().signIn(b.email('reader'));
    const readerFirst = await queries(reader, query);
    expect(readerFirst.queries).toBeGreaterThan(ownerHit.queries);
    expect((await queries(reader, query)).queries).toBe(ownerHit.queries);
  });

  it('runs 20 concurrent cold requests for the same data once', async () => {
    const client = await server.client().signIn(a.email('owner'));
    // A new data version, so the requests below find nothing cached.
    await server.db.sql.query(`UPDATE "SystemUsage" SET "localName" = 'Kappa Samtidig' WHERE id = $1`, [
      usageId,
    ]);
    const loads = jest.spyOn(landscapeRepository, 'load');
    const executions = jest.spyOn(landscapeService, 'graph');
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          client.post('{ landscapeGraph { organisationId nodes { id name } } }').then((r) => r.text()),
        ),
      );
      expect(new Set(answers).size).toBe(1);
      expect(JSON.parse(answers[0])).toEqual({
        data: {
          landscapeGraph: { organisationId: a.org.id, nodes: [{ id: usageId, name: 'Kappa Samtidig' }] },
        },
      });
      expect(loads).toHaveBeenCalledTimes(1);
      expect(executions).toHaveBeenCalledTimes(1);
    } finally {
      loads.mockRestore();
      executions.mockRestore();
    }
  });
});

describe('whole-response cache of the contract overview', () => {
  let server: TestServer;
  afterAll(() => server.close());

  it('answers the overview from the cache until an edit, and never caches a selection that reads users', async () => {
    server = await startTestServer();
    const org = await anOrganisation(server.db, 'my-kontrakt', { manager: ['CONTRACT_MANAGER'] });
    const client = await server.client().signIn(org.email('manager'));
    const created = await client.gql<{ createContract: { id: string } }>(
      `mutation($input: ContractCreateInput!) { createContract(input: $input) { id } }`,
      { input: { name: 'Drift af ESDH', startDate: '2026-01-01', endDate: '2028-12-31' } },
    );
    expect(created.errors).toBeUndefined();
    const contractId = created.data!.createContract.id;
    const OVERVIEW = `{ contracts(limit: 50) { totalCount items { id name dates { currentEnd } } } }`;
    const WITH_OWNER = `{ contracts(limit: 50) { items { id owner { name } } } }`;
    const cost = async (query: string) => {
      const start = server.db.queryCount();
      const result = await client.gql<{
        contracts: { items: { name?: string; owner?: { name: string } | null }[] };
      }>(query);
      expect(result.errors).toBeUndefined();
      return { items: result.data!.contracts.items, queries: server.db.queryCount() - start };
    };
    const miss = await cost(OVERVIEW);
    const hit = await cost(OVERVIEW);
    expect(hit).toEqual({ items: miss.items, queries: expect.any(Number) });
    expect(hit.queries).toBeLessThan(miss.queries);
    await server.db.sql.query(`UPDATE "Contract" SET name = 'Drift af sagssystem' WHERE id = $1`, [
      contractId,
    ]);
    expect((await cost(OVERVIEW)).items[0].name).toBe('Drift af sagssystem');

    // The owner is a user, outside the organisation's data version: read on every request.
    await server.db.sql.query(`UPDATE "Contract" SET "ownerUserId" = $1 WHERE id = $2`, [
      org.userIds.manager,
      contractId,
    ]);
    const first = await cost(WITH_OWNER);
    expect(first.items[0].owner).toEqual({ name: 'manager my-kontrakt' });
    expect((await cost(WITH_OWNER)).queries).toBe(first.queries);
    await server.db.sql.query(`UPDATE "User" SET name = 'Omdøbt Ejer' WHERE id = $1`, [org.userIds.manager]);
    expect((await cost(WITH_OWNER)).items[0].owner).toEqual({ name: 'Omdøbt Ejer' });
  });
});

describe('the response cache’s bound in bytes', () => {
  let server: TestServer;
  let executions: jest.SpyInstance;

  beforeEach(() => (executions = jest.spyOn(landscapeService, 'graph')));
  afterEach(async () => {
    executions.mockRestore();
    await server.close();
  });

  async function signedIn(responseCacheBytes: number) {
    server = await startTestServer({ responseCacheBytes });
    const org = await anOrganisation(server.db, 'my', { owner: ['SYSTEM_OWNER'] });
    // About 6 kB of answer per query below.
    for (let i = 0; i < 60; i++) await aUsage(server.db, org.org.id, `System nummer ${i} med et langt navn`);
    return server.client().signIn(org.email('owner'));
  }
  /** Whether the query was executed (true) or answered from the cache (false). */
  const executed = async (client: Awaited<ReturnType<TestServer['client']>>, query: string) => {
    const before = executions.mock.calls.length;
    const result = await client.gql(query);
    expect(result.errors).toBeUndefined();
    return executions.mock.calls.length > before;
  };
  const FIRST = '{ landscapeGraph { nodes { id name } } }';
  const SECOND = '{ landscapeGraph { nodes { id label: name } } }';

  it('keeps both answers when they fit', async () => {
    const client = await signedIn(1024 * 1024);
    expect(await executed(client, FIRST)).toBe(true);
    expect(await executed(client, FIRST)).toBe(false);
    expect(await executed(client, SECOND)).toBe(true);
    expect(await executed(client, FIRST)).toBe(false);
    expect(await executed(client, SECOND)).toBe(false);
  });

  it('evicts the least recently used answer when the next one would pass the bound', async () => {
    // Room for one answer (two bytes a character), not two.
    const client = await signedIn(20 * 1024);
    expect(await executed(client, FIRST)).toBe(true);
    expect(await executed(client, FIRST)).toBe(false);
    expect(await executed(client, SECOND)).toBe(true);
    expect(await executed(client, SECOND)).toBe(false);
    expect(await executed(client, FIRST)).toBe(true);
  });

  it('keeps nothing larger than the bound itself', async () => {
    const client = await signedIn(1024);
    expect(await executed(client, FIRST)).toBe(true);
    expect(await executed(client, FIRST)).toBe(true);
  });
});
