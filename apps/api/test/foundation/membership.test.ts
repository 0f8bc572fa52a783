import { anOrganisation, startTestServer, type TestServer } from '../test-server';

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { member { id roles } } }`;
const SET =
  'mutation($id: ID!, $v: Int!, $roles: [Role!]!) { setMemberRoles(id: $id, version: $v, roles: $roles) { roles version } }';

describe('administering members and roles', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'eta', { admin: ['ADMINISTRATOR'], reader: ['READER'] });
    b = await anOrganisation(server.db, 'theta', { admin: ['ADMINISTRATOR'] });
  });
  afterAll(() => server.close());

  it('lets only administrators change roles, and never removes the last administrator', async () => {
    const members = await server.db.prisma.membership.findMany({ where: { organisationId: a.org.id } });
    const adminMembership = members.find((m) => m.userId === a.userIds.admin)!;
    const reader = await server.client().signIn(a.email('reader'));
    const refused = await reader.gql(SET, { id: adminMembership.id, v: 1, roles: ['READER'] });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const admin = await server.client().signIn(a.email('admin'));
    const last = await admin.gql(SET, { id: adminMembership.id, v: 1, roles: ['READER'] });
    expect(last.errors![0].extensions!.code).toBe('CONFLICT');
    expect(
      (await server.db.prisma.membership.findUniqueOrThrow({ where: { id: adminMembership.id } })).roles,
    ).toEqual(['ADMINISTRATOR']);
  });

  it('cannot see or change another organisation’s members', async () => {
    const bAdmin = await server.db.prisma.membership.findFirstOrThrow({
      where: { organisationId: b.org.id },
    });
    const admin = await server.client().signIn(a.email('admin'));
    const listed = await admin.gql<{ members: { user: { email: string } }[] }>(
      '{ members { user { email } } }',
    );
    expect(listed.data!.members.map((m) => m.user.email)).not.toContain(b.email('admin'));
    const changed = await admin.gql(SET, { id: bAdmin.id, v: 1, roles: ['READER', 'ADMINISTRATOR'] });
    expect(changed.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('refuses an invalid e-mail and an empty role list with field errors', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const result = await admin.gql(INVITE, { input: { email: 'ikke-en-mail', name: '', roles: [] } });
    const fields = result.errors![0].extensions!.fields!.map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'name', 'roles']);
  });
});
