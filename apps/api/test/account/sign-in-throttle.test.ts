import { startSmtp } from '../smtp-peer';
import {
  anOrganisation,
  anotherInstance,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from '../test-server';

type Answer = {
  data?: { signIn: { id: string } } | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
};
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';

describe('brute-force protection per account, held in the database', () => {
  let server: TestServer;
  let second: Awaited<ReturnType<typeof anotherInstance>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let org: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    const config = { smtpUrl: smtp.url, publicUrl: 'http://overblik.test' };
    server = await startTestServer(config);
    // A second API process on the same database: the attempts are counted together.
    second = await anotherInstance(server, config);
    org = await anOrganisation(server.db, 'laas', { anna: ['READER'], bo: ['READER'], eva: ['READER'] });
  }, 60_000);
  afterAll(async () => {
    await second.close();
    await server.close();
    await smtp.close();
  });

  const attempt = (url: string, email: string, password: string, locale = 'da') =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-overblik-locale': locale },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: email, p: password } }),
    }).then((res) => res.json() as Promise<Answer>);

  /** Ten wrong passwords, alternating between the two processes. */
  async function tenFailures(email: string) {
    const codes = [];
    for (let i = 0; i < 10; i++) {
      const answer = await attempt(i % 2 ? second.url : server.url, email, `wrong-${i}`);
      codes.push(answer.errors![0].extensions!.code);
    }
    expect(codes).toEqual(Array(10).fill('BAD_CREDENTIALS'));
  }

  it('refuses the account for 15 minutes after 10 failures, even with the right password, and tells its owner', async () => {
    await tenFailures(org.email('anna'));
    const refused = await attempt(server.url, org.email('anna'), TEST_PASSWORD);
    expect(refused.data).toBeNull();
    const error = refused.errors![0];
    expect(error.extensions!.code).toBe('TOO_MANY_ATTEMPTS');
    expect(error.extensions!.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(error.extensions!.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(error.message).toBe(
      'For mange forkerte forsøg på at logge ind på denne konto. Prøv igen om 15 minutter.',
    );
    // The other process refuses too, in English on request; no session cookie is set.
    const english = await attempt(second.url, org.email('anna'), TEST_PASSWORD, 'en');
    expect(english.errors![0].message).toBe(
      'Too many failed sign-in attempts for this account. Try again in 15 minutes.',
    );

    // The owner hears of it once, in their language, with the way to a new password.
    for (let i = 0; i < 100 && smtp.received.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(smtp.received.map((m) => m.to)).toEqual([[org.email('anna')]]);
    const text = smtp.received[0].raw.replace(/=\r?\n/g, '');
    expect(text).toContain('http://overblik.test/glemt-adgangskode');
    expect(text).toMatch(/sp=C3=A6rret|spærret/);
  });

  it('leaves other accounts alone, and a success forgets earlier failures', async () => {
    const bo = await attempt(second.url, org.email('bo'), TEST_PASSWORD);
    expect(bo.errors).toBeUndefined();
    for (let i = 0; i < 9; i++) await attempt(server.url, org.email('eva'), `wrong-${i}`);
    expect((await attempt(second.url, org.email('eva'), TEST_PASSWORD)).errors).toBeUndefined();
    // Nine more failures after the success do not block: the count started again.
    for (let i = 0; i < 9; i++) await attempt(server.url, org.email('eva'), `wrong-${i}`);
    expect((await attempt(server.url, org.email('eva'), TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('counts and answers an unknown e-mail exactly like a known one, without mail', async () => {
    const mails = smtp.received.length;
    await tenFailures('nobody@laas.test');
    const unknown = await attempt(server.url, 'Nobody@Laas.test ', 'any-password');
    const known = await attempt(server.url, org.email('anna'), 'any-password');
    const shape = (a: Answer) => ({
      data: a.data,
      message: a.errors![0].message,
      code: a.errors![0].extensions!.code,
      keys: Object.keys(a.errors![0].extensions!).sort(),
    });
    expect(shape(unknown)).toEqual(shape(known));
    expect(shape(unknown).keys).toEqual(['code', 'retryAfterSeconds']);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.received.length).toBe(mails);
  });

  it('keeps no e-mail address in the counter table', async () => {
    const rows = await server.db.sql.query<{ key: string }>('SELECT key FROM "RateLimitCounter"');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.key.includes('@'))).toEqual([]);
  });
});
