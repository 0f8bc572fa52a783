import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTRACT_KITOS_TITLES, USAGE_KITOS_TITLES } from '@overblik/domain';
import ExcelJS from 'exceljs';
import { parseArgs } from '../../src/cli/cli-args';
import { runExport } from '../../src/cli/export.command';
import type { ExportDocument } from '../../src/modules/organisation-export/export-document';
import { workbookSheets } from '../../src/modules/organisation-export/export-workbook';
import { organisationExportService } from '../../src/modules/organisation-export/organisation-export.service';
import { kitosImportService } from '../../src/modules/import/kitos-import.service';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo-seed';
import { startTestServer, TestClient, type TestServer } from '../test-server';

/** The whole-organisation export as one XLSX workbook (ADR 0043), read back and re-imported. */
describe('whole-organisation export as a workbook', () => {
  let server: TestServer;
  let norddal: string;
  let sovang: string;
  let json: ExportDocument;
  let book: ExcelJS.Workbook;

  const download = (client: TestClient, organisationId: string) =>
    client.fetch(`/transfer/organisations/${organisationId}/export.xlsx`);
  const read = async (bytes: ArrayBuffer | Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as ArrayBuffer);
    return wb;
  };
  const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1);
  /** One sheet alone in a workbook of its own, as someone would save it to import it. */
  const alone = async (ws: ExcelJS.Worksheet) => {
    const wb = new ExcelJS.Workbook();
    const copy = wb.addWorksheet(ws.name);
    ws.eachRow((row) =>
      copy.addRow(Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).value)),
    );
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.db);
    const orgs = await server.db.prisma.organisation.findMany({ select: { id: true, slug: true } });
    norddal = orgs.find((o) => o.slug === 'norddal')!.id;
    sovang = orgs.find((o) => o.slug === 'sovang')!.id;
    const admin = await server.client().signIn('admin@norddal.dk', DEMO_PASSWORD);
    const res = await download(admin, norddal);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="norddal-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    book = await read(await res.arrayBuffer());
    json = (await (
      await admin.fetch(`/transfer/organisations/${norddal}/export.json`)
    ).json()) as ExportDocument;
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  it('holds a sheet per table of the JSON export, with as many rows', () => {
    const expected = workbookSheets(json);
    expect(book.worksheets.map((w) => w.name)).toEqual(expected.map((s) => s.sheet));
    expect(expected.length).toBeGreaterThan(60);
    for (const { sheet, rows } of expected) {
      // The header row plus one row per exported row.
      expect([sheet, book.getWorksheet(sheet)!.actualRowCount]).toEqual([sheet, rows.length + 1]);
    }
    expect(json.tables.SystemUsage.length).toBeGreaterThan(10);
    expect(json.tables.Contract.length).toBeGreaterThan(10);
  });

  it('titles usages and contracts as KITOS does, and every other column by its exported name', () => {
    const usages = header(book.getWorksheet('SystemUsage')!);
    expect(usages.slice(0, USAGE_KITOS_TITLES.length)).toEqual(USAGE_KITOS_TITLES);
    expect(usages.slice(0, 6)).toEqual([
      'IT-System (UUID)',
      'IT System',
      'Lokal kaldenavn',
      'Leverandør',
      'Ansv. organisationsenhed',
      'Livscyklus',
    ]);
    expect(usages).toEqual(expect.arrayContaining(['id', 'systemId', 'responsibleUnitId', 'hosting']));
    expect(usages).not.toContain('lifecycle');
    const contracts = header(book.getWorksheet('Contract')!);
    expect(contracts.slice(0, CONTRACT_KITOS_TITLES.length)).toEqual(CONTRACT_KITOS_TITLES);
    expect(contracts).toEqual(expect.arrayContaining(['IT Kontrakt', 'Gyldig fra', 'id', 'supplierId']));
    expect(header(book.getWorksheet('Unit')!)).toEqual(Object.keys(json.tables.Unit[0]));
    expect(header(book.getWorksheet('User')!)).toEqual(['id', 'email', 'name', 'locale']);
  });

  it('re-imports its usage and contract sheets through the KITOS import without an error', async () => {
    const ctx = { prisma: server.db.prisma, viewer: null, locale: 'en' as const };
    const request = { overrides: [], dryRun: true, mode: 'STOP_ON_ERROR' as const };
    const usages = await kitosImportService.importInto(
      ctx,
      norddal,
      await alone(book.getWorksheet('SystemUsage')!),
      request,
    );
    expect(usages.kind).toBe('USAGE_OVERVIEW');
    expect(usages.lines.flatMap((l) => l.errors)).toEqual([]);
    expect(usages.lines).toHaveLength(json.tables.SystemUsage.length);
    // Every usage is found again: none would be created.
    expect(usages.created).toBe(0);
    const contracts = await kitosImportService.importInto(
      ctx,
      norddal,
      await alone(book.getWorksheet('Contract')!),
      request,
    );
    expect(contracts.kind).toBe('CONTRACT_OVERVIEW');
    expect(contracts.lines.flatMap((l) => l.errors)).toEqual([]);
    expect(contracts.created).toBe(0);
  });

  it('holds nothing of another organisation', async () => {
    const other = await organisationExportService.exportOrganisation(server.db.prisma, sovang);
    const cells: string[] = [];
    for (const ws of book.worksheets) ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
    const text = cells.join('\n');
    const foreign = Object.values(other.tables)
      .flat()
      .map((row) => row.id)
      .filter((id): id is string => typeof id === 'string');
    expect(foreign.length).toBeGreaterThan(100);
    expect(foreign.filter((id) => text.includes(id))).toEqual([]);
    expect(text).not.toContain(sovang);
    expect(text).not.toMatch(/passwordHash|secretHash/);
  });

  it('refuses the download to anyone but the organisation’s administrators', async () => {
    const reader = await server.client().signIn('laeser@norddal.dk', DEMO_PASSWORD);
    const otherAdmin = await server.client().signIn('admin@sovang.dk', DEMO_PASSWORD);
    otherAdmin.locale = 'en';
    expect((await download(reader, norddal)).status).toBe(403);
    const refused = await download(otherAdmin, norddal);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-disposition')).toBeNull();
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect((await download(server.client(), norddal)).status).toBe(401);
  });

  it('is written by the command line with --format xlsx or an .xlsx file name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'overblik-workbook-'));
    const file = path.join(dir, 'norddal.xlsx');
    const lines = await runExport(
      server.db,
      parseArgs(['export', '--organisation', 'norddal', '--out', file]),
    );
    expect(lines[0]).toMatch(/^Exported norddal: \d+ rows in \d+ tables/);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(file);
    expect(written.worksheets.map((w) => w.name)).toEqual(book.worksheets.map((w) => w.name));
    expect(written.getWorksheet('SystemUsage')!.actualRowCount).toBe(json.tables.SystemUsage.length + 1);
    const explicit = path.join(dir, 'norddal.data');
    await runExport(
      server.db,
      parseArgs(['export', '--organisation', 'norddal', '--out', explicit, '--format', 'xlsx']),
    );
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(explicit);
    expect(again.worksheets).toHaveLength(book.worksheets.length);
    await expect(
      runExport(
        server.db,
        parseArgs(['export', '--organisation', 'norddal', '--out', file, '--format', 'csv']),
      ),
    ).rejects.toThrow('--format is json or xlsx');
  });
});
