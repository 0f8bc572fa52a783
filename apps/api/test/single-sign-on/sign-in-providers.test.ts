import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';

jest.setTimeout(60_000);

const FIELDS = `id kind name enabled allowedDomains roleClaim roleMapping { value role } newUserRole lastSignInAt version
  oidc { issuer clientId hasClientSecret callbackUrl }`;
const LIST = `{ signInProviders { ${FIELDS} } }`;
const CREATE = `mutation($input: SignInProviderInput!) { createSignInProvider(kind: OIDC, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: SignInProviderInput!) { updateSignInProvider(id: $id, version: $v, input: $input) { ${FIELDS} } }`;
const ENABLE = `mutation($id: ID!, $v: Int!, $on: Boolean!) { setSignInProviderEnabled(id: $id, version: $v, enabled: $on) { id enabled version } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteSignInProvider(id: $id, version: $v) }`;

type Provider = {
  id: string;
  enabled: boolean;
  version: number;
  allowedDomains: string[];
  oidc: { issuer: string; clientId: string; hasClientSecret: boolean; callbackUrl: string };
};

const input = (overrides: Record<string, unknown> = {}) => ({
  name: 'Norddal Kommune (Microsoft Entra ID)',
  allowedDomains: ['Norddal.dk'],
  roleClaim: 'groups',
  roleMapping: [{ value: 'overblik-admins', role: 'ADMINISTRATOR' }],
  newUserRole: null,
  oidc: {
    issuer: 'https://login.example.org/tenant/v2.0',
    clientId: 'overblik',
    clientSecret: 'very-secret-value-1',
  },
  ...overrides,
});

