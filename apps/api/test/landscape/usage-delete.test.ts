import { startTestServer, type TestServer } from '../test-server';
import { aLandscape } from './landscape-fixture';

const DELETE = `mutation($id: ID!, $v: Int!) { deleteSystemUsage(id: $id, version: $v) }`;

type Fixture = Awaited<ReturnType<typeof aLandscape>>;
type Result = { data?: { deleteSystemUsage: boolean } | null; errors?: { extensions?: { code?: string } }[] };

describe('removing a system usage from the landscape', () => {
  let server: TestServer;
  let f: Fixture;

  beforeAll(async () => {
    server = await startTestServer();
    f = await aLandscape(server.db, 'uda', 'udb');
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);
  const p = () => server.db.prisma;
  const code = (r: Result) => r.errors?.[0].extensions?.code;

  it('refuses a reader, another organisation and a stale version, and keeps the usage', async () => {
    const { version } = await p().systemUsage.findUniqueOrThrow({ where: { id: f.sag.id } });
    const reader = (await (
      await as(f.a.email('reader'))
    ).gql(DELETE, { id: f.sag.id, v: version })) as Result;
    expect(code(reader)).toBe('FORBIDDEN');
    const other = (await (await as(f.b.email('owner'))).gql(DELETE, { id: f.sag.id, v: version })) as Result;
    expect(code(other)).toBe('NOT_FOUND');
    const stale = (await (
      await as(f.a.email('owner'))
    ).gql(DELETE, { id: f.sag.id, v: version - 1 })) as Result;
    expect(code(stale)).toBe('STALE_VERSION');
    expect(await p().systemUsage.count({ where: { id: f.sag.id } })).toBe(1);
  });

  it('deletes the usage with its edges, keeps the catalogue system, and audits the deletion', async () => {
    const before = await p().systemUsage.findUniqueOrThrow({ where: { id: f.sag.id } });
    const edges = await p().usageDataSource.count({ where: { usageId: f.sag.id } });
    expect(edges).toBeGreaterThan(0);
    const done = (await (
      await as(f.a.email('owner'))
    ).gql(DELETE, { id: f.sag.id, v: before.version })) as Result;
    expect(done.errors).toBeUndefined();
    expect(done.data!.deleteSystemUsage).toBe(true);
    expect(await p().systemUsage.count({ where: { id: f.sag.id } })).toBe(0);
    expect(await p().usageDataSource.count({ where: { usageId: f.sag.id } })).toBe(0);
    expect(await p().itSystem.count({ where: { id: before.systemId } })).toBe(1);
    const audit = await p().auditEntry.findFirstOrThrow({ where: { entityId: f.sag.id, action: 'DELETE' } });
    expect(audit).toMatchObject({ organisationId: f.a.org.id, entityType: 'SystemUsage' });
    expect((audit.before as { id: string }).id).toBe(f.sag.id);
  });
});
