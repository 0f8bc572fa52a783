import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { fileMessage, IMPORT, runImport as run } from './kitos-import-client';
import {
  kitosWorkbook,
  POST_UUID,
  SAG_UUID,
  USAGE_HEADERS,
  usageRows,
  type FixtureCell,
} from './kitos-fixture';

describe('KITOS Excel import over GraphQL', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'kitosa', { admin: ['ADMINISTRATOR'], owner: ['SYSTEM_OWNER'] });
    b = await anOrganisation(server.db, 'kitosb', { admin: ['ADMINISTRATOR'] });
    await server.db.prisma.contract.create({
      data: { organisationId: a.org.id, name: 'Rammeaftale drift', startDate: new Date('2024-01-01') },
    });
    admin = await server.client().signIn(a.email('admin'));
  }, 60_000);
  afterAll(() => server.close());

  const usagesOf = async (organisationId: string) => {
    const units = await server.db.prisma.unit.findMany({ where: { organisationId } });
    const usages = await server.db.prisma.systemUsage.findMany({
      where: { organisationId },
      include: { system: true },
      // By name: an import inserts its new rows in batches, which share one creation time.
      orderBy: { system: { name: 'asc' } },
    });
    return usages.map((u) => ({ ...u, responsibleUnit: units.find((x) => x.id === u.responsibleUnitId) }));
  };
  const auditCount = (organisationId: string) =>
    server.db.prisma.auditEntry.count({ where: { organisationId } });

  it('plans a usage overview in a dry run: kind, columns by title, a line per row, nothing written', async () => {
    const file = await kitosWorkbook(USAGE_HEADERS, usageRows(a.email('owner')));
    const audits = await auditCount(a.org.id);
    const r = await run(admin, file, { dryRun: true });
    expect(r.errors).toBeUndefined();
    const report = r.data!.importKitos;
    expect(report).toMatchObject({
      kind: 'USAGE_OVERVIEW',
      applied: false,
      created: 3,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
    });
    expect(
      report.columns.filter((c) => c.target !== 'attribute').map((c) => [c.title, c.target, c.note]),
    ).toEqual([
      ['Status', null, 'ignored'],
      ['IT-System (UUID)', 'systemUuid', null],
      ['IT System', 'systemName', null],
      ['Lokal kaldenavn', 'localName', null],
      ['Leverandør', 'supplier', null],
      ['Ansv. organisationsenhed', 'unit', null],
      ['Livscyklus', 'lifecycle', null],
      ['Ibrugtagningsdato', 'inUseFrom', null],
      ['Slutdato for anvendelse', 'inUseUntil', null],
      ['Anvendte systemer', 'usedSystems', null],
      ['IT Kontrakter', 'contracts', null],
      ['Systemejer', 'owner', null],
      ['Systemejer Email#', 'ownerEmail', null],
      ['Sidst redigeret: Dato', null, 'ignored'],
    ]);
    // Trailing empty rows are no lines and no errors.
    expect(report.lines.map((l) => [l.row, l.name, l.status])).toEqual([
      [2, 'SagsPortal', 'CREATE'],
      [3, 'DigiPost', 'CREATE'],
      [4, 'Kalender', 'CREATE'],
    ]);
    expect(report.lines[1].warnings).toEqual([
      {
        column: 'Systemejer Email#',
        message:
          'Systemejeren bo@leverandoer.dk er ikke medlem af organisationen; registreret som person uden konto.',
      },
    ]);
    expect(await usagesOf(a.org.id)).toEqual([]);
    expect(await auditCount(a.org.id)).toBe(audits);
  });

  it('applies: catalogue entries, usages, unit, supplier, owner, dates, integrations, coverage and KITOS attributes, audited', async () => {
    const file = await kitosWorkbook(USAGE_HEADERS, usageRows(a.email('owner')));
    const r = await run(admin, file);
    expect(r.errors).toBeUndefined();
    expect(r.data!.importKitos).toMatchObject({ applied: true, created: 3, updated: 0, errorCount: 0 });
    const usages = await usagesOf(a.org.id);
    expect(
      usages.map((u) => [
        u.system.name,
        u.system.kitosUuid,
        u.system.visibility,
        u.localName,
        u.lifecycle,
        u.inUseFrom?.toISOString().slice(0, 10),
        u.inUseUntil?.toISOString().slice(0, 10) ?? null,
        u.responsibleUnit?.name,
        u.ownerUserId,
      ]),
    ).toEqual([
      [
        'DigiPost',
        POST_UUID,
        'LOCAL',
        null,
        'PHASING_OUT',
        '2021-01-01',
        '2027-12-31',
        'Borgerservice',
        null,
      ],
      ['Kalender', null, 'LOCAL', 'Mødebooking', 'PLANNED', '2026-03-01', null, 'Administration', null],
      [
        'SagsPortal',
        SAG_UUID,
        'LOCAL',
        'Sag',
        'IN_USE',
        '2021-01-04',
        null,
        'Borgerservice',
        a.userIds.owner,
      ],
    ]);
    // In the file's order: SagsPortal, DigiPost, Kalender.
    const [digiPost, kalender, sagsPortal] = usages;
    expect(sagsPortal.kitosAttributes).toEqual({
      'Lokal System ID': 'L-1',
      Arkiveringspligt: 'B',
      'Databehandleraftale er indgået': 'Ja',
      'Forretningskritisk IT-system': 'Ja',
      'Samfundskritisk IT-system': 'Nej',
      Systemejer: 'Ida Admin',
      'Systemejer Email#': a.email('owner'),
    });
    const shown = await admin.gql<{ systemUsage: { kitosAttributes: { title: string; value: string }[] } }>(
      'query($id: ID!) { systemUsage(id: $id) { kitosAttributes { title value } } }',
      { id: sagsPortal.id },
    );
    expect(shown.data!.systemUsage.kitosAttributes).toContainEqual({ title: 'Arkiveringspligt', value: 'B' });
    expect(digiPost.kitosAttributes).toMatchObject({
      Systemejer: 'Bo Ekstern',
      'Systemejer Email#': 'bo@leverandoer.dk',
    });
    // A Systemejer who is no member is recorded as a person without an account, and owns the usage.
    const bo = await server.db.prisma.person.findFirstOrThrow({
      where: { organisationId: a.org.id, email: 'bo@leverandoer.dk' },
    });
    expect([bo.name, bo.userId, digiPost.ownerPersonId]).toEqual(['Bo Ekstern', null, bo.id]);
    const owner = await admin.gql<{ systemUsage: { owner: null; ownerPerson: { name: string } } }>(
      'query($id: ID!) { systemUsage(id: $id) { owner { name } ownerPerson { name } } }',
      { id: digiPost.id },
    );
    expect(owner.data!.systemUsage).toEqual({ owner: null, ownerPerson: { name: 'Bo Ekstern' } });
    const supplier = await server.db.prisma.supplier.findFirst({ where: { name: 'Digitalsoft A/S' } });
    expect(supplier).toMatchObject({ visibility: 'LOCAL', ownerOrganisationId: a.org.id });
    expect(sagsPortal.system.supplierId).toBe(supplier!.id);
    const integrations = await server.db.prisma.integration.findMany({ where: { organisationId: a.org.id } });
    expect(integrations.map((i) => [i.fromUsageId, i.toUsageId]).sort()).toEqual(
      [
        [sagsPortal.id, digiPost.id],
        [sagsPortal.id, kalender.id],
      ].sort(),
    );
    const coverage = await server.db.prisma.contractCoverage.findMany({ where: { usageId: sagsPortal.id } });
    expect(coverage).toHaveLength(1);
    const audit = await server.db.prisma.auditEntry.groupBy({
      by: ['entityType', 'action'],
      where: { organisationId: a.org.id },
      _count: true,
    });
    expect(Object.fromEntries(audit.map((e) => [`${e.action} ${e.entityType}`, e._count]))).toEqual({
      'CREATE ItSystem': 3,
      'CREATE SystemUsage': 3,
      'CREATE Unit': 2,
      'CREATE Supplier': 2,
      'CREATE Person': 1,
      'CREATE Integration': 2,
      'UPDATE Contract': 1,
    });
  });

  it('re-imports the same file idempotently: every row unchanged, no audit entry, no version bump', async () => {
    const file = await kitosWorkbook(USAGE_HEADERS, usageRows(a.email('owner')));
    const before = await usagesOf(a.org.id);
    const audits = await auditCount(a.org.id);
    const r = await run(admin, file);
    expect(r.data!.importKitos).toMatchObject({
      applied: true,
      created: 0,
      updated: 0,
      unchanged: 3,
      errorCount: 0,
    });
    expect(await auditCount(a.org.id)).toBe(audits);
    expect((await usagesOf(a.org.id)).map((u) => [u.id, u.version, u.system.version])).toEqual(
      before.map((u) => [u.id, u.version, u.system.version]),
    );
  });

  it('updates a changed row only, matched by KITOS UUID under a new name, naming the changed fields', async () => {
    const rows = usageRows(a.email('owner'));
    rows[1][3] = 'DigiPost 2';
    rows[1][7] = 'Ikke i drift';
    const r = await run(admin, await kitosWorkbook(USAGE_HEADERS, rows));
    expect(r.data!.importKitos).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(r.data!.importKitos.lines[1]).toMatchObject({ status: 'UPDATE', changes: ['lifecycle'] });
    const post = (await usagesOf(a.org.id)).find((u) => u.system.kitosUuid === POST_UUID)!;
    expect([post.lifecycle, post.version]).toEqual(['RETIRED', 2]);
  });

  const DUP_UUID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
  // A control character reaches the file as Excel writes it: the OOXML escape _x0001_.
  const badRows = (): FixtureCell[][] => [
    ['', '', null, 'Ny Løn', '', '', '', 'I drift', '', '', '', '', '', '', '', '', '', '', null],
    [
      '',
      '',
      null,
      'Formel',
      { formula: 'A1&"x"', result: 'x' },
      '',
      '',
      'I drift',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      null,
    ],
    ['', '', null, 'Ukendt', '', '', '', 'Måske', '', '', '', '', '', '', '', '', '', '', null],
    ['', '', null, 'Styretegn_x0001_', '', '', '', '', '', '', '', '', '', '', '', '', '', '', null],
    ['', '', null, 'Tekstdato', '', '', '', '', '31-02-2024', '', '', '', '', '', '', '', '', '', null],
    ['', '', DUP_UUID, 'Dublet A', '', '', '', '', '', '', '', '', '', '', '', '', '', '', null],
    ['', '', DUP_UUID, 'Dublet B', '', '', '', '', '', '', '', '', '', '', '', '', '', '', null],
  ];

  it('refuses bad rows with the reason and the cell; stop on first error lands nothing', async () => {
    const usages = (await usagesOf(a.org.id)).length;
    const audits = await auditCount(a.org.id);
    const r = await run(admin, await kitosWorkbook(USAGE_HEADERS, badRows()), { mode: 'STOP_ON_ERROR' });
    expect(r.errors).toBeUndefined();
    const report = r.data!.importKitos;
    expect(report).toMatchObject({ applied: false, created: 0, errorCount: 5 });
    expect(
      report.lines.map((l) => [l.row, l.status, l.errors.map((e) => `${e.column}: ${e.message}`)]),
    ).toEqual([
      [2, 'CREATE', []],
      [3, 'ERROR', ['Lokal kaldenavn: Cellen indeholder en formel; skriv værdien i stedet.']],
      [
        4,
        'ERROR',
        [
          'Livscyklus: Ukendt livscyklus "Måske": brug Ikke angivet, Under afprøvning, Under indfasning, I drift, Under udfasning eller Ikke i drift.',
        ],
      ],
      [5, 'ERROR', ['IT System: Cellen indeholder kontroltegn.']],
      [6, 'ERROR', ['Ibrugtagningsdato: "31-02-2024" er ikke en dato (brug dd-mm-åååå).']],
      [7, 'CREATE', []],
      [8, 'ERROR', ['IT-System (UUID): Samme KITOS-UUID som række 7.']],
    ]);
    expect((await usagesOf(a.org.id)).length).toBe(usages);
    expect(await auditCount(a.org.id)).toBe(audits);
  });

  it('skips bad rows when asked: the good rows land, the bad ones are reported (in English on request)', async () => {
    admin.locale = 'en';
    const r = await run(admin, await kitosWorkbook(USAGE_HEADERS, badRows()), { mode: 'SKIP_BAD_ROWS' });
    admin.locale = 'da';
    expect(r.data!.importKitos).toMatchObject({ applied: true, created: 2, errorCount: 5 });
    expect(r.data!.importKitos.lines[2].errors[0].message).toMatch(/^Unknown lifecycle "Måske"/);
    const names = (await usagesOf(a.org.id)).map((u) => u.system.name);
    expect(names).toContain('Ny Løn');
    expect(names).not.toContain('Ukendt');
  });

  it('answers a file-level error for a wrong type, an empty, corrupt or unknown file, and nothing changes', async () => {
    const audits = await auditCount(a.org.id);
    // An old binary Excel file (XLS): neither a ZIP archive nor UTF-8 text.
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(64),
    ]);
    expect(fileMessage(await run(admin, xls))).toBe(
      'Filen er hverken en Excel-projektmappe (.xlsx) eller en CSV-fil. Intet er importeret.',
    );
    expect(fileMessage(await run(admin, Buffer.alloc(0)))).toMatch(/^Filen er tom/);
    expect(fileMessage(await run(admin, await kitosWorkbook(USAGE_HEADERS, [], 'Tom', 3)))).toMatch(
      /^Filen er tom/,
    );
    const corrupt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(400, 7)]);
    expect(fileMessage(await run(admin, corrupt))).toMatch(/^Filen kan ikke læses/);
    const unknown = await kitosWorkbook(['Fakturanummer', 'Beløb'], [['1', '100']]);
    expect(fileMessage(await run(admin, unknown))).toMatch(/^Overskrifterne ligner ikke en KITOS-eksport/);
    const noName = await kitosWorkbook(['Kontrakt ID', 'IT Kontrakt', 'Gyldig fra'], [['K1', 'Drift', '']]);
    expect(
      fileMessage(await run(admin, noName, { overrides: [{ title: 'IT Kontrakt', target: null }] })),
    ).toBe('Filen mangler kolonnen til name. Intet er importeret.');
    expect(fileMessage(await run(admin, 'ikke base64!'))).toMatch(/^Filen kom ikke frem/);
    expect(await auditCount(a.org.id)).toBe(audits);
  });

  it('refuses a 50 MB file as too large, before reading it', async () => {
    const res = await admin.post(
      IMPORT,
      { i: { file: 'A'.repeat(70 * 1024 * 1024), dryRun: true } },
      {},
      '/graphql-import',
    );
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'Filen er for stor: højst 10 MB. Intet er importeret.',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });

  it('lets the upload path run the import only', async () => {
    const res = await admin.post('mutation { signOut }', {}, {}, '/graphql-import');
    expect(res.status).toBe(400);
  });

  it('lists unknown columns and unknown role columns, and honours a re-mapping', async () => {
    const headers = ['IT System', 'Kaldenavn', 'Kaffemærke', 'Hemmelig rolle Email#', 'Arkiveringspligt'];
    const file = await kitosWorkbook(headers, [['SagsPortal', 'Sagen', 'Java', 'x@y.dk', '']]);
    const r = await run(admin, file, {
      dryRun: true,
      overrides: [
        { title: 'Kaldenavn', target: 'localName' },
        { title: 'Arkiveringspligt', target: null },
      ],
    });
    expect(r.data!.importKitos.columns.map((c) => [c.title, c.target, c.note])).toEqual([
      ['IT System', 'systemName', null],
      ['Kaldenavn', 'localName', null],
      ['Kaffemærke', null, 'unknown'],
      ['Hemmelig rolle Email#', null, 'unknownRole'],
      ['Arkiveringspligt', null, 'ignored'],
    ]);
    expect(r.data!.importKitos.lines[0]).toMatchObject({
      status: 'UPDATE',
      changes: ['localName', 'kitosAttributes'],
    });
  });

  it('imports KITOS organisation units parents first and refuses a cycle', async () => {
    const headers = ['Id', 'Overordnet enhed', 'Navn', 'EAN'];
    const good = await kitosWorkbook(
      headers,
      [
        ['12', '11', 'Skoler', ''],
        ['11', 'IT og Digitalisering', 'Børn og Unge', '5798000000001'],
      ],
      'Organisationsenheder',
    );
    const r = await run(admin, good);
    expect(r.data!.importKitos).toMatchObject({ kind: 'UNIT_TEMPLATE', applied: true, created: 2 });
    const units = await server.db.prisma.unit.findMany({ where: { organisationId: a.org.id } });
    const byName = new Map(units.map((u) => [u.name, u]));
    expect(byName.get('Skoler')!.parentId).toBe(byName.get('Børn og Unge')!.id);
    expect(byName.get('Børn og Unge')).toMatchObject({ parentId: a.unit.id, code: '5798000000001' });

    const cycle = await kitosWorkbook(
      headers,
      [['', 'Skoler', 'Børn og Unge', '5798000000001']],
      'Organisationsenheder',
    );
    const refused = await run(admin, cycle);
    expect(refused.data!.importKitos.lines[0].errors).toEqual([
      { column: 'Overordnet enhed', message: 'Den overordnede enhed ville gøre hierarkiet cirkulært.' },
    ]);
    expect(
      (await server.db.prisma.unit.findUnique({ where: { id: byName.get('Børn og Unge')!.id } }))!.parentId,
    ).toBe(a.unit.id);
  });

  it("keeps each organisation's data to itself", async () => {
    const otherAdmin = await server.client().signIn(b.email('admin'));
    const file = await kitosWorkbook(USAGE_HEADERS, usageRows(a.email('owner')));
    // Another organisation's administrator cannot import into A.
    const intoA = await run(otherAdmin, file, { organisationId: a.org.id });
    expect(intoA.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Into B, A's local catalogue entries, suppliers and members are not there to match.
    const r = await run(otherAdmin, file, { dryRun: true });
    expect(r.data!.importKitos).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    expect(r.data!.importKitos.lines[0].warnings.map((w) => w.message)).toEqual([
      `Systemejeren ${a.email('owner')} er ikke medlem af organisationen; registreret som person uden konto.`,
      'Kontrakten "Rammeaftale drift" findes ikke; ikke tilknyttet.',
    ]);
    const applied = await run(otherAdmin, file);
    expect(applied.data!.importKitos.created).toBe(3);
    const bSystems = (await usagesOf(b.org.id)).map((u) => u.system);
    const aSystems = (await usagesOf(a.org.id)).map((u) => u.system);
    expect(bSystems.every((s) => s.ownerOrganisationId === b.org.id)).toBe(true);
    expect(bSystems.some((s) => aSystems.some((x) => x.id === s.id))).toBe(false);
  });

  it('is for organisation administrators only', async () => {
    const owner = await server.client().signIn(a.email('owner'));
    const r = await run(owner, await kitosWorkbook(USAGE_HEADERS, usageRows('')), { dryRun: true });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
