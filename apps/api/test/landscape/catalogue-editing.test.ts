import { hashPassword } from '../../src/modules/auth/auth.service';
import { anOrganisation, startTestServer, TEST_PASSWORD, type TestServer } from '../test-server';

const ENTRY = `id name formerName description businessType version ownerOrganisationId canEdit
  supplier { id name } parentSystem { id name } childSystems { id name }`;
const CREATE = `mutation($i: ItSystemInput!) { createItSystem(input: $i) { ${ENTRY} } }`;
const UPDATE = `mutation($i: ItSystemUpdateInput!) { updateItSystem(input: $i) { ${ENTRY} } }`;
const CATALOGUE = `query($s: String) { itSystems(search: $s, limit: 50) { items { ${ENTRY} } } }`;

type Entry = {
  id: string;
  name: string;
  version: number;
  canEdit: boolean;
  childSystems: { id: string; name: string }[];
};
type Result = {
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; message: string }[] };
  }[];
};

describe('editing the system catalogue', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let national: { id: string };
  let sharedSupplier: { id: string };
  let bSupplier: { id: string };
  let bLocal: { id: string };

  beforeAll(async () => {
    server = await startTestServer();
    const p = server.db.prisma;
    a = await anOrganisation(server.db, 'kata', {
      admin: ['ADMINISTRATOR'],
      owner: ['SYSTEM_OWNER'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'katb', { admin: ['ADMINISTRATOR'] });
    // The installation administrator need not be a member of any organisation.
    await p.user.create({
      data: {
        email: 'drift@overblik.test',
        name: 'Drift',
        passwordHash: await hashPassword(TEST_PASSWORD),
        installationAdmin: true,
      },
    });
    national = await p.itSystem.create({ data: { name: 'Nationalt ESDH' } });
    sharedSupplier = await p.supplier.create({ data: { name: 'Fælles Systemhus A/S' } });
    bSupplier = await p.supplier.create({
      data: { name: 'B’s egen leverandør', visibility: 'LOCAL', ownerOrganisationId: b.org.id },
    });
    bLocal = await p.itSystem.create({
      data: { name: 'B lokalt system', visibility: 'LOCAL', ownerOrganisationId: b.org.id },
    });
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);
  const code = (r: Result) => r.errors?.[0].extensions?.code;
  const fieldErrors = (r: Result) => r.errors?.[0].extensions?.fields;
  const stored = (id: string) => server.db.prisma.itSystem.findUniqueOrThrow({ where: { id } });
  const audits = (entityId: string) =>
    server.db.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { id: 'asc' } });

  /** An entry registered through the API by A's administrator, so A owns it. */
  async function anEntry(name: string, extra: Record<string, unknown> = {}) {
    const result = await (
      await as(a.email('admin'))
    ).gql<{ createItSystem: Entry }>(CREATE, {
      i: { name, ...extra },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createItSystem;
  }

  it('registers an entry with its KITOS facts, owned by the organisation, audited', async () => {
    const created = await anEntry('Sag og Dokument', {
      formerName: 'ESDH 2',
      description: 'Journalisering.',
      businessType: 'CASE_AND_DOCUMENT_MANAGEMENT',
      supplierId: sharedSupplier.id,
      parentSystemId: national.id,
    });
    expect(created).toMatchObject({
      name: 'Sag og Dokument',
      formerName: 'ESDH 2',
      description: 'Journalisering.',
      businessType: 'CASE_AND_DOCUMENT_MANAGEMENT',
      ownerOrganisationId: a.org.id,
      canEdit: true,
      supplier: { id: sharedSupplier.id, name: 'Fælles Systemhus A/S' },
      parentSystem: { id: national.id, name: 'Nationalt ESDH' },
      childSystems: [],
    });
    const [audit] = await audits(created.id);
    expect(audit).toMatchObject({ action: 'CREATE', entityType: 'ItSystem', organisationId: a.org.id });
  });

  it('lets the owning organisation’s administrator edit, and writes the change to the audit log', async () => {
    const entry = await anEntry('Økonomi');
    const admin = await as(a.email('admin'));
    const result = await admin.gql<{ updateItSystem: Entry }>(UPDATE, {
      i: {
        id: entry.id,
        version: entry.version,
        name: 'Økonomi og betaling',
        formerName: 'Økonomi',
        businessType: 'FINANCE_AND_PAYMENT',
        supplierId: sharedSupplier.id,
        parentSystemId: national.id,
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateItSystem).toMatchObject({
      name: 'Økonomi og betaling',
      formerName: 'Økonomi',
      businessType: 'FINANCE_AND_PAYMENT',
      version: entry.version + 1,
      supplier: { name: 'Fælles Systemhus A/S' },
      parentSystem: { id: national.id },
    });
    const [, update] = await audits(entry.id);
    expect(update).toMatchObject({ action: 'UPDATE', entityType: 'ItSystem', organisationId: a.org.id });
    expect(update.before).toMatchObject({ name: 'Økonomi', formerName: null, businessType: null });
    expect(update.after).toMatchObject({ name: 'Økonomi og betaling', businessType: 'FINANCE_AND_PAYMENT' });

    // Clearing the former name and the parent: an empty text is no former name.
    const cleared = await admin.gql<{ updateItSystem: Entry }>(UPDATE, {
      i: {
        id: entry.id,
        version: entry.version + 1,
        name: 'Økonomi og betaling',
        formerName: '',
        parentSystemId: null,
      },
    });
    expect(cleared.data!.updateItSystem).toMatchObject({ formerName: null, parentSystem: null });
  });

  it('refuses system owners, readers and other organisations’ administrators, and says who may', async () => {
    const entry = await anEntry('Løn');
    const edit = { id: entry.id, version: entry.version, name: 'Løn 2' };
    for (const email of [a.email('owner'), a.email('reader'), b.email('admin')]) {
      const viewer = await as(email);
      expect(code(await viewer.gql(UPDATE, { i: edit }))).toBe('FORBIDDEN');
      const listed = await viewer.gql<{ itSystems: { items: Entry[] } }>(CATALOGUE, { s: 'Løn' });
      expect(listed.data!.itSystems.items.find((e) => e.id === entry.id)?.canEdit).toBe(false);
    }
    expect((await stored(entry.id)).name).toBe('Løn');
    // A's administrator may not edit national entries: every organisation relies on them.
    const admin = await as(a.email('admin'));
    expect(code(await admin.gql(UPDATE, { i: { id: national.id, version: 1, name: 'X' } }))).toBe(
      'FORBIDDEN',
    );
    expect(await audits(national.id)).toEqual([]);
  });

  it('hides another organisation’s local entry altogether (NOT_FOUND)', async () => {
    const admin = await as(a.email('admin'));
    expect(code(await admin.gql(UPDATE, { i: { id: bLocal.id, version: 1, name: 'Mit nu' } }))).toBe(
      'NOT_FOUND',
    );
    // Nor may A point at it, or at B's local supplier, from its own entry.
    const entry = await anEntry('Portal');
    const refused = await admin.gql(UPDATE, {
      i: {
        id: entry.id,
        version: entry.version,
        name: 'Portal',
        parentSystemId: bLocal.id,
        supplierId: bSupplier.id,
      },
    });
    expect(fieldErrors(refused)).toEqual([
      { field: 'supplierId', message: 'Leverandøren findes ikke i din organisation.' },
      { field: 'parentSystemId', message: 'Katalogsystemet findes ikke i din organisation.' },
    ]);
    expect((await stored(bLocal.id)).name).toBe('B lokalt system');
  });

  it('lets the installation administrator edit any entry, national ones too', async () => {
    const drift = await as('drift@overblik.test');
    const result = await drift.gql<{ updateItSystem: Entry }>(UPDATE, {
      i: {
        id: national.id,
        version: 1,
        name: 'Nationalt ESDH',
        businessType: 'CASE_AND_DOCUMENT_MANAGEMENT',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateItSystem).toMatchObject({ canEdit: true, version: 2 });
    const [audit] = await audits(national.id);
    expect(audit).toMatchObject({ action: 'UPDATE', entityType: 'ItSystem', organisationId: null });
    // Still not another organisation's local entry: that stays private to it.
    expect(code(await drift.gql(UPDATE, { i: { id: bLocal.id, version: 1, name: 'X' } }))).toBe('NOT_FOUND');
  });

  it('refuses a stale version and keeps the newer edit', async () => {
    const entry = await anEntry('Vagtplan');
    const admin = await as(a.email('admin'));
    await admin.gql(UPDATE, { i: { id: entry.id, version: entry.version, name: 'Vagtplan 2' } });
    const stale = await admin.gql(UPDATE, {
      i: { id: entry.id, version: entry.version, name: 'Vagtplan 3' },
    });
    expect(code(stale)).toBe('STALE_VERSION');
    expect(await stored(entry.id)).toMatchObject({ name: 'Vagtplan 2', version: entry.version + 1 });
  });

  it('refuses a parent that would make a system its own ancestor, in Danish and English', async () => {
    const main = await anEntry('Omsorg');
    const module = await anEntry('Omsorg – planlægning', { parentSystemId: main.id });
    const subModule = await anEntry('Omsorg – ruter', { parentSystemId: module.id });
    const admin = await as(a.email('admin'));
    const edit = (parentSystemId: string) => ({
      i: { id: main.id, version: main.version, name: 'Omsorg', parentSystemId },
    });
    const cycle = await admin.gql(UPDATE, edit(subModule.id));
    expect(code(cycle)).toBe('VALIDATION_FAILED');
    expect(fieldErrors(cycle)).toEqual([
      {
        field: 'parentSystemId',
        message: 'Et system kan ikke være overordnet for sig selv eller for et af sine egne delsystemer.',
      },
    ]);
    admin.locale = 'en';
    expect(fieldErrors(await admin.gql(UPDATE, edit(main.id)))).toEqual([
      {
        field: 'parentSystemId',
        message: 'A system cannot be the parent of itself or of one of its own modules.',
      },
    ]);
    expect(await stored(main.id)).toMatchObject({ parentSystemId: null, version: main.version });
    // The hierarchy reads both ways: the main system lists its modules.
    const listed = await admin.gql<{ itSystems: { items: Entry[] } }>(CATALOGUE, { s: 'Omsorg' });
    const shown = listed.data!.itSystems.items.find((e) => e.id === main.id)!;
    expect(shown.childSystems).toEqual([{ id: module.id, name: 'Omsorg – planlægning' }]);
  });

  it('keeps a shared entry out from under a local one, and shows local modules to their own organisation only', async () => {
    const local = await anEntry('A lokalt modul', { visibility: 'LOCAL', parentSystemId: national.id });
    const shared = await anEntry('Fælles modul');
    const admin = await as(a.email('admin'));
    const refused = await admin.gql(UPDATE, {
      i: { id: shared.id, version: shared.version, name: 'Fælles modul', parentSystemId: local.id },
    });
    expect(fieldErrors(refused)).toEqual([
      {
        field: 'parentSystemId',
        message:
          'Et fælles katalogsystem kan ikke ligge under et lokalt system, som andre organisationer ikke kan se.',
      },
    ]);
    const children = async (email: string) =>
      (
        await (await as(email)).gql<{ itSystems: { items: Entry[] } }>(CATALOGUE, { s: 'Nationalt' })
      ).data!.itSystems.items[0].childSystems.map((c) => c.name);
    expect(await children(a.email('reader'))).toContain('A lokalt modul');
    expect(await children(b.email('admin'))).not.toContain('A lokalt modul');
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const entry = await anEntry('Bibliotek');
    const admin = await as(a.email('admin'));
    const result = await admin.gql(UPDATE, {
      i: { id: entry.id, version: entry.version, name: ' ', formerName: 'x'.repeat(201), supplierId: 'acme' },
    });
    expect(code(result)).toBe('VALIDATION_FAILED');
    expect(fieldErrors(result)!.map((e) => e.field)).toEqual(['name', 'formerName', 'supplierId']);
    const created = await admin.gql(CREATE, { i: { name: '' } });
    expect(code(created)).toBe('VALIDATION_FAILED');
    expect(await stored(entry.id)).toMatchObject({
      name: 'Bibliotek',
      formerName: null,
      version: entry.version,
    });
    expect(await audits(entry.id)).toHaveLength(1);
  });
});
