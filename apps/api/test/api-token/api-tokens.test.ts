import { createHash } from 'node:crypto';
import { aUsage, anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { mutationDocument, mutations } from './schema-documents';

type Errors = { errors?: { message: string; extensions?: { code?: string } }[] };
type Org = Awaited<ReturnType<typeof anOrganisation>>;

const CREATE = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name scope expiresAt lastUsedAt revokedAt createdByName } }
}`;
const LIST = '{ apiTokens { id name scope lastUsedAt revokedAt createdByName } }';
const USAGES = '{ systemUsages(limit: 100) { items { id localName } } }';
const UPDATE = `mutation($input: SystemUsageUpdateInput!) { updateSystemUsage(input: $input) { id localName version } }`;

/** Mutations no token may call, READ_WRITE included: members, tokens, sign-in and organisation settings, the person's own account. */
const ADMINISTRATION = [
  'inviteMember',
  'setMemberRoles',
  'deactivateMember',
  'reactivateMember',
  'handOverResponsibilities',
  'createApiToken',
  'revokeApiToken',
  'updateOrganisationSettings',
  'createUnit',
  'createOrganisation',
  'changePassword',
  'setLocale',
  'revokeSession',
  'signOutEverywhere',
];

describe('API tokens for integrations and BI', () => {
  let server: TestServer;
  let north: Org;
  let south: Org;
  let admin: TestClient;
  let northUsage: string;
  let southUsage: string;

  beforeAll(async () => {
    server = await startTestServer();
    north = await anOrganisation(server.db, 'nordby', { admin: ['ADMINISTRATOR'], reader: ['READER'] });
    south = await anOrganisation(server.db, 'sydby', { admin: ['ADMINISTRATOR'] });
    northUsage = (await aUsage(server.db, north.org.id, 'Nordby ESDH')).id;
    southUsage = (await aUsage(server.db, south.org.id, 'Sydby ESDH')).id;
    admin = await server.client().signIn(north.email('admin'));
  }, 60_000);
  afterAll(() => server.close());

  async function create(scope: 'READ' | 'READ_WRITE', name = `${scope} ${Math.random()}`) {
    const result = await admin.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(CREATE, {
      input: { name, scope },
    });
    expect(result.errors).toBeUndefined();
    return { secret: result.data!.createApiToken.token, id: result.data!.createApiToken.apiToken.id, name };
  }

  /** A request with the token only: no cookie, no CSRF header, a foreign Origin even. */
  async function withToken<T = Record<string, unknown>>(
    secret: string,
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${secret}`,
        origin: 'https://bi.example.org',
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Errors & { data?: T | null } };
  }

  it('stores only a hash of the secret and shows it once; the list names creator, scope and last use', async () => {
    const { secret, id } = await create('READ', 'Power BI');
    expect(secret).toMatch(/^ovb_[A-Za-z0-9_-]{43}$/);
    const row = await server.db.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    const dump = JSON.stringify(await server.db.sql.query('SELECT * FROM "ApiToken"'));
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain(secret.slice(4));
    // Without expiry it gets the maximum, one year.
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(365);

    await withToken(secret, USAGES);
    const list = await admin.gql<{
      apiTokens: { id: string; lastUsedAt: string | null; createdByName: string }[];
    }>(LIST);
    const listed = list.data!.apiTokens.find((t) => t.id === id)!;
    expect(listed).toMatchObject({ createdByName: 'admin nordby', scope: 'READ', revokedAt: null });
    expect(listed.lastUsedAt).not.toBeNull();
    // Its requests count against a limit of its own, not its address's or a session's.
    const counters = await server.db.sql.query<{ key: string }>(
      `SELECT key FROM "RateLimitCounter" WHERE key = $1`,
      [`request:token:${id}`],
    );
    expect(counters).toHaveLength(1);
  });

  it('reads its own organisation only, with no cookie, CSRF header or same origin', async () => {
    const { secret } = await create('READ');
    const own = await withToken<{ systemUsages: { items: { id: string }[] } }>(secret, USAGES);
    expect(own.status).toBe(200);
    expect(own.body.errors).toBeUndefined();
    const ids = own.body.data!.systemUsages.items.map((u) => u.id);
    expect(ids).toContain(northUsage);
    expect(ids).not.toContain(southUsage);
    // Another organisation's record by id, and another organisation named in the header.
    const foreign = await withToken(secret, `{ systemUsage(id: "${southUsage}") { id } }`);
    expect(foreign.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    const header = await withToken(secret, USAGES, {}, { 'x-overblik-organisation': south.org.id });
    expect(header.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(header.body.data).toBeNull();
  });

  it('refuses a READ token every mutation of the schema with FORBIDDEN', async () => {
    const { secret } = await create('READ');
    const before = await server.db.prisma.auditEntry.count();
    const refused: string[] = [];
    const other: string[] = [];
    for (const field of mutations()) {
      const { body } = await withToken(secret, mutationDocument(field));
      const code = body.errors?.[0]?.extensions?.code;
      (code === 'FORBIDDEN' ? refused : other).push(`${field.name}: ${code ?? 'no error'}`);
    }
    expect(other).toEqual([]);
    expect(refused.length).toBe(mutations().length);
    expect(refused.length).toBeGreaterThan(100);
    expect(await server.db.prisma.auditEntry.count()).toBe(before);
  }, 120_000);

  it('lets a READ_WRITE token edit a system usage, audited under the token’s name', async () => {
    const { secret, id, name } = await create('READ_WRITE', 'ServiceNow-synk');
    const result = await withToken<{ updateSystemUsage: { version: number } }>(secret, UPDATE, {
      input: { id: northUsage, version: 1, localName: 'ESDH fra ServiceNow' },
    });
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.updateSystemUsage.version).toBe(2);
    const entry = await server.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityId: northUsage },
      orderBy: { id: 'desc' },
    });
    expect(entry).toMatchObject({ apiTokenId: id, userId: null, action: 'UPDATE' });
    const history = await admin.gql<{ history: { authorName: string }[] }>(
      `{ history(entity: SYSTEM_USAGE, id: "${northUsage}") { authorName } }`,
    );
    expect(history.data!.history[0].authorName).toBe(`API-nøglen ${name}`);
    // Still only its own organisation: another organisation's usage is not found.
    const foreign = await withToken(secret, UPDATE, {
      input: { id: southUsage, version: 1, localName: 'x' },
    });
    expect(foreign.body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('refuses a READ_WRITE token members, tokens, sign-in and organisation settings with FORBIDDEN', async () => {
    const { secret } = await create('READ_WRITE');
    const byName = new Map(mutations().map((m) => [m.name, m]));
    // Real records, so a refusal is about the token, not a made-up id.
    const membership = await server.db.prisma.membership.findFirstOrThrow({
      where: { userId: north.userIds.reader },
    });
    const { id: tokenId } = await create('READ');
    const real = (document: string) =>
      document.replaceAll(
        '00000000-0000-4000-8000-000000000000',
        document.includes('ApiToken') ? tokenId : membership.id,
      );
    const answers = [];
    for (const name of ADMINISTRATION) {
      const { body } = await withToken(secret, real(mutationDocument(byName.get(name)!)));
      answers.push([name, body.errors?.[0]?.extensions?.code]);
    }
    expect(answers).toEqual(ADMINISTRATION.map((name) => [name, 'FORBIDDEN']));
    expect(await server.db.prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).toEqual(
      membership,
    );
    expect(
      (await server.db.prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).revokedAt,
    ).toBeNull();
    expect((await withToken(secret, LIST)).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    // No token is a person: it has no viewer.
    expect((await withToken(secret, '{ viewer { id } }')).body.data).toEqual({ viewer: null });
  });

  it('stops working at once when revoked; unknown, tampered and expired tokens get a clean 401', async () => {
    const { secret, id } = await create('READ');
    expect((await withToken(secret, USAGES)).status).toBe(200);
    const revoked = await admin.gql<{ revokeApiToken: { revokedAt: string | null } }>(
      'mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
      { id },
    );
    expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
    const after = await withToken(secret, USAGES, {}, { 'x-overblik-locale': 'en' });
    expect(after.status).toBe(401);
    expect(after.body.errors![0]).toEqual({
      message: 'The API token is invalid, expired or revoked.',
      extensions: { code: 'UNAUTHENTICATED' },
    });

    const live = await create('READ');
    await server.db.prisma.apiToken.update({
      where: { id: live.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    for (const bad of [
      live.secret,
      `${secret.slice(0, -2)}xx`,
      'ovb_unknown',
      'not-even-ours',
      'x'.repeat(5000),
    ]) {
      const res = await withToken(bad, USAGES);
      expect([bad.slice(0, 12), res.status, res.body.errors![0].extensions!.code]).toEqual([
        bad.slice(0, 12),
        401,
        'UNAUTHENTICATED',
      ]);
    }
  });

  it('refuses an expiry more than a year ahead or in the past with VALIDATION_FAILED and creates nothing', async () => {
    const before = await server.db.prisma.apiToken.count();
    for (const expiresAt of [
      new Date(Date.now() + 366 * 86_400_000).toISOString(),
      new Date(Date.now() - 60_000).toISOString(),
    ]) {
      const result = await admin.gql<unknown>(CREATE, {
        input: { name: 'For lang', scope: 'READ', expiresAt },
      });
      expect(result.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
      expect(result.errors![0].extensions!.fields).toEqual([
        { field: 'expiresAt', message: 'Udløbet skal ligge i fremtiden og højst et år frem.' },
      ]);
    }
    expect(await server.db.prisma.apiToken.count()).toBe(before);
  });

  it('keeps tokens for administrators: a reader cannot list or create them', async () => {
    const reader = await server.client().signIn(north.email('reader'));
    expect((await reader.gql(LIST)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const created = await reader.gql(CREATE, { input: { name: 'x', scope: 'READ' } });
    expect(created.errors![0].extensions!.code).toBe('FORBIDDEN');
    // Another organisation's administrator does not see this organisation's tokens.
    const southAdmin = await server.client().signIn(south.email('admin'));
    const list = await southAdmin.gql<{ apiTokens: unknown[] }>(LIST);
    expect(list.data!.apiTokens).toEqual([]);
  });
});