describe('sign-in providers (administration)', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'norddal', { admin: ['ADMINISTRATOR'], reader: ['READER'] });
    b = await anOrganisation(server.db, 'sydby', { admin: ['ADMINISTRATOR'] });
    admin = await server.client().signIn(a.email('admin'));
  });
  afterAll(() => server.close());

  const create = async (client: TestClient, overrides: Record<string, unknown> = {}) => {
    const result = await client.gql<{ createSignInProvider: Provider }>(CREATE, { input: input(overrides) });
    if (result.errors) throw new Error(result.errors[0].message);
    return result.data!.createSignInProvider;
  };

  it('creates a provider, disabled, with the secret stored encrypted and never returned', async () => {
    const created = await create(admin);
    expect(created).toMatchObject({
      enabled: false,
      allowedDomains: ['norddal.dk'],
      version: 1,
      oidc: { issuer: 'https://login.example.org/tenant/v2.0', clientId: 'overblik', hasClientSecret: true },
    });
    expect(created.oidc.callbackUrl).toMatch(/\/auth\/oidc\/callback$/);
    const row = await server.db.prisma.signInProvider.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.secretEncrypted).toBeTruthy();
    expect(row.secretEncrypted).not.toContain('very-secret-value-1');
    const everything = JSON.stringify(await admin.gql(LIST));
    expect(everything).not.toContain('very-secret-value-1');
    expect(everything).not.toContain(row.secretEncrypted!);
    const audit = await server.db.prisma.auditEntry.findMany({ where: { entityId: created.id } });
    expect(audit.map((e) => e.action)).toEqual(['CREATE']);
    expect(JSON.stringify(audit.map((e) => [e.before, e.after]))).not.toContain(row.secretEncrypted!);
  });

  it('keeps the secret when the update leaves it out, replaces it when given; stale versions are refused', async () => {
    const created = await create(admin, { name: 'Secret keeper' });
    const sealed = async () =>
      (await server.db.prisma.signInProvider.findUniqueOrThrow({ where: { id: created.id } }))
        .secretEncrypted;
    const first = await sealed();
    const kept = await admin.gql<{ updateSignInProvider: Provider }>(UPDATE, {
      id: created.id,
      v: 1,
      input: input({
        name: 'Secret keeper',
        oidc: { ...input().oidc, clientSecret: null, clientId: 'renamed' },
      }),
    });
    expect(kept.data!.updateSignInProvider).toMatchObject({
      version: 2,
      oidc: { clientId: 'renamed', hasClientSecret: true },
    });
    expect(await sealed()).toBe(first);
    await admin.gql(UPDATE, { id: created.id, v: 2, input: input({ name: 'Secret keeper' }) });
    expect(await sealed()).not.toBe(first);
    const stale = await admin.gql(UPDATE, { id: created.id, v: 2, input: input({ name: 'Overwrite' }) });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
  });

  it('refuses invalid settings with every broken field named, and saves nothing', async () => {
    const before = await server.db.prisma.signInProvider.count();
    admin.locale = 'en';
    const result = await admin.gql(CREATE, {
      input: input({
        name: ' ',
        allowedDomains: ['https://norddal.dk'],
        roleClaim: '',
        oidc: { issuer: 'http://login.example.org', clientId: '', clientSecret: null },
      }),
    });
    admin.locale = 'da';
    expect(result.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(result.errors![0].extensions!.fields).toEqual([
      { field: 'name', message: 'Required.' },
      {
        field: 'allowedDomains.0',
        message: 'Must be an e-mail domain such as norddal.dk (without @ and https://).',
      },
      { field: 'roleClaim', message: 'Required.' },
      {
        field: 'oidc.issuer',
        message: 'Must be an https:// address (http:// only for a provider on this machine).',
      },
      { field: 'oidc.clientId', message: 'Required.' },
    ]);
    const missing = await admin.gql(CREATE, { input: input({ oidc: null }) });
    expect(missing.errors![0].extensions!.fields).toEqual([{ field: 'oidc', message: expect.any(String) }]);
    expect(await server.db.prisma.signInProvider.count()).toBe(before);
  });

  it('enables and deletes with versions and audit entries', async () => {
    const created = await create(admin, { name: 'Short-lived' });
    const on = await admin.gql<{ setSignInProviderEnabled: Provider }>(ENABLE, {
      id: created.id,
      v: 1,
      on: true,
    });
    expect(on.data!.setSignInProviderEnabled).toMatchObject({ enabled: true, version: 2 });
    const options = await server
      .client()
      .gql<{ signInOptions: { id: string; name: string; startUrl: string }[] }>(
        '{ signInOptions { id name organisationName startUrl } }',
      );
    expect(options.data!.signInOptions).toContainEqual({
      id: created.id,
      name: 'Short-lived',
      organisationName: 'norddal Kommune',
      startUrl: `/auth/oidc/${created.id}/start`,
    });
    expect((await admin.gql(DELETE, { id: created.id, v: 1 })).errors![0].extensions!.code).toBe(
      'STALE_VERSION',
    );
    expect((await admin.gql(DELETE, { id: created.id, v: 2 })).data).toEqual({ deleteSignInProvider: true });
    const audit = await server.db.prisma.auditEntry.findMany({
      where: { entityId: created.id },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it("keeps each organisation's providers private to it, and to its administrators", async () => {
    const theirs = await create(await server.client().signIn(b.email('admin')), {
      name: 'Sydby',
      allowedDomains: ['sydby.dk'],
    });
    const list = await admin.gql<{ signInProviders: Provider[] }>(LIST);
    expect(list.data!.signInProviders.map((p) => p.id)).not.toContain(theirs.id);
    for (const [query, variables] of [
      [UPDATE, { id: theirs.id, v: 1, input: input() }],
      [ENABLE, { id: theirs.id, v: 1, on: true }],
      [DELETE, { id: theirs.id, v: 1 }],
    ] as const) {
      const result = await admin.gql(query, variables);
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    // Naming the other organisation in the header reads nothing either.
    admin.organisationId = b.org.id;
    expect((await admin.gql(LIST)).errors![0].extensions!.code).toBe('FORBIDDEN');
    admin.organisationId = null;
    const reader = await server.client().signIn(a.email('reader'));
    expect((await reader.gql(LIST)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await reader.gql(CREATE, { input: input() })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await server.client().gql(LIST)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const row = await server.db.prisma.signInProvider.findUniqueOrThrow({ where: { id: theirs.id } });
    expect(row).toMatchObject({ version: 1, enabled: false, name: 'Sydby' });
  });
});
