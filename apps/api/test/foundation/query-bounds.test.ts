import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

const LIST = `query($limit: Int!) {
  systemUsages(limit: $limit, sort: { field: NAME, direction: ASC }) {
    totalCount
    items { id name system { id name } owner { name } custodian { name } responsibleUnit { name } }
  }
}`;

describe('list queries issue a bounded number of SQL statements', () => {
  let server: TestServer;
  let org: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    org = await anOrganisation(server.db, 'epsilon', { owner: ['SYSTEM_OWNER'], custodian: ['READER'] });
  });
  afterAll(() => server.close());

  async function statementsFor(rows: number) {
    const existing = await server.db.prisma.systemUsage.count();
    for (let i = existing; i < rows; i++) {
      const usage = await aUsage(server.db, org.org.id, `System ${String(i).padStart(4, '0')}`, {
        responsibleUnitId: org.unit.id,
      });
      await server.db.prisma.systemUsage.update({
        where: { id: usage.id },
        data: { ownerUserId: org.userIds.owner, custodianUserId: org.userIds.custodian },
      });
    }
    const client = await server.client().signIn(org.email('owner'));
    const before = server.db.queryCount();
    const result = await client.gql<{ systemUsages: { items: unknown[] } }>(LIST, { limit: 500 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.systemUsages.items).toHaveLength(rows);
    return server.db.queryCount() - before;
  }

  it('uses as many statements for 120 rows as for 3', async () => {
    const few = await statementsFor(3);
    const many = await statementsFor(120);
    expect(many).toBe(few);
    // session lookup (session, its provider, user, memberships, their organisations: one query per
    // relation; ADR 0027) + page + count + one batched load each for systems, users and units
    expect(few).toBeLessThanOrEqual(10);
  });
});
