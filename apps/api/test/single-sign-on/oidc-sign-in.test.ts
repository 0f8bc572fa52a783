import { startTestOidcProvider, type TestOidcProvider } from '../../../../e2e/oidc/start-test-oidc-provider';
import { anOrganisation, freePort, startTestServer, type TestServer } from '../test-server';
import { loginAtProvider, OidcBrowser } from './oidc-browser';

jest.setTimeout(90_000);

const VIEWER = '{ viewer { email installationAdmin memberships { roles organisation { id } } } }';

describe('sign-in with OpenID Connect against a real provider', () => {
  let server: TestServer;
  let idp: TestOidcProvider;
  let org: Awaited<ReturnType<typeof anOrganisation>>;
  let providerId: string;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://localhost:${port}`;
    server = await startTestServer({ publicUrl: base }, port);
    idp = await startTestOidcProvider([`${base}/auth/oidc/callback`]);
    org = await anOrganisation(server.db, 'norddal', { admin: ['ADMINISTRATOR'] });
    const admin = await server.client().signIn(org.email('admin'));
    const created = await admin.gql<{ createSignInProvider: { id: string } }>(
      `mutation($input: SignInProviderInput!) { createSignInProvider(kind: OIDC, input: $input) { id } }`,
      {
        input: {
          name: 'Norddal Kommune (Test-IdP)',
          allowedDomains: ['norddal.test'],
          roleClaim: 'groups',
          roleMapping: [
            { value: 'overblik-admins', role: 'ADMINISTRATOR' },
            { value: 'overblik-readers', role: 'READER' },
          ],
          newUserRole: null,
          oidc: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret },
        },
      },
    );
    providerId = created.data!.createSignInProvider.id;
    await admin.gql(
      'mutation($id: ID!) { setSignInProviderEnabled(id: $id, version: 1, enabled: true) { id } }',
      {
        id: providerId,
      },
    );
  });
  afterAll(async () => {
    await idp?.stop();
    await server?.close();
  });

  const startUrl = () => `${base}/auth/oidc/${providerId}/start`;
  const viewerOf = async (browser: OidcBrowser) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: browser.cookieHeader(base) },
      body: JSON.stringify({ query: VIEWER }),
    });
    return (
      (await res.json()) as { data: { viewer: { email: string; memberships: { roles: string[] }[] } | null } }
    ).data.viewer;
  };
  /** Everything a refused sign-in must leave alone. */
  const state = async () => ({
    users: await server.db.prisma.user.count(),
    memberships: await server.db.prisma.membership.findMany({ orderBy: { id: 'asc' } }),
    sessions: await server.db.prisma.session.count(),
  });

  it('creates the user and membership with the mapped roles on first sign-in', async () => {
    const browser = new OidcBrowser();
    const callback = await loginAtProvider(browser, startUrl(), idp.issuer, 'anna');
    const done = await browser.request(callback);
    expect(done).toMatchObject({ status: 303, location: `${base}/` });
    const viewer = await viewerOf(browser);
    expect(viewer).toMatchObject({ email: 'anna@norddal.test', installationAdmin: false });
    expect(viewer!.memberships).toEqual([{ roles: ['ADMINISTRATOR'], organisation: { id: org.org.id } }]);
    const provider = await server.db.prisma.signInProvider.findUniqueOrThrow({ where: { id: providerId } });
    expect(provider.lastSignInAt).not.toBeNull();
    const audit = await server.db.prisma.auditEntry.findMany({
      where: { organisationId: org.org.id, action: 'SIGN_IN' },
    });
    expect(audit).toHaveLength(1);
  });

  it('refuses a replayed callback (the state is single-use) without changing anything', async () => {
    const browser = new OidcBrowser();
    const callback = await loginAtProvider(browser, startUrl(), idp.issuer, 'anna');
    expect((await browser.request(callback)).location).toBe(`${base}/`);
    const before = await state();
    const replay = await browser.request(callback);
    expect(replay).toMatchObject({ status: 303, location: `${base}/sign-in?sso=EXPIRED` });
    expect(await state()).toEqual(before);
  });

  it.each([
    ['wrong-audience' as const, 'AUDIENCE'],
    ['expired' as const, 'EXPIRED'],
    ['wrong-nonce' as const, 'FAILED'],
    ['wrong-issuer' as const, 'ISSUER'],
  ])(
    'refuses an id token with %s, re-signed by the provider, as %s, without a 5xx or a change',
    async (mode, reason) => {
      const browser = new OidcBrowser();
      const callback = await loginAtProvider(browser, startUrl(), idp.issuer, 'bo');
      const before = await state();
      await idp.setIdTokenMode(mode);
      try {
        const res = await browser.request(callback);
        expect(res).toMatchObject({ status: 303, location: `${base}/sign-in?sso=${reason}` });
      } finally {
        await idp.setIdTokenMode('real');
      }
      expect(await state()).toEqual(before);
      expect(await viewerOf(browser)).toBeNull();
    },
  );

  it('refuses a tampered callback: a changed code, a changed state, another browser', async () => {
    const browser = new OidcBrowser();
    const callback = await loginAtProvider(browser, startUrl(), idp.issuer, 'bo');
    const before = await state();
    const changedCode = new URL(callback);
    changedCode.searchParams.set('code', 'forged-code');
    expect((await browser.request(changedCode.href)).location).toBe(`${base}/sign-in?sso=FAILED`);
    const changedState = new URL(callback);
    changedState.searchParams.set('state', 'forged-state');
    expect((await browser.request(changedState.href)).location).toBe(`${base}/sign-in?sso=EXPIRED`);
    const garbage = await browser.request(`${base}/auth/oidc/callback?state[]=x&code=%00`);
    expect(garbage).toMatchObject({ status: 303, location: `${base}/sign-in?sso=EXPIRED` });
    // A callback carried to a browser that did not start the sign-in (login CSRF) is refused.
    const other = new OidcBrowser();
    const stolen = await loginAtProvider(other, startUrl(), idp.issuer, 'bo');
    expect((await new OidcBrowser().request(stolen)).location).toBe(`${base}/sign-in?sso=FAILED`);
    expect(await state()).toEqual(before);
    const unknown = await browser.request(`${base}/auth/oidc/not-a-provider/start`);
    expect(unknown.location).toBe(`${base}/sign-in?sso=UNAVAILABLE`);
  });

  it('refuses a person from a domain that is not allowed, without a change', async () => {
    const browser = new OidcBrowser();
    const callback = await loginAtProvider(browser, startUrl(), idp.issuer, 'eve');
    const before = await state();
    expect((await browser.request(callback)).location).toBe(`${base}/sign-in?sso=DOMAIN_NOT_ALLOWED`);
    expect(await state()).toEqual(before);
  });

  it('takes access away at the next sign-in once the claims map to no role, and gives it back when they map again', async () => {
    await idp.setAccount('carl', { email: 'carl@norddal.test', name: 'Carl', groups: ['overblik-readers'] });
    const first = new OidcBrowser();
    await first.request(await loginAtProvider(first, startUrl(), idp.issuer, 'carl'));
    expect((await viewerOf(first))!.memberships[0].roles).toEqual(['READER']);

    await idp.setAccount('carl', { email: 'carl@norddal.test', name: 'Carl', groups: ['overblik-admins'] });
    const promoted = new OidcBrowser();
    await promoted.request(await loginAtProvider(promoted, startUrl(), idp.issuer, 'carl'));
    expect((await viewerOf(promoted))!.memberships[0].roles).toEqual(['ADMINISTRATOR']);

    await idp.setAccount('carl', { email: 'carl@norddal.test', name: 'Carl', groups: ['canteen'] });
    const lost = new OidcBrowser();
    expect((await lost.request(await loginAtProvider(lost, startUrl(), idp.issuer, 'carl'))).location).toBe(
      `${base}/sign-in?sso=NO_ROLE`,
    );
    // The earlier sessions of the provider end with the membership.
    expect(await viewerOf(first)).toBeNull();
    const membership = await server.db.prisma.membership.findFirstOrThrow({
      where: { user: { email: 'carl@norddal.test' } },
    });
    expect(membership).toMatchObject({ deactivatedBySignIn: true });
    expect(membership.deactivatedAt).not.toBeNull();

    await idp.setAccount('carl', { email: 'carl@norddal.test', name: 'Carl', groups: ['overblik-readers'] });
    const back = new OidcBrowser();
    await back.request(await loginAtProvider(back, startUrl(), idp.issuer, 'carl'));
    expect((await viewerOf(back))!.memberships[0].roles).toEqual(['READER']);
  });

  describe('switching passwords off', () => {
    const POLICY = '{ passwordPolicy { organisationId passwordSignIn canSwitchOff version } }';
    const SET = `mutation($on: Boolean!, $v: Int!) { setPasswordSignIn(enabled: $on, version: $v) { passwordSignIn version } }`;

    it('is refused until a provider is enabled and has signed someone in, and for other organisations', async () => {
      const other = await anOrganisation(server.db, 'sydby', { admin: ['ADMINISTRATOR'] });
      const theirAdmin = await server.client().signIn(other.email('admin'));
      const policy = await theirAdmin.gql<{ passwordPolicy: { canSwitchOff: boolean; version: number } }>(
        POLICY,
      );
      expect(policy.data!.passwordPolicy).toMatchObject({ canSwitchOff: false, version: 1 });
      theirAdmin.locale = 'en';
      const refused = await theirAdmin.gql(SET, { on: false, v: 1 });
      expect(refused.errors![0]).toMatchObject({
        message: expect.stringContaining('only once an identity provider is enabled'),
        extensions: { code: 'CONFLICT' },
      });
      // Another organisation's administrator cannot touch Norddal's policy.
      theirAdmin.organisationId = org.org.id;
      expect((await theirAdmin.gql(SET, { on: false, v: 1 })).errors![0].extensions!.code).toBe('FORBIDDEN');
      const norddal = await server.db.prisma.organisation.findUniqueOrThrow({ where: { id: org.org.id } });
      expect(norddal.passwordSignIn).toBe(true);
    });

    it('then refuses password sign-in for members of that organisation only, naming the provider', async () => {
      const both = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@sydby.test' } });
      await server.db.prisma.membership.create({
        data: { userId: both.id, organisationId: org.org.id, roles: ['READER'] },
      });
      const admin = await server.client().signIn(org.email('admin'));
      const policy = await admin.gql<{ passwordPolicy: { canSwitchOff: boolean; version: number } }>(POLICY);
      expect(policy.data!.passwordPolicy.canSwitchOff).toBe(true);
      const off = await admin.gql(SET, { on: false, v: policy.data!.passwordPolicy.version });
      expect(off.data).toEqual({
        setPasswordSignIn: { passwordSignIn: false, version: policy.data!.passwordPolicy.version + 1 },
      });
      const audit = await server.db.prisma.auditEntry.findFirst({
        where: { organisationId: org.org.id, entityType: 'Organisation' },
        orderBy: { id: 'desc' },
      });
      expect(audit!.after).toMatchObject({ passwordSignIn: false });

      // The organisation's own member: refused, told which provider to use.
      const client = server.client();
      client.locale = 'en';
      const refused = await client.gql(
        'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        {
          e: org.email('admin'),
          p: 'test-password-1',
        },
      );
      expect(refused.errors![0].message).toBe(
        'Your organisation signs in with Norddal Kommune (Test-IdP). Use the "Sign in with Norddal Kommune (Test-IdP)" button.',
      );
      // The open password session no longer reaches Norddal.
      admin.organisationId = org.org.id;
      expect((await admin.gql(POLICY)).errors![0].extensions!.code).toBe('FORBIDDEN');

      // Someone who also belongs to an organisation that keeps passwords signs in there only.
      const mixed = await server.client().signIn('admin@sydby.test');
      const viewer = await mixed.gql<{ viewer: { memberships: { organisation: { id: string } }[] } }>(VIEWER);
      expect(viewer.data!.viewer.memberships.map((m) => m.organisation.id)).not.toContain(org.org.id);

      // An installation administrator keeps every membership: the way back in if the provider fails.
      await server.db.prisma.user.update({
        where: { email: 'admin@sydby.test' },
        data: { installationAdmin: true },
      });
      const installation = await server.client().signIn('admin@sydby.test');
      const all = await installation.gql<{ viewer: { memberships: { organisation: { id: string } }[] } }>(
        VIEWER,
      );
      expect(all.data!.viewer.memberships.map((m) => m.organisation.id)).toContain(org.org.id);
    });

    it('keeps the last enabled provider while passwords are off; single sign-on still works', async () => {
      const browser = new OidcBrowser();
      expect(
        (await browser.request(await loginAtProvider(browser, startUrl(), idp.issuer, 'anna'))).location,
      ).toBe(`${base}/`);
      const anna = await viewerOf(browser);
      expect(anna!.memberships[0].roles).toEqual(['ADMINISTRATOR']);
      const gql = async (query: string, variables: Record<string, unknown>) =>
        (await (
          await fetch(`${base}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: browser.cookieHeader(base),
              'x-overblik-locale': 'en',
            },
            body: JSON.stringify({ query, variables }),
          })
        ).json()) as {
          errors?: { message: string; extensions: { code: string } }[];
          data?: Record<string, unknown>;
        };
      const row = await server.db.prisma.signInProvider.findUniqueOrThrow({ where: { id: providerId } });
      const disable = await gql(
        'mutation($id: ID!, $v: Int!) { setSignInProviderEnabled(id: $id, version: $v, enabled: false) { id } }',
        {
          id: providerId,
          v: row.version,
        },
      );
      expect(disable.errors![0].extensions.code).toBe('CONFLICT');
      const remove = await gql(
        'mutation($id: ID!, $v: Int!) { deleteSignInProvider(id: $id, version: $v) }',
        {
          id: providerId,
          v: row.version,
        },
      );
      expect(remove.errors![0].extensions.code).toBe('CONFLICT');
      expect(
        await server.db.prisma.signInProvider.findUniqueOrThrow({ where: { id: providerId } }),
      ).toMatchObject({
        enabled: true,
        version: row.version,
      });
      // Switching passwords back on works from the single sign-on session.
      const policy = await server.db.prisma.organisation.findUniqueOrThrow({ where: { id: org.org.id } });
      const on = await gql(
        'mutation($v: Int!) { setPasswordSignIn(enabled: true, version: $v) { passwordSignIn } }',
        {
          v: policy.version,
        },
      );
      expect(on.data).toEqual({ setPasswordSignIn: { passwordSignIn: true } });
    });
  });
});
