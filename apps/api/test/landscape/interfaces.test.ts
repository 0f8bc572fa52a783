import { aUsage, startTestServer, type TestServer } from '../test-server';
import { aLandscape } from './landscape-fixture';

const LIST = `query($f: InterfaceFilter) { interfaces(filter: $f, limit: 100) { totalCount
  items { id name protocol providerSystemName usedBy { id fromUsageName toUsageName } } } }`;
const DETAIL = `query($id: ID!) { interface(id: $id) { id name description providerSystemId providerSystemName
  providerUsageId protocol dataDescription visibility ownerOrganisationId version
  usedBy { id fromUsageId fromUsageName toUsageId toUsageName data } } }`;
const CREATE = `mutation($i: InterfaceCreateInput!) { createInterface(input: $i) { id name protocol
  providerSystemId providerSystemName providerUsageId visibility ownerOrganisationId version usedBy { id } } }`;
const UPDATE = `mutation($i: InterfaceUpdateInput!) { updateInterface(input: $i) { id name protocol dataDescription version } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteInterface(id: $id, version: $v) }`;
const CREATE_INTEGRATION = `mutation($i: IntegrationCreateInput!) { createIntegration(input: $i) { id interfaceName } }`;

type Fixture = Awaited<ReturnType<typeof aLandscape>>;
type Result = { errors?: { message: string; extensions?: { code?: string } }[] };

