import { anOrganisation, startTestServer, type TestServer } from '../test-server';

describe('sign-in, sessions and request hardening', () => {
  let server: TestServer;
  let org: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    org = await anOrganisation(server.db, 'zeta', { reader: ['READER'] });
  });
  afterAll(() => server.close());

  it('signs in with an httpOnly cookie, remembers the viewer and signs out', async () => {
    const client = server.client();
    const res = await client.post(
      'mutation { signIn(email: "reader@zeta.test", password: "test-password-1") { id } }',
    );
    expect(res.headers.get('set-cookie')).toMatch(/overblik_session=.+HttpOnly.*SameSite=Lax/i);
    const viewer = await client.gql<{ viewer: { email: string; memberships: { roles: string[] }[] } }>(
      '{ viewer { email memberships { roles organisation { slug } } } }',
    );
    expect(viewer.data!.viewer).toMatchObject({
      email: 'reader@zeta.test',
      memberships: [{ roles: ['READER'] }],
    });
    expect(await server.db.prisma.session.count({ where: { userId: org.userIds.reader } })).toBe(1);
    await client.gql('mutation { signOut }');
    expect(await server.db.prisma.session.count({ where: { userId: org.userIds.reader } })).toBe(0);
    expect((await client.gql('{ viewer { id } }')).data).toEqual({ viewer: null });
  });

  it('refuses a wrong password with a localised message and no cookie', async () => {
    const client = server.client();
    const res = await client.post('mutation { signIn(email: "reader@zeta.test", password: "wrong") { id } }');
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(body.errors[0]).toMatchObject({
      message: 'Forkert e-mail eller adgangskode.',
      extensions: { code: 'BAD_CREDENTIALS' },
    });
  });

  it('never stores the session token itself', async () => {
    const client = server.client();
    const res = await client.post(
      'mutation { signIn(email: "reader@zeta.test", password: "test-password-1") { id } }',
    );
    const token = /overblik_session=([^;]+)/.exec(res.headers.get('set-cookie')!)![1];
    expect(await server.db.prisma.session.count({ where: { id: token } })).toBe(0);
  });

  it('refuses cross-site requests (Origin check and Apollo CSRF prevention)', async () => {
    const client = server.client();
    const crossSite = await client.post('{ viewer { id } }', {}, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const simple = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(simple.status).toBe(400); // a "simple" GET without a preflight header is refused
  });

  it('limits query depth and aliases', async () => {
    const client = await server.client().signIn(org.email('reader'));
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    const result = await client.gql(`{ ${aliases} }`);
    expect(result.errors?.[0].message).toMatch(/aliasser/i);
  });

  it('refuses a body over the limit', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ viewer { id } }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });
});
