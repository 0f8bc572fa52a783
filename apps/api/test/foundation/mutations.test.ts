import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

const UPDATE = `mutation($input: SystemUsageUpdateInput!) {
  updateSystemUsage(input: $input) { id localName userCount version }
}`;
const CREATE_UNIT = 'mutation($name: String!) { createUnit(input: { name: $name }) { id name version } }';

describe('mutations: roles, versions, validation and audit', () => {
  let server: TestServer;
  let org: Awaited<ReturnType<typeof anOrganisation>>;
  let usageId: string;

  beforeAll(async () => {
    server = await startTestServer();
    org = await anOrganisation(server.db, 'gamma', {
      owner: ['SYSTEM_OWNER'],
      reader: ['READER'],
      admin: ['ADMINISTRATOR'],
    });
  });
  beforeEach(async () => {
    usageId = (
      await aUsage(server.db, org.org.id, `System ${Math.random()}`, { ownerUserId: org.userIds.owner })
    ).id;
  });
  afterAll(() => server.close());

  const audits = (entityId: string) => server.db.prisma.auditEntry.count({ where: { entityId } });

  it('lets a system owner edit and writes exactly one audit entry with before and after', async () => {
    const client = await server.client().signIn(org.email('owner'));
    const result = await client.gql<{ updateSystemUsage: { localName: string; version: number } }>(UPDATE, {
      input: { id: usageId, version: 1, localName: 'Nyt navn', userCount: 40 },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateSystemUsage).toMatchObject({ localName: 'Nyt navn', version: 2 });
    const entries = await server.db.prisma.auditEntry.findMany({ where: { entityId: usageId } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'UPDATE',
      entityType: 'SystemUsage',
      userId: org.userIds.owner,
    });
    expect((entries[0].before as { localName: string | null }).localName).toBeNull();
    expect((entries[0].after as { localName: string }).localName).toBe('Nyt navn');
  });

  it('refuses a reader (FORBIDDEN) and changes nothing', async () => {
    const client = await server.client().signIn(org.email('reader'));
    const result = await client.gql(UPDATE, { input: { id: usageId, version: 1, localName: 'Læser' } });
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
    const row = await server.db.prisma.systemUsage.findUniqueOrThrow({ where: { id: usageId } });
    expect(row).toMatchObject({ localName: null, version: 1 });
    expect(await audits(usageId)).toBe(0);
  });

  it('refuses a stale version with a clear Danish message and keeps the first edit', async () => {
    const first = await server.client().signIn(org.email('owner'));
    const second = await server.client().signIn(org.email('owner'));
    await first.gql(UPDATE, { input: { id: usageId, version: 1, localName: 'Første' } });
    const stale = await second.gql(UPDATE, { input: { id: usageId, version: 1, localName: 'Anden' } });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    expect(stale.errors![0].message).toMatch(/ændret af en anden.*intet er gemt/i);
    const row = await server.db.prisma.systemUsage.findUniqueOrThrow({ where: { id: usageId } });
    expect(row).toMatchObject({ localName: 'Første', version: 2 });
    expect(await audits(usageId)).toBe(1);
  });

  it('refuses invalid input with localised field errors and changes nothing', async () => {
    const client = await server.client().signIn(org.email('owner'));
    const input = {
      id: usageId,
      version: 1,
      userCount: -5,
      inUseFrom: '2027-05-01',
      inUseUntil: '2026-01-01',
    };
    const da = await client.gql(UPDATE, { input });
    expect(da.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(da.errors![0].extensions!.fields).toEqual(
      expect.arrayContaining([
        { field: 'userCount', message: 'Skal være mindst 0.' },
        { field: 'inUseUntil', message: 'Slutdatoen skal ligge efter startdatoen.' },
      ]),
    );
    client.locale = 'en';
    const en = await client.gql(UPDATE, { input });
    expect(en.errors![0].message).toBe('Some fields are not filled in correctly. Nothing was saved.');
    const row = await server.db.prisma.systemUsage.findUniqueOrThrow({ where: { id: usageId } });
    expect(row).toMatchObject({ userCount: null, version: 1 });
    expect(await audits(usageId)).toBe(0);
  });

  it('refuses an owner who is not a member of the organisation', async () => {
    const other = await anOrganisation(server.db, `delta${Date.now()}`, { outsider: ['READER'] });
    const client = await server.client().signIn(org.email('owner'));
    const result = await client.gql(UPDATE, {
      input: { id: usageId, version: 1, ownerUserId: other.userIds.outsider },
    });
    expect(result.errors![0].extensions!.fields).toEqual([
      { field: 'ownerUserId', message: 'Brugeren findes ikke i din organisation.' },
    ]);
  });

  it('audits creates and deletes of units, and refuses a duplicate name', async () => {
    const client = await server.client().signIn(org.email('admin'));
    const created = await client.gql<{ createUnit: { id: string; version: number } }>(CREATE_UNIT, {
      name: 'Jobcenter',
    });
    const unitId = created.data!.createUnit.id;
    const duplicate = await client.gql(CREATE_UNIT, { name: 'Jobcenter' });
    expect(duplicate.errors![0].extensions!.code).toBe('CONFLICT');
    const deleted = await client.gql('mutation($id: ID!) { deleteUnit(id: $id, version: 1) }', {
      id: unitId,
    });
    expect(deleted.data).toEqual({ deleteUnit: true });
    const actions = await server.db.prisma.auditEntry.findMany({
      where: { entityId: unitId },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual(['CREATE', 'DELETE']);
  });
});
