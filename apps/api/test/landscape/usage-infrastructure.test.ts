import { startTestServer, type TestServer } from '../test-server';
import { aLandscape } from './landscape-fixture';

const UPDATE = `mutation($i: SystemUsageUpdateInput!) {
  updateSystemUsage(input: $i) { id version infrastructure { id name endsOn } } }`;
const DETAIL = `query($id: ID!) { systemUsage(id: $id) { version infrastructure { id } } }`;

type Fixture = Awaited<ReturnType<typeof aLandscape>>;
type Result = { errors?: { extensions?: { code?: string; fields?: { field: string }[] } }[] };

describe('the infrastructure a system usage runs on', () => {
  let server: TestServer;
  let f: Fixture;
  let foreignLocal: string;

  beforeAll(async () => {
    server = await startTestServer();
    f = await aLandscape(server.db, 'uia', 'uib');
    // Organisation B's own, local component: A may not link to it.
    foreignLocal = (
      await server.db.prisma.infrastructureComponent.create({
        data: { name: 'B-server', kind: 'HOSTING', visibility: 'LOCAL', ownerOrganisationId: f.b.org.id },
      })
    ).id;
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);
  const version = async (id: string) =>
    (await server.db.prisma.systemUsage.findUniqueOrThrow({ where: { id } })).version;

  it('links shared components, replaces the list, and audits the links', async () => {
    const owner = await as(f.a.email('owner'));
    const linked = await owner.gql<{
      updateSystemUsage: { infrastructure: { id: string; endsOn: string }[] };
    }>(UPDATE, {
      i: { id: f.sag.id, version: await version(f.sag.id), infrastructureIds: [f.ad.id, f.ad.id] },
    });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.updateSystemUsage.infrastructure).toEqual([
      { id: f.ad.id, name: `AD uia`, endsOn: '2027-06-30' },
    ]);
    const audit = await server.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityId: f.sag.id, action: 'UPDATE' },
      orderBy: { id: 'desc' },
    });
    expect((audit.before as { infrastructureIds: string[] }).infrastructureIds).toEqual([]);
    expect((audit.after as { infrastructureIds: string[] }).infrastructureIds).toEqual([f.ad.id]);

    // Leaving the field out keeps the links; an empty list removes them.
    const kept = await owner.gql<{ updateSystemUsage: { infrastructure: unknown[] } }>(UPDATE, {
      i: { id: f.sag.id, version: await version(f.sag.id), localName: 'Sag' },
    });
    expect(kept.data!.updateSystemUsage.infrastructure).toHaveLength(1);
    const cleared = await owner.gql<{ updateSystemUsage: { infrastructure: unknown[] } }>(UPDATE, {
      i: { id: f.sag.id, version: await version(f.sag.id), infrastructureIds: [] },
    });
    expect(cleared.data!.updateSystemUsage.infrastructure).toEqual([]);
  });

  it('refuses another organisation’s local component and changes nothing', async () => {
    const owner = await as(f.a.email('owner'));
    const before = await version(f.ydelse.id);
    const refused = (await owner.gql(UPDATE, {
      i: { id: f.ydelse.id, version: before, infrastructureIds: [f.ad.id, foreignLocal], userCount: 5 },
    })) as Result;
    expect(refused.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(refused.errors?.[0].extensions?.fields?.map((e) => e.field)).toEqual(['infrastructureIds']);
    const after = await owner.gql<{ systemUsage: { version: number; infrastructure: unknown[] } }>(DETAIL, {
      id: f.ydelse.id,
    });
    expect(after.data!.systemUsage).toEqual({ version: before, infrastructure: [] });
  });

  it('refuses a reader and a stale version', async () => {
    const reader = (await (
      await as(f.a.email('reader'))
    ).gql(UPDATE, {
      i: { id: f.gammel.id, version: await version(f.gammel.id), infrastructureIds: [f.ad.id] },
    })) as Result;
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stale = (await (
      await as(f.a.email('owner'))
    ).gql(UPDATE, {
      i: { id: f.gammel.id, version: (await version(f.gammel.id)) - 1, infrastructureIds: [f.ad.id] },
    })) as Result;
    expect(stale.errors?.[0].extensions?.code).toBe('STALE_VERSION');
    expect(await server.db.prisma.usageInfrastructure.count({ where: { usageId: f.gammel.id } })).toBe(0);
  });
});
