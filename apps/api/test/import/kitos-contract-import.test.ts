import { aUsage, anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { fileMessage, lineStatuses, runImport as run } from './kitos-import-client';
import {
  CONTRACT_HEADERS,
  CONTRACT_TEMPLATE_HEADERS,
  contractRows,
  kitosWorkbook,
  type FixtureCell,
} from './kitos-fixture';

describe('KITOS contract import (overview export and import template) over GraphQL', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;
  let usageId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'kontrakta', { admin: ['ADMINISTRATOR'], owner: ['SYSTEM_OWNER'] });
    b = await anOrganisation(server.db, 'kontraktb', { admin: ['ADMINISTRATOR'] });
    usageId = (await aUsage(server.db, a.org.id, 'SagsPortal')).id;
    admin = await server.client().signIn(a.email('admin'));
  }, 60_000);
  afterAll(() => server.close());

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
  const overview = () => kitosWorkbook(CONTRACT_HEADERS, contractRows(a.email('owner')), 'IT Kontrakter');

  it('plans the contract overview in a dry run: a line per row, the refused one with its reason and cell', async () => {
    const audits = await auditCount(a.org.id);
    const r = await run(admin, await overview(), { dryRun: true });
    expect(r.errors).toBeUndefined();
    const report = r.data!.importKitos;
    expect(report).toMatchObject({ kind: 'CONTRACT_OVERVIEW', applied: false, created: 2, errorCount: 1 });
    expect(report.columns.filter((c) => c.target !== 'attribute').map((c) => [c.title, c.target])).toEqual([
      ['Gyldig/Ikke Gyldig', null],
      ['Kontrakt ID', 'reference'],
      ['IT Kontrakt', 'name'],
      ['Gyldig fra', 'startDate'],
      ['Gyldig til', 'endDate'],
      ['Kritikalitet', 'criticality'],
      ['Leverandør', 'supplier'],
      ['Kontrakttype', 'contractType'],
      ['Kontraktskabelon', 'template'],
      ['Indkøbsform', 'purchaseForm'],
      ['IT Systemer', 'usages'],
      ['Anskaffelse.', 'acquisition'],
      ['Drift/år', 'operation'],
      ['Varighed', 'duration'],
      ['Option', 'option'],
      ['Opsigelse (måneder)', 'noticePeriodMonths'],
      ['Uopsigelig til', 'irrevocableUntil'],
      ['Opsagt', 'terminatedOn'],
      ['Kontraktejer', 'contractOwner'],
      ['Kontraktejer Email#', 'contractOwnerEmail'],
    ]);
    expect(lineStatuses(r)).toEqual([
      [2, 'Driftsaftale ESDH', 'CREATE'],
      [3, 'Supportaftale', 'CREATE'],
      [4, 'Kladde uden start', 'ERROR'],
    ]);
    expect(report.lines[2].errors).toEqual([
      {
        column: 'Gyldig fra',
        message:
          'En ny kontrakt skal have en startdato (Gyldig fra / Indgået); Overblik kan ikke gemme den uden.',
      },
    ]);
    expect(await contractsOf(a.org.id)).toEqual([]);
    expect(await auditCount(a.org.id)).toBe(audits);
  });

  it('stops on the first error with nothing written; skipping bad rows lands the term, supplier, economy, options, coverage and owner', async () => {
    const stopped = await run(admin, await overview());
    expect(stopped.data!.importKitos).toMatchObject({ applied: false, created: 0, errorCount: 1 });
    expect(await contractsOf(a.org.id)).toEqual([]);

    const since = new Date();
    const r = await run(admin, await overview(), { mode: 'SKIP_BAD_ROWS' });
    expect(r.data!.importKitos).toMatchObject({ applied: true, created: 2, errorCount: 1 });
    const [drift, support] = await contractsOf(a.org.id);
    expect(drift).toMatchObject({
      name: 'Driftsaftale ESDH',
      reference: 'K-100',
      startDate: new Date('2023-01-01'),
      endDate: new Date('2027-12-31'),
      criticality: 'HIGH',
      purchaseForm: 'EU_TENDER',
      contractType: 'Hovedkontrakt',
      template: 'K02',
      durationMonths: 60,
      ongoing: false,
      noticePeriodMonths: 6,
      irrevocableUntil: new Date('2025-12-31'),
      terminatedOn: null,
      ownerUserId: a.userIds.owner,
      kitosAttributes: {
        'Ansvarlig org. enhed': 'IT og Digitalisering',
        Kontraktejer: 'Ida Admin',
        'Kontraktejer Email#': a.email('owner'),
      },
    });
    expect(drift.supplier).toMatchObject({
      name: 'Digitalsoft A/S',
      visibility: 'LOCAL',
      ownerOrganisationId: a.org.id,
    });
    expect(drift.options.map((o) => o.months)).toEqual([12, 12]);
    expect(drift.economyLines.map((e) => [e.kind, Number(e.amount)])).toEqual([
      ['ACQUISITION', 250000],
      ['YEARLY_OPERATION', 120000],
    ]);
    expect(drift.coverage.map((c) => c.usageId)).toEqual([usageId]);
    expect(support).toMatchObject({
      ongoing: true,
      durationMonths: null,
      purchaseForm: 'DIRECT_AWARD',
      criticality: 'LOW',
    });
    expect(support.economyLines.map((e) => [e.kind, Number(e.amount)])).toEqual([
      ['YEARLY_OPERATION', 12000],
    ]);
    const entries = await server.db.prisma.auditEntry.findMany({
      where: { organisationId: a.org.id, at: { gte: since } },
    });
    expect(entries.filter((e) => e.entityType === 'Contract' && e.action === 'CREATE')).toHaveLength(2);
    expect(entries.filter((e) => e.entityType === 'Supplier')).toHaveLength(2);
    expect(entries.filter((e) => e.entityType === 'ContractEconomyLine')).toHaveLength(3);
  });

  it('re-imports idempotently, then updates only a changed row, naming the field', async () => {
    const before = await contractsOf(a.org.id);
    const audits = await auditCount(a.org.id);
    const again = await run(admin, await overview(), { mode: 'SKIP_BAD_ROWS' });
    expect(again.data!.importKitos).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
    expect(await auditCount(a.org.id)).toBe(audits);
    expect((await contractsOf(a.org.id)).map((c) => c.version)).toEqual(before.map((c) => c.version));

    const rows = contractRows(a.email('owner'));
    rows[0][4] = '31-12-2028';
    const r = await run(admin, await kitosWorkbook(CONTRACT_HEADERS, rows.slice(0, 2)));
    expect(r.data!.importKitos.lines.map((l) => [l.name, l.status, l.changes])).toEqual([
      ['Driftsaftale ESDH', 'UPDATE', ['endDate']],
      ['Supportaftale', 'UNCHANGED', []],
    ]);
    const [drift] = await contractsOf(a.org.id);
    expect(drift.endDate).toEqual(new Date('2028-12-31'));
    expect(drift.version).toBe(before[0].version + 1);
  });

  it("imports KITOS's contract template, matching it again by KITOS's Id after a rename", async () => {
    const template = (name: string): FixtureCell[][] => [
      ['17', name, 'RA-17', 'Se ESDH-sagen', new Date(Date.UTC(2022, 5, 1)), '01-06-2024', '31-05-2026', ''],
      ['', '', '', '', '', '', '', ''],
    ];
    const file = (name: string) =>
      kitosWorkbook(CONTRACT_TEMPLATE_HEADERS, template(name), 'IT Kontrakter', 0);
    const r = await run(admin, await file('Rammeaftale tele'));
    expect(r.data!.importKitos).toMatchObject({ kind: 'CONTRACT_TEMPLATE', applied: true, created: 1 });
    const renamed = await run(admin, await file('Rammeaftale telefoni'));
    expect(renamed.data!.importKitos.lines.map((l) => [l.name, l.status, l.changes])).toEqual([
      ['Rammeaftale telefoni', 'UPDATE', ['name']],
    ]);
    const contract = await server.db.prisma.contract.findFirstOrThrow({
      where: { organisationId: a.org.id, kitosId: '17' },
    });
    expect(contract).toMatchObject({
      name: 'Rammeaftale telefoni',
      reference: 'RA-17',
      startDate: new Date('2022-06-01'),
      irrevocableUntil: new Date('2024-06-01'),
      endDate: new Date('2026-05-31'),
      kitosAttributes: { Bemærkning: 'Se ESDH-sagen' },
    });
  });

  it('answers in English on request', async () => {
    admin.locale = 'en';
    const r = await run(admin, await overview(), { dryRun: true });
    admin.locale = 'da';
    expect(r.data!.importKitos.lines[2].errors[0].message).toMatch(/^A new contract needs a start date/);
    const unknown = await kitosWorkbook(['Kontrakt', 'Pris'], [['x', '1']]);
    admin.locale = 'en';
    expect(fileMessage(await run(admin, unknown))).toMatch(/^The headers do not look like a KITOS export/);
    admin.locale = 'da';
  });

  it("keeps each organisation's contracts, suppliers and usages to itself", async () => {
    const otherAdmin = await server.client().signIn(b.email('admin'));
    const intoA = await run(otherAdmin, await overview(), { organisationId: a.org.id });
    expect(intoA.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // In B, A's contracts, local suppliers, usages and members are not there to match.
    const r = await run(otherAdmin, await overview(), { mode: 'SKIP_BAD_ROWS' });
    expect(r.data!.importKitos).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(r.data!.importKitos.lines[0].warnings.map((w) => w.message)).toEqual([
      `Personen ${a.email('owner')} er ikke medlem af organisationen; gemt som KITOS-oplysning.`,
      'Systemet "SagsPortal" anvendes ikke i organisationen; kontrakten dækker det ikke.',
    ]);
    const [drift] = await contractsOf(b.org.id);
    expect(drift.supplier?.ownerOrganisationId).toBe(b.org.id);
    expect(drift.ownerUserId).toBeNull();
    expect(drift.coverage).toEqual([]);
    const owner = await server.client().signIn(a.email('owner'));
    const notAdmin = await run(owner, await overview(), { dryRun: true });
    expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
