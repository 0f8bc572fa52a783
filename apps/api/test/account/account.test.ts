import { purgeExpired } from '../../src/modules/account/account.service';
import { linkIn, startSmtp } from '../smtp-peer';
import { anOrganisation, startTestServer, TEST_PASSWORD, type TestServer } from '../test-server';

const CHANGE =
  'mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }';
const SESSIONS = '{ mySessions { id current createdAt expiresAt } }';
const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }';

describe('my account: password, sessions and forgotten password by e-mail', () => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let org: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startTestServer({ smtpUrl: smtp.url, publicUrl: 'http://overblik.test' });
    org = await anOrganisation(server.db, 'lambda', {
      anna: ['READER'],
      bo: ['READER'],
      admin: ['ADMINISTRATOR'],
    });
  });
  afterAll(async () => {
    await server.close();
    await smtp.close();
  });

  it('changes the password only with the current one and a new one of 12+ characters; other sessions end', async () => {
    const here = await server.client().signIn(org.email('anna'));
    const elsewhere = await server.client().signIn(org.email('anna'));
    const wrong = await here.gql(CHANGE, { c: 'forkert', n: 'et-nyt-langt-kodeord' });
    expect(wrong.errors![0].extensions!.fields).toEqual([
      { field: 'currentPassword', message: 'Den nuværende adgangskode er forkert.' },
    ]);
    const weak = await here.gql(CHANGE, { c: TEST_PASSWORD, n: 'kort' });
    expect(weak.errors![0].extensions!.fields).toEqual([
      { field: 'newPassword', message: 'Skal være mindst 12 tegn.' },
    ]);
    expect((await here.gql(CHANGE, { c: TEST_PASSWORD, n: 'et-nyt-langt-kodeord' })).data).toEqual({
      changePassword: true,
    });
    expect((await here.gql<{ viewer: unknown }>('{ viewer { id } }')).data!.viewer).not.toBeNull();
    expect((await elsewhere.gql<{ viewer: unknown }>('{ viewer { id } }')).data!.viewer).toBeNull();
    await server.client().signIn(org.email('anna'), 'et-nyt-langt-kodeord');
  });

  it('lists only the viewer’s own sessions, revokes one and signs out everywhere', async () => {
    const here = await server.client().signIn(org.email('bo'));
    const other = await server.client().signIn(org.email('bo'));
    const stranger = await server.client().signIn(org.email('admin'));
    const listed = await here.gql<{ mySessions: { id: string; current: boolean }[] }>(SESSIONS);
    expect(listed.data!.mySessions).toHaveLength(2);
    expect(listed.data!.mySessions.filter((s) => s.current)).toHaveLength(1);
    const otherId = listed.data!.mySessions.find((s) => !s.current)!.id;
    // Someone else's session id matches nothing of theirs.
    const foreign = await stranger.gql('mutation($id: ID!) { revokeSession(id: $id) }', { id: otherId });
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    await here.gql('mutation($id: ID!) { revokeSession(id: $id) }', { id: otherId });
    expect((await other.gql<{ viewer: unknown }>('{ viewer { id } }')).data!.viewer).toBeNull();
    const again = await server.client().signIn(org.email('bo'));
    await here.gql('mutation { signOutEverywhere }');
    for (const client of [here, again]) {
      expect((await client.gql<{ viewer: unknown }>('{ viewer { id } }')).data!.viewer).toBeNull();
    }
    expect((await stranger.gql<{ viewer: unknown }>('{ viewer { id } }')).data!.viewer).not.toBeNull();
  });

  it('answers a reset request alike for known and unknown e-mails, mails a one-hour link that works once', async () => {
    const signedIn = await server.client().signIn(org.email('admin'));
    const visitor = server.client();
    const known = await visitor.gql(REQUEST, { e: org.email('admin') });
    const unknown = await visitor.gql(REQUEST, { e: 'ingen@lambda.test' });
    expect(known).toEqual(unknown);
    expect(known).toEqual({ data: { requestPasswordReset: true } });
    await waitFor(() => smtp.received.length === 1);
    const mail = smtp.received[0];
    expect(mail.to).toEqual([org.email('admin')]);
    const link = linkIn(mail);
    expect(link).toMatch(/^http:\/\/overblik\.test\/nulstil-adgangskode\//);
    const stored = await server.db.prisma.oneTimeToken.findFirstOrThrow({
      where: { userId: org.userIds.admin },
    });
    const hours = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(1, 1);

    const token = link.split('/').pop()!;
    expect((await visitor.gql(RESET, { t: token, p: 'kort' })).errors![0].extensions!.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await visitor.gql(RESET, { t: token, p: 'nulstillet-kodeord' })).data).toEqual({
      resetPassword: true,
    });
    // Whoever held a session before the reset is out.
    expect((await signedIn.gql<{ viewer: unknown }>('{ viewer { id } }')).data!.viewer).toBeNull();
    await server.client().signIn(org.email('admin'), 'nulstillet-kodeord');
    const reused = await visitor.gql(RESET, { t: token, p: 'endnu-et-kodeord' });
    expect(reused.errors![0].extensions!.code).toBe('INVALID_TOKEN');
    expect(smtp.received).toHaveLength(1);
  });

  it('e-mails an invitation through SMTP instead of showing the link, and the link in the mail works', async () => {
    const admin = await server.client().signIn(org.email('admin'), 'nulstillet-kodeord');
    const invited = await admin.gql<{ inviteMember: { emailed: boolean; inviteLink: string | null } }>(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { emailed inviteLink } }',
      { i: { email: 'post@lambda.test', name: 'Post', roles: ['READER'] } },
    );
    expect(invited.data!.inviteMember).toEqual({ emailed: true, inviteLink: null });
    await waitFor(() => smtp.received.some((m) => m.to.includes('post@lambda.test')));
    const link = linkIn(smtp.received.find((m) => m.to.includes('post@lambda.test'))!);
    const accepted = await server
      .client()
      .gql(
        'mutation($t: String!) { acceptInvitation(token: $t, input: { name: "Post", password: "post-kodeord-12" }) }',
        {
          t: link.split('/').pop(),
        },
      );
    expect(accepted.data).toEqual({ acceptInvitation: true });
    await server.client().signIn('post@lambda.test', 'post-kodeord-12');
  });

  it('purges expired sessions and links, keeping live ones', async () => {
    const user = org.userIds.anna;
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 3_600_000);
    await server.db.prisma.session.createMany({
      data: [
        { id: 'expired-session', userId: user, expiresAt: past },
        { id: 'live-session', userId: user, expiresAt: future },
      ],
    });
    await server.db.prisma.oneTimeToken.createMany({
      data: [
        { id: 'expired-link', userId: user, purpose: 'PASSWORD_RESET', expiresAt: past },
        { id: 'live-link', userId: user, purpose: 'PASSWORD_RESET', expiresAt: future },
      ],
    });
    const purged = await purgeExpired(server.db);
    expect(purged).toEqual({ sessions: 1, links: 1 });
    expect(await server.db.prisma.session.findUnique({ where: { id: 'live-session' } })).not.toBeNull();
    expect(await server.db.prisma.oneTimeToken.findUnique({ where: { id: 'live-link' } })).not.toBeNull();
  });
});

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((r) => setTimeout(r, 50));
  expect(condition()).toBe(true);
}
