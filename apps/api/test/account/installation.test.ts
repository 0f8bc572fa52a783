import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig } from '../../src/config';
import { hashPassword } from '../../src/modules/auth/auth.service';
import {
  InstallationAlreadyInitialised,
  installationService,
} from '../../src/modules/installation/installation.service';
import { openDatabase } from '../../src/db/database';
import { DEMO_PASSWORD } from '../../src/seed/demo-seed';
import { clearDemoPasswords } from '../../src/start/demo-passwords';
import { prepareDatabase, StartRefused } from '../../src/start/start-mode';
import { anOrganisation, startTestServer, type TestServer } from '../test-server';

const CREATE = `mutation($i: CreateOrganisationInput!) {
  createOrganisation(input: $i) { emailed inviteLink organisation { name slug type } }
}`;
const ACCEPT =
  'mutation($t: String!) { acceptInvitation(token: $t, input: { name: "Ida Chef", password: "første-kodeord" }) }';

describe('first organisation and installation administrators', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ smtpUrl: null, publicUrl: 'http://localhost:4000' });
  });
  afterAll(() => server.close());

  it('init refuses a wrong CVR, then creates the first organisation whose administrator sets a password once', async () => {
    const input = { name: 'Ærø Kommune', cvr: '29189421', type: 'MUNICIPALITY', adminEmail: 'IT@aeroe.dk' };
    await expect(
      installationService.init(server.db.prisma, input, 'http://localhost:4000'),
    ).rejects.toMatchObject({
      fields: [{ field: 'cvr', message: 'field.cvr' }],
    });
    expect(await server.db.prisma.organisation.count()).toBe(0);

    const created = await installationService.init(
      server.db.prisma,
      { ...input, cvr: '29189420' },
      'http://localhost:4000',
    );
    expect(created.organisation).toMatchObject({
      name: 'Ærø Kommune',
      slug: 'aeroe-kommune',
      cvr: '29189420',
    });
    expect(created.link).toMatch(/^http:\/\/localhost:4000\/invitation\//);
    const token = await server.db.prisma.oneTimeToken.findFirstOrThrow();
    expect(token.purpose).toBe('FIRST_SIGN_IN');
    expect((token.expiresAt.getTime() - token.createdAt.getTime()) / 3_600_000).toBeCloseTo(24, 1);

    const visitor = server.client();
    expect((await visitor.gql(ACCEPT, { t: created.link.split('/').pop() })).data).toEqual({
      acceptInvitation: true,
    });
    await visitor.signIn('it@aeroe.dk', 'første-kodeord');
    const viewer = await visitor.gql<{
      viewer: { installationAdmin: boolean; memberships: { roles: string[] }[] };
    }>('{ viewer { installationAdmin memberships { roles } } }');
    expect(viewer.data!.viewer).toEqual({
      installationAdmin: true,
      memberships: [{ roles: ['ADMINISTRATOR'] }],
    });

    await expect(
      installationService.init(server.db.prisma, { ...input, cvr: '55133018', name: 'Anden' }, 'http://x'),
    ).rejects.toBeInstanceOf(InstallationAlreadyInitialised);
    expect(await server.db.prisma.organisation.count()).toBe(1);
  });

  it('lets an installation administrator create a further organisation (audited), and nobody else', async () => {
    const chief = await server.client().signIn('it@aeroe.dk', 'første-kodeord');
    const bad = await chief.gql(CREATE, {
      i: { name: 'Odense Kommune', cvr: '35209116', type: 'MUNICIPALITY', adminEmail: 'nej' },
    });
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['cvr', 'adminEmail']);
    const made = await chief.gql<{
      createOrganisation: { emailed: boolean; inviteLink: string; organisation: { slug: string } };
    }>(CREATE, {
      i: { name: 'Odense Kommune', cvr: '35209115', type: 'MUNICIPALITY', adminEmail: 'it@odense.dk' },
    });
    expect(made.data!.createOrganisation).toMatchObject({
      emailed: false,
      organisation: { slug: 'odense-kommune' },
    });
    const org = await server.db.prisma.organisation.findUniqueOrThrow({ where: { slug: 'odense-kommune' } });
    expect(
      await server.db.prisma.auditEntry.count({
        where: { organisationId: org.id, entityType: 'Organisation' },
      }),
    ).toBe(1);
    const visitor = server.client();
    await visitor.gql(ACCEPT, { t: made.data!.createOrganisation.inviteLink.split('/').pop() });
    const odense = await visitor.signIn('it@odense.dk', 'første-kodeord');
    // An organisation administrator is not an installation administrator.
    const refused = await odense.gql(CREATE, {
      i: { name: 'Aalborg Kommune', cvr: '29189420', type: 'MUNICIPALITY', adminEmail: 'it@aalborg.dk' },
    });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await server.db.prisma.organisation.count()).toBe(2);
  });

  it('lists the organisations with the people who can sign in to installation administrators only', async () => {
    const LIST = '{ installationOrganisations { name slug cvr type memberCount } }';
    const chief = await server.client().signIn('it@aeroe.dk', 'første-kodeord');
    const listed = await chief.gql<{ installationOrganisations: unknown[] }>(LIST);
    // Odense's administrator accepted the invitation above; a pending invitation would not count.
    expect(listed.data!.installationOrganisations).toEqual([
      {
        name: 'Odense Kommune',
        slug: 'odense-kommune',
        cvr: '35209115',
        type: 'MUNICIPALITY',
        memberCount: 1,
      },
      expect.objectContaining({ cvr: '29189420', memberCount: 1 }),
    ]);
    const odense = await server.client().signIn('it@odense.dk', 'første-kodeord');
    const refused = await odense.gql(LIST);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
  });
});