describe('the interface catalogue', () => {
  let server: TestServer;
  let f: Fixture;

  beforeAll(async () => {
    server = await startTestServer();
    f = await aLandscape(server.db, 'ifa', 'ifb');
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);
  const audits = (entityId: string) =>
    server.db.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { at: 'asc' } });
  const code = (r: Result) => r.errors?.[0].extensions?.code;

  it('shows an interface with its provider and only the chosen organisation’s integrations over it', async () => {
    // B also integrates over the shared Sag-API; A must not see B's integration, nor B A's.
    const b1 = await server.db.prisma.systemUsage.findFirstOrThrow({ where: { id: f.bsys.id } });
    const b2 = await aUsage(server.db, f.b.org.id, 'BSys to');
    const bIntegration = await server.db.prisma.integration.create({
      data: { organisationId: f.b.org.id, fromUsageId: b1.id, toUsageId: b2.id, interfaceId: f.sagApi.id },
    });
    await server.db.prisma.interface.update({
      where: { id: f.sagApi.id },
      data: {
        providerSystemId: (await server.db.prisma.systemUsage.findUniqueOrThrow({ where: { id: f.sag.id } }))
          .systemId,
      },
    });

    const a = await (
      await as(f.a.email('reader'))
    ).gql<{ interface: Record<string, unknown> }>(DETAIL, {
      id: f.sagApi.id,
    });
    expect(a.errors).toBeUndefined();
    expect(a.data!.interface).toMatchObject({
      name: 'Sag-API',
      providerSystemName: 'Sag ifa',
      providerUsageId: f.sag.id,
      visibility: 'SHARED',
      ownerOrganisationId: null,
      usedBy: [
        {
          id: f.integration.id,
          fromUsageId: f.sag.id,
          fromUsageName: 'Sag ifa',
          toUsageId: f.portal.id,
          toUsageName: 'Portal ifa',
          data: 'Sagsstatus',
        },
      ],
    });
    const b = await (
      await as(f.b.email('reader'))
    ).gql<{ interface: Record<string, unknown> }>(DETAIL, {
      id: f.sagApi.id,
    });
    // B has no usage of the provider system, and sees only its own integration.
    expect(b.data!.interface).toMatchObject({
      providerUsageId: null,
      usedBy: [{ id: bIntegration.id, fromUsageName: 'BSys ifb', toUsageName: 'BSys to' }],
    });

    const list = await (
      await as(f.a.email('reader'))
    ).gql<{
      interfaces: { totalCount: number; items: { name: string; usedBy: unknown[] }[] };
    }>(LIST, { f: { search: 'sag-api' } });
    expect(list.data!.interfaces.items).toEqual([
      expect.objectContaining({
        name: 'Sag-API',
        providerSystemName: 'Sag ifa',
        usedBy: [expect.anything()],
      }),
    ]);
  });

  it('creates, edits and deletes a local interface as a system owner, with version and audit', async () => {
    const owner = await as(f.a.email('owner'));
    const provider = await server.db.prisma.systemUsage.findUniqueOrThrow({ where: { id: f.ydelse.id } });
    const created = await owner.gql<{ createInterface: Record<string, unknown> & { id: string } }>(CREATE, {
      i: {
        name: '  Ydelsesudtræk ifa ',
        protocol: 'SFTP',
        providerSystemId: provider.systemId,
        dataDescription: 'Ydelser',
        visibility: 'LOCAL',
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createInterface.id;
    expect(created.data!.createInterface).toEqual({
      id,
      name: 'Ydelsesudtræk ifa',
      protocol: 'SFTP',
      providerSystemId: provider.systemId,
      providerSystemName: 'Ydelse ifa',
      providerUsageId: f.ydelse.id,
      visibility: 'LOCAL',
      ownerOrganisationId: f.a.org.id,
      version: 1,
      usedBy: [],
    });

    // Another organisation's guess at a LOCAL entry reads nothing and changes nothing.
    const other = await as(f.b.email('owner'));
    expect(code(await other.gql(DETAIL, { id }))).toBe('NOT_FOUND');
    expect(code(await other.gql(UPDATE, { i: { id, version: 1, name: 'Kapret' } }))).toBe('NOT_FOUND');
    expect(code(await other.gql(DELETE, { id, v: 1 }))).toBe('NOT_FOUND');
    const otherList = await other.gql<{ interfaces: { items: { id: string }[] } }>(LIST, {
      f: { search: 'Ydelsesudtræk ifa' },
    });
    expect(otherList.data!.interfaces.items).toEqual([]);
    // A reader in A may see it but not change it.
    const reader = await as(f.a.email('reader'));
    expect(code(await reader.gql(UPDATE, { i: { id, version: 1, name: 'X' } }))).toBe('FORBIDDEN');
    expect(code(await reader.gql(CREATE, { i: { name: 'X' } }))).toBe('FORBIDDEN');

    const updated = await owner.gql<{ updateInterface: Record<string, unknown> }>(UPDATE, {
      i: { id, version: 1, protocol: '', dataDescription: 'Ydelser og udbetalinger' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateInterface).toEqual({
      id,
      name: 'Ydelsesudtræk ifa',
      protocol: null,
      dataDescription: 'Ydelser og udbetalinger',
      version: 2,
    });
    const stale = await owner.gql(UPDATE, { i: { id, version: 1, name: 'Forældet' } });
    expect(code(stale)).toBe('STALE_VERSION');
    expect(await server.db.prisma.interface.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: 'Ydelsesudtræk ifa',
      version: 2,
    });

    // In use by an integration: the delete is refused with a clear message and nothing changes.
    const integration = await owner.gql<{ createIntegration: { id: string; interfaceName: string } }>(
      CREATE_INTEGRATION,
      { i: { fromUsageId: f.ydelse.id, toUsageId: f.sag.id, interfaceId: id } },
    );
    expect(integration.data!.createIntegration.interfaceName).toBe('Ydelsesudtræk ifa');
    const refused = await owner.gql(DELETE, { id, v: 2 });
    expect(code(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toBe(
      'Snitfladen bruges af en eller flere integrationer og kan ikke slettes. Vælg en anden snitflade på integrationerne først.',
    );
    expect(await server.db.prisma.interface.count({ where: { id } })).toBe(1);
    await server.db.prisma.integration.delete({ where: { id: integration.data!.createIntegration.id } });

    expect(code(await owner.gql(DELETE, { id, v: 1 }))).toBe('STALE_VERSION');
    const deleted = await owner.gql<{ deleteInterface: boolean }>(DELETE, { id, v: 2 });
    expect(deleted.data!.deleteInterface).toBe(true);
    expect(await server.db.prisma.interface.count({ where: { id } })).toBe(0);
    expect((await audits(id)).map((e) => [e.action, e.organisationId])).toEqual([
      ['CREATE', f.a.org.id],
      ['UPDATE', f.a.org.id],
      ['DELETE', f.a.org.id],
    ]);
  });

  it('validates fields with localised messages and refuses a provider the viewer cannot see', async () => {
    const owner = await as(f.a.email('owner'));
    const blank = await owner.gql<unknown>(CREATE, { i: { name: ' ', protocol: 'x'.repeat(101) } });
    expect(code(blank)).toBe('VALIDATION_FAILED');
    const fields = (blank.errors![0].extensions as { fields: { field: string; message: string }[] }).fields;
    expect(fields).toEqual([
      { field: 'name', message: 'Skal udfyldes.' },
      { field: 'protocol', message: 'Må højst være 100 tegn.' },
    ]);
    // B's local catalogue system is not A's to reference.
    const hidden = await server.db.prisma.itSystem.create({
      data: { name: 'Skjult ifb', visibility: 'LOCAL', ownerOrganisationId: f.b.org.id },
    });
    const ref = await owner.gql<unknown>(CREATE, { i: { name: 'Y', providerSystemId: hidden.id } });
    expect((ref.errors![0].extensions as { fields: unknown }).fields).toEqual([
      { field: 'providerSystemId', message: 'Katalogsystemet findes ikke i din organisation.' },
    ]);
    expect(await server.db.prisma.interface.count({ where: { name: 'Y' } })).toBe(0);
  });

  it('refuses to edit or delete a national catalogue entry nobody owns', async () => {
    const admin = await as(f.a.email('admin'));
    expect(code(await admin.gql(UPDATE, { i: { id: f.sagApi.id, version: 1, name: 'X' } }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await admin.gql(DELETE, { id: f.sagApi.id, v: 1 }))).toBe('FORBIDDEN');
    expect(code(await admin.gql(DETAIL, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
  });
});
