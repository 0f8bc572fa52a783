import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { lineStatuses, runImport as run } from './kitos-import-client';
import { kitosWorkbook, USER_HEADERS, type FixtureCell } from './kitos-fixture';

describe('KITOS user template import over GraphQL', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'brugera', { admin: ['ADMINISTRATOR'], owner: ['SYSTEM_OWNER'] });
    b = await anOrganisation(server.db, 'brugerb', { admin: ['ADMINISTRATOR'], chef: ['READER'] });
    admin = await server.client().signIn(a.email('admin'));
  }, 60_000);
  afterAll(() => server.close());

  /** A member of A, a member of B only, a new person, and a row without e-mail. */
  const rows = (): FixtureCell[][] => [
    ['11', 'Ejer', 'Ejersen', a.email('owner').toUpperCase(), ''],
    ['12', 'Chef', 'Chefsen', b.email('chef'), '11223344'],
    ['', 'Eva', 'Ny', 'eva@kommune.test', ''],
    ['', 'Uden', 'Adresse', '', ''],
  ];
  const file = (r = rows()) => kitosWorkbook(USER_HEADERS, r, 'Brugere');
  const peopleOf = (organisationId: string) =>
    server.db.prisma.person.findMany({ where: { organisationId }, orderBy: { name: 'asc' } });

  it('records non-members as people without an account, leaves members and their roles alone, refuses a row without e-mail', async () => {
    const membersBefore = await server.db.prisma.membership.findMany({ where: { organisationId: a.org.id } });
    const dry = await run(admin, await file(), { dryRun: true });
    expect(dry.data!.importKitos.kind).toBe('USER_TEMPLATE');
    expect(lineStatuses(dry)).toEqual([
      [2, 'Ejer Ejersen', 'UNCHANGED'],
      [3, 'Chef Chefsen', 'CREATE'],
      [4, 'Eva Ny', 'CREATE'],
      [5, 'Uden Adresse', 'ERROR'],
    ]);
    expect(dry.data!.importKitos.lines[3].errors).toEqual([{ column: 'email', message: 'Skal udfyldes.' }]);
    expect(dry.data!.importKitos.lines[0].warnings[0].message).toMatch(/^Personen er allerede medlem/);

    const r = await run(admin, await file(), { mode: 'SKIP_BAD_ROWS' });
    expect(r.data!.importKitos).toMatchObject({ applied: true, created: 2, unchanged: 1, errorCount: 1 });
    expect((await peopleOf(a.org.id)).map((p) => [p.name, p.email, p.phone, p.userId])).toEqual([
      ['Chef Chefsen', b.email('chef'), '11223344', null],
      ['Eva Ny', 'eva@kommune.test', null, null],
    ]);
    // No account, membership or role comes from the file.
    expect(await server.db.prisma.membership.findMany({ where: { organisationId: a.org.id } })).toEqual(
      membersBefore,
    );
    expect(await server.db.prisma.user.count({ where: { email: 'eva@kommune.test' } })).toBe(0);
  });

  it('re-imports idempotently and updates a changed phone number', async () => {
    const audits = await server.db.prisma.auditEntry.count({ where: { organisationId: a.org.id } });
    const again = await run(admin, await file(rows().slice(0, 3)));
    expect(again.data!.importKitos).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await server.db.prisma.auditEntry.count({ where: { organisationId: a.org.id } })).toBe(audits);
    const changed = rows().slice(2, 3);
    changed[0][4] = '87654321';
    admin.locale = 'en';
    const r = await run(admin, await file(changed));
    admin.locale = 'da';
    expect(r.data!.importKitos.lines.map((l) => [l.status, l.changes])).toEqual([['UPDATE', ['phone']]]);
    const eva = (await peopleOf(a.org.id)).find((p) => p.name === 'Eva Ny')!;
    expect([eva.phone, eva.version]).toEqual(['87654321', 2]);
  });

  it("keeps each organisation's people to itself", async () => {
    const otherAdmin = await server.client().signIn(b.email('admin'));
    const intoA = await run(otherAdmin, await file(), { organisationId: a.org.id });
    expect(intoA.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // In B, A's recorded people do not match, and A's member is just a new person to B.
    const r = await run(otherAdmin, await file(), { dryRun: true });
    expect(lineStatuses(r)).toEqual([
      [2, 'Ejer Ejersen', 'CREATE'],
      [3, 'Chef Chefsen', 'UNCHANGED'],
      [4, 'Eva Ny', 'CREATE'],
      [5, 'Uden Adresse', 'ERROR'],
    ]);
    const owner = await server.client().signIn(a.email('owner'));
    expect((await run(owner, await file(), { dryRun: true })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