describe('test-only POST /e2e/init (browser journeys from an empty installation)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ e2eFixtures: true, publicUrl: 'http://localhost:4310' });
    await anOrganisation(server.db, 'nu', { admin: ['ADMINISTRATOR'] });
  });
  afterAll(() => server.close());

  const init = (body: object) =>
    fetch(`${server.url}/e2e/init`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('runs init beside other journeys’ organisations and answers the first sign-in link; refuses a wrong CVR', async () => {
    const input = {
      name: 'Journey Kommune',
      cvr: '55133018',
      type: 'MUNICIPALITY',
      adminEmail: 'chef@journey.test',
    };
    const bad = await init({ ...input, cvr: '55133019' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ fields: [{ field: 'cvr', message: 'field.cvr' }] });
    const made = await init(input);
    expect(made.status).toBe(201);
    const { link } = (await made.json()) as { link: string };
    expect(link).toMatch(/^http:\/\/localhost:4310\/invitation\//);
    const admin = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'chef@journey.test' } });
    expect(admin.installationAdmin).toBe(true);
  });
});

describe('start modes', () => {
  const folders: string[] = [];
  const folder = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'overblik-start-'));
    folders.push(dir);
    return dir;
  };
  afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('keeps an empty database empty with OVERBLIK_DEMO=off and in production', async () => {
    expect(readConfig({}).demo).toBe(true);
    expect(readConfig({ OVERBLIK_DEMO: 'off' }).demo).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', OVERBLIK_DEMO: 'on' }).demo).toBe(false);
    // Only the browser journeys' test server, whose worlds copy the demo.
    expect(readConfig({ NODE_ENV: 'production', OVERBLIK_E2E_FIXTURES: '1' }).demo).toBe(true);
    for (const config of [
      { production: false, demo: false },
      { production: true, demo: false },
    ]) {
      const db = await openDatabase({ dataDir: folder() });
      const prepared = await prepareDatabase(db, config);
      expect(prepared.migrations.length).toBeGreaterThan(0);
      expect(prepared.demoUsers).toEqual([]);
      expect(await db.prisma.organisation.count()).toBe(0);
      await db.close();
    }
  });

  it('refuses a production start while an account has the demo password, until the passwords are cleared', async () => {
    const dir = folder();
    const db = await openDatabase({ dataDir: dir });
    await prepareDatabase(db, { production: false, demo: false });
    const org = await anOrganisation(db, 'mu', { admin: ['ADMINISTRATOR'], other: ['READER'] });
    const demoHash = await hashPassword(DEMO_PASSWORD);
    await db.prisma.user.updateMany({
      where: { id: { in: Object.values(org.userIds) } },
      data: { passwordHash: demoHash },
    });
    await db.prisma.user.create({
      data: { email: 'own@mu.test', name: 'Own', passwordHash: await hashPassword('eget-kodeord-1') },
    });

    const refused = prepareDatabase(db, { production: true, demo: false });
    await expect(refused).rejects.toBeInstanceOf(StartRefused);
    await expect(refused).rejects.toThrow(
      /2 account\(s\) have the public demo password \(admin@mu\.test, other@mu\.test\)[\s\S]*pnpm overblik clear-demo-passwords/,
    );

    const links = await clearDemoPasswords(db.prisma, 'http://localhost:4000');
    expect(links.map((l) => l.email)).toEqual(['admin@mu.test', 'other@mu.test']);
    await expect(prepareDatabase(db, { production: true, demo: false })).resolves.toMatchObject({
      demoUsers: [],
    });
    expect(
      (await db.prisma.user.findUniqueOrThrow({ where: { email: 'own@mu.test' } })).passwordHash,
    ).not.toBeNull();
    await db.close();
  });
});
