import { anOrganisation, startTestServer, TEST_PASSWORD, type TestServer } from '../test-server';

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { emailed inviteLink member { id status roles version user { email } } }
}`;
const LINK = 'query($t: String!) { oneTimeLink(token: $t) { purpose email name organisationName } }';
const ACCEPT =
  'mutation($t: String!, $name: String!, $pw: String!) { acceptInvitation(token: $t, input: { name: $name, password: $pw }) }';
const DEACTIVATE =
  'mutation($id: ID!, $v: Int!) { deactivateMember(id: $id, version: $v) { status version } }';
const REACTIVATE =
  'mutation($id: ID!, $v: Int!) { reactivateMember(id: $id, version: $v) { status version } }';

interface Invited {
  inviteMember: {
    emailed: boolean;
    inviteLink: string | null;
    member: { id: string; status: string; version: number };
  };
}

const tokenOf = (link: string) => link.split('/').pop()!;

describe('people: invitations, deactivation and tenancy', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer({ smtpUrl: null, publicUrl: 'https://overblik.example.dk' });
    a = await anOrganisation(server.db, 'iota', { admin: ['ADMINISTRATOR'], reader: ['READER'] });
    b = await anOrganisation(server.db, 'kappa', { admin: ['ADMINISTRATOR'] });
  });
  afterAll(() => server.close());

  it('invites a colleague without SMTP: the link is shown once, opens the invitation and sets a password', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const invited = await admin.gql<Invited>(INVITE, {
      input: { email: ' Ny@Iota.test ', name: 'Ny Kollega', roles: ['CONTRACT_MANAGER'] },
    });
    expect(invited.errors).toBeUndefined();
    const { inviteLink, emailed, member } = invited.data!.inviteMember;
    expect(emailed).toBe(false);
    expect(member.status).toBe('INVITED');
    expect(inviteLink).toMatch(/^https:\/\/overblik\.example\.dk\/invitation\/[\w-]{43}$/);
    const token = tokenOf(inviteLink!);
    // Only the hash is stored.
    expect(await server.db.prisma.oneTimeToken.count({ where: { id: token } })).toBe(0);

    const visitor = server.client();
    const link = await visitor.gql<{ oneTimeLink: unknown }>(LINK, { t: token });
    expect(link.data!.oneTimeLink).toEqual({
      purpose: 'INVITE',
      email: 'ny@iota.test',
      name: 'Ny Kollega',
      organisationName: 'iota Kommune',
    });
    // Not signed in yet: no password.
    const early = await visitor.gql('mutation { signIn(email: "ny@iota.test", password: "x") { id } }');
    expect(early.errors![0].extensions!.code).toBe('BAD_CREDENTIALS');

    const weak = await visitor.gql(ACCEPT, { t: token, name: 'Ny Kollega', pw: 'kort' });
    expect(weak.errors![0].extensions!.fields).toEqual([
      { field: 'password', message: 'Skal være mindst 12 tegn.' },
    ]);
    const accepted = await visitor.gql(ACCEPT, { t: token, name: 'Nina Kollega', pw: 'et-langt-kodeord' });
    expect(accepted.data).toEqual({ acceptInvitation: true });
    await visitor.signIn('ny@iota.test', 'et-langt-kodeord');
    const viewer = await visitor.gql<{ viewer: { name: string } }>('{ viewer { name } }');
    expect(viewer.data!.viewer.name).toBe('Nina Kollega');

    const again = await visitor.gql(ACCEPT, { t: token, name: 'X', pw: 'et-andet-kodeord' });
    expect(again.errors![0]).toMatchObject({
      message: 'Linket er allerede brugt. Bed om et nyt, hvis du stadig har brug for det.',
      extensions: { code: 'INVALID_TOKEN' },
    });
    const members = await admin.gql<{ members: { status: string; user: { email: string } }[] }>(
      '{ members { status user { email } } }',
    );
    expect(members.data!.members.find((m) => m.user.email === 'ny@iota.test')!.status).toBe('ACTIVE');
    expect(
      await server.db.prisma.auditEntry.count({ where: { entityId: member.id, action: 'CREATE' } }),
    ).toBe(1);
  });

  it('refuses an invitation to an existing member, bad input and non-administrators, changing nothing', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    admin.locale = 'en';
    const existing = await admin.gql(INVITE, {
      input: { email: a.email('reader'), name: 'Reader', roles: ['READER'] },
    });
    expect(existing.errors![0]).toMatchObject({
      message: 'The person with the e-mail reader@iota.test is already a member of the organisation.',
      extensions: { code: 'CONFLICT' },
    });
    const bad = await admin.gql(INVITE, { input: { email: 'ikke-en-mail', name: ' ', roles: [] } });
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual(['email', 'name', 'roles']);
    const reader = await server.client().signIn(a.email('reader'));
    const refused = await reader.gql(INVITE, {
      input: { email: 'x@iota.test', name: 'X', roles: ['READER'] },
    });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(
      await server.db.prisma.user.count({ where: { email: { in: ['ikke-en-mail', 'x@iota.test'] } } }),
    ).toBe(0);
  });

  it('invites someone with an account elsewhere alike, revealing nothing; they join by confirming their own password', async () => {
    const c = await anOrganisation(server.db, 'ksi', { person: ['READER'] });
    const admin = await server.client().signIn(a.email('admin'));
    const invited = await admin.gql<Invited>(INVITE, {
      input: { email: c.email('person'), name: 'Navnet betyder intet', roles: ['READER'] },
    });
    const { inviteLink, emailed, member } = invited.data!.inviteMember;
    expect({ emailed, status: member.status, link: typeof inviteLink }).toEqual({
      emailed: false,
      status: 'INVITED',
      link: 'string',
    });
    // Until they accept, the invitation gives no access to A.
    const person = await server.client().signIn(c.email('person'));
    person.organisationId = a.org.id;
    expect((await person.gql('{ members { id } }')).errors![0].extensions!.code).toBe('FORBIDDEN');

    const token = tokenOf(inviteLink!);
    const wrong = await person.gql(ACCEPT, { t: token, name: 'X', pw: 'ikke-mit-kodeord' });
    expect(wrong.errors![0].extensions!.fields).toEqual([
      { field: 'password', message: 'Den nuværende adgangskode er forkert.' },
    ]);
    expect((await person.gql(ACCEPT, { t: token, name: 'X', pw: TEST_PASSWORD })).data).toEqual({
      acceptInvitation: true,
    });
    // The link did not rename them or change their password, and they now see A.
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: c.email('person') } });
    expect(user.name).toBe('person ksi');
    const again = await server.client().signIn(c.email('person'));
    again.organisationId = a.org.id;
    expect((await again.gql('{ members { id } }')).errors).toBeUndefined();
  });

  it('refuses an expired link and a link of another purpose with clear messages', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const invited = await admin.gql<Invited>(INVITE, {
      input: { email: 'sen@iota.test', name: 'Sen', roles: ['READER'] },
    });
    const token = tokenOf(invited.data!.inviteMember.inviteLink!);
    await server.db.prisma.oneTimeToken.updateMany({
      where: { user: { email: 'sen@iota.test' } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const visitor = server.client();
    visitor.locale = 'en';
    const expired = await visitor.gql(ACCEPT, { t: token, name: 'Sen', pw: 'et-langt-kodeord' });
    expect(expired.errors![0].message).toBe('The link has expired. Ask for a new one.');
    const reset = await visitor.gql(
      'mutation($t: String!) { resetPassword(token: $t, password: "et-langt-kodeord") }',
      {
        t: token,
      },
    );
    expect(reset.errors![0].message).toBe('The link is not valid. Ask for a new one.');
    const garbage = await visitor.gql(LINK, { t: 'x'.repeat(500) });
    expect(garbage.errors![0].extensions!.code).toBe('INVALID_TOKEN');
    expect(
      (await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'sen@iota.test' } })).passwordHash,
    ).toBeNull();
  });

  it('deactivates a member: their open session is refused, they cannot sign in, history keeps them; reactivates', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const reader = await server.client().signIn(a.email('reader'));
    // The reader leaves a trace in history first.
    await reader.gql('mutation { setLocale(locale: "en") { id } }');
    const membership = await server.db.prisma.membership.findFirstOrThrow({
      where: { userId: a.userIds.reader, organisationId: a.org.id },
    });
    const stale = await admin.gql(DEACTIVATE, { id: membership.id, v: membership.version + 1 });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    const done = await admin.gql<{ deactivateMember: { status: string; version: number } }>(DEACTIVATE, {
      id: membership.id,
      v: membership.version,
    });
    expect(done.data!.deactivateMember.status).toBe('DEACTIVATED');
    expect(await server.db.prisma.session.count({ where: { userId: a.userIds.reader } })).toBe(0);
    expect((await reader.gql('{ members { id } }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const signIn = await server
      .client()
      .gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
        e: a.email('reader'),
        p: TEST_PASSWORD,
      });
    expect(signIn.errors![0].extensions!.code).toBe('BAD_CREDENTIALS');
    expect(await server.db.prisma.auditEntry.count({ where: { userId: a.userIds.reader } })).toBe(1);

    const back = await admin.gql<{ reactivateMember: { status: string } }>(REACTIVATE, {
      id: membership.id,
      v: done.data!.deactivateMember.version,
    });
    expect(back.data!.reactivateMember.status).toBe('ACTIVE');
    await server.client().signIn(a.email('reader'));
  });

  it('never deactivates the last active administrator', async () => {
    const admin = await server.client().signIn(b.email('admin'));
    const own = await server.db.prisma.membership.findFirstOrThrow({ where: { userId: b.userIds.admin } });
    const refused = await admin.gql(DEACTIVATE, { id: own.id, v: own.version });
    expect(refused.errors![0].extensions!.code).toBe('CONFLICT');
    expect(
      (await server.db.prisma.membership.findUniqueOrThrow({ where: { id: own.id } })).deactivatedAt,
    ).toBeNull();
  });

  it('keeps each organisation’s people private: B’s administrator cannot invite into or deactivate in A', async () => {
    const bAdmin = await server.client().signIn(b.email('admin'));
    const target = await server.db.prisma.membership.findFirstOrThrow({
      where: { userId: a.userIds.reader, organisationId: a.org.id },
    });
    for (const mutation of [DEACTIVATE, REACTIVATE]) {
      const result = await bAdmin.gql(mutation, { id: target.id, v: target.version });
      expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    bAdmin.organisationId = a.org.id;
    const invite = await bAdmin.gql(INVITE, {
      input: { email: 'ind@iota.test', name: 'Ind', roles: ['ADMINISTRATOR'] },
    });
    expect(invite.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await server.db.prisma.user.count({ where: { email: 'ind@iota.test' } })).toBe(0);
    expect((await server.db.prisma.membership.findUniqueOrThrow({ where: { id: target.id } })).version).toBe(
      target.version,
    );
  });
});
