import { aUsage, anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { fillTemplate, headerRow, type TemplateCell } from './generic-fixture';
import { runImport as run, type Answer } from './kitos-import-client';

const lines = (r: Answer) =>
  r.data!.importKitos.lines.map((l) => [
    l.row,
    l.name,
    l.status,
    l.errors.map((e) => `${e.column}: ${e.message}`),
  ]);

describe('generic import of contracts over GraphQL and HTTP', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;
  let template: ArrayBuffer;
  let usageId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'genkona', { admin: ['ADMINISTRATOR'], owner: ['SYSTEM_OWNER'] });
    b = await anOrganisation(server.db, 'genkonb', { admin: ['ADMINISTRATOR'] });
    usageId = (await aUsage(server.db, a.org.id, 'SagsPortal')).id;
    // B's own supplier, usage and contract: A's file can neither name nor match them.
    await server.db.prisma.supplier.create({
      data: { name: 'Hemmelig Leverandør A/S', visibility: 'LOCAL', ownerOrganisationId: b.org.id },
    });
    await aUsage(server.db, b.org.id, 'Hemmeligt system');
    await server.db.prisma.contract.create({
      data: { organisationId: b.org.id, name: 'Driftsaftale', startDate: new Date('2020-01-01') },
    });
    admin = await server.client().signIn(a.email('admin'));
    const res = await admin.fetch('/transfer/import-templates/CONTRACTS?lang=da');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="skabelon-kontrakter.xlsx"');
    template = await res.arrayBuffer();
  }, 60_000);
  afterAll(() => server.close());

  const fill = (rows: TemplateCell[][]) => fillTemplate(template, rows);
  const contractsOf = (organisationId: string) =>
    server.db.prisma.contract.findMany({
      where: { organisationId },
      include: {
        supplier: true,
        options: { orderBy: { ordinal: 'asc' } },
        economyLines: { orderBy: { kind: 'asc' } },
        coverage: true,
      },
      orderBy: { name: 'asc' },
    });
  const auditCount = (organisationId: string) =>
    server.db.prisma.auditEntry.count({ where: { organisationId } });

  // Kontrakt, Startdato, Slutdato, Kontraktnummer, Leverandør, Kontrakttype, Indkøbsform, Kritikalitet,
  // Opsigelsesvarsel (måneder), Optioner, Årlig drift (kr.), Anskaffelse (kr.), Systemer, Kontraktejer, Kontraktansvarlig.
  const driftsaftale = (): TemplateCell[] => [
    'Driftsaftale',
    '01-01-2024',
    new Date(Date.UTC(2027, 11, 31)),
    'K-17',
    'Hemmelig Leverandør A/S',
    'Driftskontrakt',
    'EU-udbud',
    'Høj',
    6,
    '2 x 1 år',
    '250.000',
    100000,
    'SagsPortal',
    a.email('owner'),
    '',
  ];

  it('has Danish headers and creates, then leaves unchanged with no audit entry and no version bump', async () => {
    expect((await headerRow(template)).slice(0, 3)).toEqual(['Kontrakt', 'Startdato', 'Slutdato']);
    const file = await fill([
      driftsaftale(),
      ['Rammeaftale', 45658, '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ]);
    const audits = await auditCount(a.org.id);
    const first = await run(admin, file);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importKitos).toMatchObject({
      kind: 'CONTRACTS',
      applied: true,
      created: 2,
      errorCount: 0,
    });
    const [drift, ramme] = await contractsOf(a.org.id);
    expect(drift).toMatchObject({
      reference: 'K-17',
      contractType: 'Driftskontrakt',
      purchaseForm: 'EU_TENDER',
      criticality: 'HIGH',
      noticePeriodMonths: 6,
      ownerUserId: a.userIds.owner,
      kitosAttributes: {},
    });
    expect(drift.endDate!.toISOString().slice(0, 10)).toBe('2027-12-31');
    // B's supplier of the same name is not A's: A gets its own.
    expect(drift.supplier).toMatchObject({
      name: 'Hemmelig Leverandør A/S',
      visibility: 'LOCAL',
      ownerOrganisationId: a.org.id,
    });
    expect(drift.options.map((o) => o.months)).toEqual([12, 12]);
    expect(drift.economyLines.map((e) => [e.kind, Number(e.amount), e.note])).toEqual([
      ['ACQUISITION', 100000, ''],
      ['YEARLY_OPERATION', 250000, ''],
    ]);
    expect(drift.coverage.map((c) => c.usageId)).toEqual([usageId]);
    expect(ramme.startDate.toISOString().slice(0, 10)).toBe('2025-01-01');
    // Supplier, two contracts, options, two economy lines, coverage.
    expect(await auditCount(a.org.id)).toBe(audits + 7);

    const again = await run(admin, file);
    expect(again.data!.importKitos).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await auditCount(a.org.id)).toBe(audits + 7);
    // Options and coverage are written after the contract (a version each, as in the KITOS import).
    expect((await contractsOf(a.org.id)).map((c) => c.version)).toEqual([drift.version, 1]);
  });

  it('updates the changed fields with an audit entry and a version bump', async () => {
    const audits = await auditCount(a.org.id);
    const version = (await contractsOf(a.org.id))[0].version;
    const row = driftsaftale();
    row[8] = '3 måneder';
    row[6] = 'Mini-tender';
    const r = await run(admin, await fill([row]));
    expect(r.data!.importKitos.lines).toMatchObject([
      { status: 'UPDATE', changes: ['purchaseForm', 'noticePeriodMonths'] },
    ]);
    const [drift] = await contractsOf(a.org.id);
    expect(drift).toMatchObject({ version: version + 1, purchaseForm: 'MINI_TENDER', noticePeriodMonths: 3 });
    expect(await auditCount(a.org.id)).toBe(audits + 1);
  });

  const bad = (): TemplateCell[][] => [
    ['Ny aftale', '01-02-2024', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ['Fremmed system', '01-02-2024', '', '', '', '', '', '', '', '', '', '', 'Hemmeligt system', '', ''],
    ['Baglæns', '01-02-2024', '01-01-2024', '', '', '', '', '', '', '', '', '', '', '', ''],
    ['Ukendt form', '01-02-2024', '', '', '', '', 'Licitation', '', '', '', '', '', '', '', ''],
  ];

  it('stops on the first error: every bad row with its cell in Danish, nothing lands', async () => {
    const before = await contractsOf(a.org.id);
    const audits = await auditCount(a.org.id);
    const r = await run(admin, await fill(bad()));
    expect(r.data!.importKitos).toMatchObject({ applied: false, errorCount: 3 });
    expect(lines(r)).toEqual([
      [2, 'Ny aftale', 'CREATE', []],
      [3, 'Fremmed system', 'ERROR', ['Systemer: Kender ikke "Hemmeligt system" i organisationen.']],
      [4, 'Baglæns', 'ERROR', [expect.stringMatching(/^Slutdato: /)]],
      [
        5,
        'Ukendt form',
        'ERROR',
        [expect.stringMatching(/^Indkøbsform: "Licitation" er ikke en af de mulige værdier: EU-udbud, /)],
      ],
    ]);
    expect(await contractsOf(a.org.id)).toEqual(before);
    expect(await auditCount(a.org.id)).toBe(audits);
  });

  it("skips bad rows when asked, and never touches the other organisation's contract of the same name", async () => {
    const bBefore = await contractsOf(b.org.id);
    const bAudits = await auditCount(b.org.id);
    const r = await run(admin, await fill(bad()), { mode: 'SKIP_BAD_ROWS' });
    expect(r.data!.importKitos).toMatchObject({ applied: true, created: 1, errorCount: 3 });
    expect((await contractsOf(a.org.id)).map((c) => c.name)).toContain('Ny aftale');
    expect(await contractsOf(b.org.id)).toEqual(bBefore);
    expect(await auditCount(b.org.id)).toBe(bAudits);
  });
});
