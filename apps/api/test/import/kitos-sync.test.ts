import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { startKitosApiServer, type KitosApiServer } from '../support/kitos-api-server';
import { K, seedKitos, usageDto } from './kitos-fixture-api';

const SAVE = `mutation($i: KitosConnectionInput!) { saveKitosConnection(input: $i) {
  id baseUrl kitosOrganisationUuid emailSet passwordSet nightly version } }`;
const CONNECTION = `query { kitosConnection { id baseUrl emailSet passwordSet nightly version lastRunAt
  lastRun { ok created updated unchanged errorCount deleted conflicts message problems } } }`;
const SYNC = `mutation { syncKitos { ok created updated unchanged errorCount deleted conflicts message problems } }`;
const CONFLICTS = `query { kitosConflicts { id kind kitosUuid name changes overblikChangedAt } }`;
const RESOLVE = `mutation($id: ID!, $c: KitosConflictChoice!) { resolveKitosConflict(id: $id, choice: $c) }`;

type Run = {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  deleted: number;
  conflicts: number;
  message: string | null;
  problems: string[];
};

describe('KITOS API v2 connector against a local KITOS server', () => {
  let server: TestServer;
  let kitos: KitosApiServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;
  let owner: TestClient;
  let adminB: TestClient;
  let version: number;

  beforeAll(async () => {
    server = await startTestServer();
    kitos = await startKitosApiServer();
    a = await anOrganisation(server.db, 'kitosa', { admin: ['ADMINISTRATOR'], owner: ['SYSTEM_OWNER'] });
    b = await anOrganisation(server.db, 'kitosb', { admin: ['ADMINISTRATOR'] });
    admin = await server.client().signIn(a.email('admin'));
    owner = await server.client().signIn(a.email('owner'));
    adminB = await server.client().signIn(b.email('admin'));
    seedKitos(kitos, a.email('admin'));
  }, 60_000);
  afterAll(async () => {
    await kitos.close();
    await server.close();
  });

  const auditCount = () => server.db.prisma.auditEntry.count({ where: { organisationId: a.org.id } });
  const usages = () =>
    server.db.prisma.systemUsage.findMany({
      where: { organisationId: a.org.id },
      include: { system: true },
      // SagsPortal, then CPR-opslag: the import inserts new rows in batches that share one creation
      // time, so the order is the names'.
      orderBy: { system: { name: 'desc' } },
    });
  const sync = async (client = admin) => client.gql<{ syncKitos: Run }>(SYNC);
  const input = (over: Record<string, unknown> = {}) => ({
    version: null,
    baseUrl: kitos.url,
    kitosOrganisationUuid: kitos.organisationUuid,
    email: kitos.email,
    password: 'forkert-kode',
    nightly: true,
    ...over,
  });

  it('lets only administrators configure and run it', async () => {
    const save = await owner.gql(SAVE, { i: input() });
    expect(save.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await owner.gql(CONNECTION)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await sync(owner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await owner.gql(CONFLICTS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a new connection without credentials or with a bad address, in Danish, and stores nothing', async () => {
    const r = await admin.gql(SAVE, { i: input({ email: null, password: null, baseUrl: 'ftp://kitos' }) });
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(r.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'baseUrl',
      'email',
      'password',
    ]);
    expect(await server.db.prisma.kitosConnection.count()).toBe(0);
  });

  it('stores the credentials encrypted and only ever says whether they are set', async () => {
    const r = await admin.gql<{ saveKitosConnection: Record<string, unknown> }>(SAVE, { i: input() });
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveKitosConnection).toMatchObject({
      emailSet: true,
      passwordSet: true,
      nightly: true,
      version: 1,
    });
    version = r.data!.saveKitosConnection.version as number;
    const row = await server.db.prisma.kitosConnection.findFirstOrThrow({
      where: { organisationId: a.org.id },
    });
    expect(row.emailEncrypted).not.toContain(kitos.email);
    expect(row.passwordEncrypted).not.toContain('forkert-kode');
    const type = await admin.gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "KitosConnection") { fields { name } } }',
    );
    const fields = type.data?.__type.fields.map((f) => f.name) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['emailSet', 'passwordSet']));
    expect(fields.filter((f) => /^(email|password)$|encrypted/i.test(f))).toEqual([]);
    const audit = await server.db.prisma.auditEntry.findFirstOrThrow({
      where: { organisationId: a.org.id, entityType: 'KitosConnection' },
    });
    expect(JSON.stringify([audit.before, audit.after])).not.toMatch(/forkert-kode|api@kommune|Encrypted/);
  });

  it('refuses a second create and a stale edit: nothing is overwritten', async () => {
    const again = await admin.gql(SAVE, { i: input({ baseUrl: 'https://andet.example' }) });
    expect(again.errors?.[0].extensions?.code).toBe('STALE_VERSION');
    const stale = await admin.gql(SAVE, {
      i: input({ version: version + 5, baseUrl: 'https://andet.example' }),
    });
    expect(stale.errors?.[0].extensions?.code).toBe('STALE_VERSION');
    const row = await server.db.prisma.kitosConnection.findFirstOrThrow({
      where: { organisationId: a.org.id },
    });
    expect(row.baseUrl).toBe(kitos.url);
  });

  it('says clearly when KITOS refuses the password, in Danish and English, and changes nothing', async () => {
    const audits = await auditCount();
    const r = await sync();
    expect(r.errors?.[0].extensions?.code).toBe('KITOS_FAILED');
    expect(r.errors?.[0].message).toBe(
      'KITOS afviste API-brugerens e-mail eller adgangskode. Ret dem under Administration → KITOS – intet er ændret.',
    );
    admin.locale = 'en';
    const en = await sync();
    admin.locale = 'da';
    expect(en.errors?.[0].message).toBe(
      "KITOS refused the API user's e-mail or password. Correct them under Administration → KITOS – nothing was changed.",
    );
    expect(await auditCount()).toBe(audits);
    expect(await usages()).toEqual([]);
    const c = await admin.gql<{ kitosConnection: { lastRun: Run; lastRunAt: string } }>(CONNECTION);
    expect(c.data!.kitosConnection.lastRun).toMatchObject({
      ok: false,
      message: expect.stringContaining('afviste'),
    });
  });

  it('keeps the stored e-mail when only the password is corrected', async () => {
    const r = await admin.gql<{ saveKitosConnection: { version: number; emailSet: boolean } }>(SAVE, {
      i: input({ version, email: null, password: kitos.password }),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.saveKitosConnection).toMatchObject({ version: version + 1, emailSet: true });
    version = r.data!.saveKitosConnection.version;
  });

  it('creates everything on the first sync, through the import (units, people, usages, contract, interface)', async () => {
    const r = await sync();
    expect(r.errors).toBeUndefined();
    expect(r.data!.syncKitos).toMatchObject({
      ok: true,
      errorCount: 0,
      deleted: 0,
      conflicts: 0,
      message: null,
    });
    expect(r.data!.syncKitos.created).toBeGreaterThanOrEqual(7);
    const unit = await server.db.prisma.unit.findFirstOrThrow({
      where: { organisationId: a.org.id, name: 'Digitalisering' },
      include: { parent: true },
    });
    expect(unit.parent?.name).toBe('Testkommune');
    const list = await usages();
    expect(
      list.map((u) => [u.system.name, u.system.kitosUuid, u.localName, u.lifecycle, u.responsibleUnitId]),
    ).toEqual([
      ['SagsPortal', K.systemSags, 'Sager', 'IN_USE', unit.id],
      ['CPR-opslag', K.systemCpr, null, 'IN_USE', null],
    ]);
    const contract = await server.db.prisma.contract.findFirstOrThrow({
      where: { organisationId: a.org.id },
      include: { supplier: true, coverage: true },
    });
    expect(contract).toMatchObject({
      name: 'Driftsaftale SagsPortal',
      kitosId: K.contract,
      reference: 'K-17',
      noticePeriodMonths: 6,
    });
    expect(contract.supplier?.name).toBe('Netcompany A/S');
    expect(contract.coverage.map((c) => c.usageId)).toEqual([list[0].id]);
    const person = await server.db.prisma.person.findFirst({
      where: { organisationId: a.org.id, email: 'anne@testkommune.dk' },
    });
    expect(person?.name).toBe('Anne Ejer');
    const iface = await server.db.prisma.interface.findFirst({ where: { kitosId: K.iface } });
    expect(iface?.name).toBe('SagsPortal REST');
    expect(
      await server.db.prisma.integration.count({
        where: { organisationId: a.org.id, fromUsageId: list[0].id, toUsageId: list[1].id },
      }),
    ).toBe(1);
    const reads = kitos.requests.filter((q) => q.includes('it-system-usages'));
    expect(reads.at(-1)).toContain(`organizationUuid=${kitos.organisationUuid}`);
    expect(reads.at(-1)).toMatch(/page=0&pageSize=100/);
  });

  it('changes nothing on a second sync when nothing changed: no audit entry, no version bump', async () => {
    const audits = await auditCount();
    const versions = (await usages()).map((u) => u.version);
    kitos.requests.length = 0;
    const r = await sync();
    expect(r.errors).toBeUndefined();
    expect(r.data!.syncKitos).toMatchObject({ ok: true, created: 0, updated: 0, conflicts: 0, deleted: 0 });
    expect(await auditCount()).toBe(audits);
    expect((await usages()).map((u) => u.version)).toEqual(versions);
    expect(kitos.requests.find((q) => q.includes('it-contracts'))).toContain('changedSinceGtEq=');
  });

  it('updates what changed in KITOS', async () => {
    kitos.put(
      'usages',
      usageDto(
        K.usageCpr,
        { uuid: K.systemCpr, name: 'CPR-opslag' },
        {
          localCallName: 'CPR',
          validity: {
            lifeCycleStatus: 'PhasingOut',
            validFrom: '2020-01-01T00:00:00Z',
            validTo: '2027-06-30T00:00:00Z',
          },
        },
      ),
    );
    const r = await sync();
    expect(r.data!.syncKitos).toMatchObject({ ok: true, updated: 1, conflicts: 0 });
    const cpr = (await usages())[1];
    expect([cpr.localName, cpr.lifecycle, cpr.inUseUntil?.toISOString().slice(0, 10)]).toEqual([
      'CPR',
      'PHASING_OUT',
      '2027-06-30',
    ]);
  });

  it('flags a usage deleted in KITOS and keeps it with its data', async () => {
    kitos.remove('usages', K.usageCpr, 'ItSystemUsage');
    const r = await sync();
    expect(r.data!.syncKitos).toMatchObject({ ok: true, deleted: 1 });
    const cpr = (await usages())[1];
    expect(cpr.localName).toBe('CPR');
    expect((cpr.kitosAttributes as Record<string, string>)['Slettet i KITOS']).toBe(
      new Date().toISOString().slice(0, 10),
    );
    const again = await sync();
    expect(again.data!.syncKitos.deleted).toBe(0);
  });

  it('lists an object changed on both sides, and a person decides: take KITOS’s, or keep Overblik’s', async () => {
    const [sags] = await usages();
    // Overblik's side: someone renames the usage after the last sync.
    await new Promise((r) => setTimeout(r, 5));
    await server.db.prisma.systemUsage.update({
      where: { id: sags.id },
      data: { localName: 'Sager (Overblik)' },
    });
    const changed = (ln: string) =>
      kitos.put(
        'usages',
        usageDto(
          K.usageSags,
          { uuid: K.systemSags, name: 'SagsPortal' },
          { localCallName: ln },
          {
            organizationUsage: {
              usingOrganizationUnits: [],
              responsibleOrganizationUnit: { uuid: K.unitIt, name: 'Digitalisering' },
            },
          },
        ),
      );
    changed('Sager (KITOS)');
    const r = await sync();
    expect(r.data!.syncKitos).toMatchObject({ ok: true, conflicts: 1 });
    expect((await usages())[0].localName).toBe('Sager (Overblik)');
    const list = await admin.gql<{
      kitosConflicts: { id: string; kind: string; kitosUuid: string; name: string; changes: string[] }[];
    }>(CONFLICTS);
    expect(list.data!.kitosConflicts).toEqual([
      expect.objectContaining({
        kind: 'USAGE_OVERVIEW',
        kitosUuid: K.usageSags,
        name: 'SagsPortal',
        changes: expect.arrayContaining(['localName']),
      }),
    ]);
    const conflictId = list.data!.kitosConflicts[0].id;

    // Organisation B sees none of it and cannot decide it.
    expect((await adminB.gql<{ kitosConflicts: unknown[] }>(CONFLICTS)).data!.kitosConflicts).toEqual([]);
    const foreign = await adminB.gql(RESOLVE, { id: conflictId, c: 'TAKE_KITOS' });
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await usages())[0].localName).toBe('Sager (Overblik)');

    const take = await admin.gql(RESOLVE, { id: conflictId, c: 'TAKE_KITOS' });
    expect(take.errors).toBeUndefined();
    expect((await usages())[0].localName).toBe('Sager (KITOS)');
    expect((await admin.gql<{ kitosConflicts: unknown[] }>(CONFLICTS)).data!.kitosConflicts).toEqual([]);
    await sync(); // settles: the decision is now the synced state

    await new Promise((r) => setTimeout(r, 5));
    await server.db.prisma.systemUsage.update({
      where: { id: sags.id },
      data: { localName: 'Sager (igen Overblik)' },
    });
    changed('Sager (igen KITOS)');
    expect((await sync()).data!.syncKitos.conflicts).toBe(1);
    const [second] = (await admin.gql<{ kitosConflicts: { id: string }[] }>(CONFLICTS)).data!.kitosConflicts;
    const audits = await auditCount();
    expect((await admin.gql(RESOLVE, { id: second.id, c: 'KEEP_OVERBLIK' })).errors).toBeUndefined();
    expect((await usages())[0].localName).toBe('Sager (igen Overblik)');
    expect(await auditCount()).toBe(audits + 1);
    const next = await sync();
    expect(next.data!.syncKitos).toMatchObject({ conflicts: 0, updated: 0 });
    expect((await usages())[0].localName).toBe('Sager (igen Overblik)');
  });

  it('keeps organisation B out of A’s connection', async () => {
    const read = await adminB.gql(`query($o: ID) { kitosConnection(organisationId: $o) { id } }`, {
      o: a.org.id,
    });
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const run = await adminB.gql(`mutation($o: ID) { syncKitos(organisationId: $o) { ok } }`, {
      o: a.org.id,
    });
    expect(run.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await adminB.gql<{ kitosConnection: unknown }>(CONNECTION)).data!.kitosConnection).toBeNull();
    const own = await sync(adminB);
    expect(own.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(own.errors?.[0].message).toBe(
      'Forbindelsen til KITOS er ikke sat op endnu. Udfyld den under Administration → KITOS.',
    );
  });

  it('says clearly when KITOS answers 500, and changes nothing', async () => {
    const audits = await auditCount();
    kitos.mode = { kind: 'error' };
    const r = await sync();
    kitos.mode = { kind: 'ok' };
    expect(r.errors?.[0].message).toBe(
      'KITOS svarede med en fejl (HTTP 500). Prøv igen senere – intet er ændret.',
    );
    expect(await auditCount()).toBe(audits);
  });

  it('says clearly when KITOS is down, without naming the host', async () => {
    const down = await startKitosApiServer();
    const url = down.url;
    await down.close();
    const row = await server.db.prisma.kitosConnection.findFirstOrThrow({
      where: { organisationId: a.org.id },
    });
    const moved = await admin.gql<{ saveKitosConnection: { version: number } }>(SAVE, {
      i: input({ version: row.version, baseUrl: url, email: null, password: null }),
    });
    const r = await sync();
    expect(r.errors?.[0].message).toBe(
      'KITOS kunne ikke nås. Tjek adressen, eller prøv igen senere – intet er ændret.',
    );
    expect(r.errors?.[0].message).not.toContain('127.0.0.1');
    await admin.gql(SAVE, {
      i: input({ version: moved.data!.saveKitosConnection.version, email: null, password: null }),
    });
  });

  it('gives up on a KITOS that does not answer in time', async () => {
    const audits = await auditCount();
    kitos.mode = { kind: 'slow', ms: 25_000 };
    const r = await sync();
    kitos.mode = { kind: 'ok' };
    expect(r.errors?.[0].message).toBe(
      'KITOS svarede ikke inden for 20 sekunder. Prøv igen senere – intet er ændret.',
    );
    expect(await auditCount()).toBe(audits);
  }, 40_000);
});
