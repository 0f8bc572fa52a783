import ExcelJS from 'exceljs';
import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { fillTemplate as fill, headerRow } from './generic-fixture';
import { fileMessage, runImport as run, type Answer } from './kitos-import-client';

const lines = (r: Answer) =>
  r.data!.importKitos.lines.map((l) => [
    l.row,
    l.name,
    l.status,
    l.errors.map((e) => `${e.column}: ${e.message}`),
  ]);

describe('generic import of data sources over GraphQL and HTTP', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'genimpa', { admin: ['ADMINISTRATOR'] });
    b = await anOrganisation(server.db, 'genimpb', { admin: ['ADMINISTRATOR'] });
    await server.db.prisma.supplier.create({
      data: { name: 'KMD A/S', visibility: 'LOCAL', ownerOrganisationId: a.org.id },
    });
    // B's own source and supplier: A's file can neither match nor name them.
    await server.db.prisma.supplier.create({
      data: { name: 'Hemmelig Leverandør', visibility: 'LOCAL', ownerOrganisationId: b.org.id },
    });
    await server.db.prisma.dataSource.create({
      data: { name: 'Lønregister', kind: 'INTERNAL', visibility: 'LOCAL', ownerOrganisationId: b.org.id },
    });
    admin = await server.client().signIn(a.email('admin'));
  }, 60_000);
  afterAll(() => server.close());

  const sourcesOf = (organisationId: string) =>
    server.db.prisma.dataSource.findMany({
      where: { ownerOrganisationId: organisationId },
      orderBy: { name: 'asc' },
    });
  const auditCount = (organisationId: string) =>
    server.db.prisma.auditEntry.count({ where: { organisationId } });
  const template = async (lang: string, format = 'xlsx') => {
    const res = await admin.fetch(`/transfer/import-templates/DATA_SOURCES?lang=${lang}&format=${format}`);
    expect(res.status).toBe(200);
    return res;
  };

  it('serves a template per kind with Danish or English headers, as XLSX or CSV', async () => {
    const da = await template('da');
    expect(da.headers.get('content-disposition')).toBe('attachment; filename="skabelon-datakilder.xlsx"');
    expect(await headerRow(await da.arrayBuffer())).toEqual([
      'Datakilde',
      'Datakildetype',
      'Beskrivelse',
      'Registerfamilie',
      'Kopi af',
      'Leverandør',
      'Kanal',
      'Omkostningsmodel',
      'Livscyklus',
      'Slutdato',
    ]);
    const en = await template('en', 'csv');
    expect(en.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await en.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a byte-order mark: Excel reads UTF-8
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'Data source;Data source kind;Description;Register family;Copy of;Supplier;Channel;Cost model;Lifecycle;End date\r\n',
    );
    expect((await admin.fetch('/transfer/import-templates/NOPE')).status).toBe(404);
  });

  it('round-trips the template: download, fill, dry run, apply; re-import is unchanged with no audit or version bump', async () => {
    const file = await fill(await (await template('da')).arrayBuffer(), [
      [
        'CPR-kopi',
        'Kopiregister',
        'Lokal kopi af CPR',
        'CPR',
        'Folkeregister',
        'kmd a/s',
        'Filoverførsel',
        '',
        'I drift',
        46387,
      ],
      [
        'Folkeregister',
        'Grunddataregister',
        '',
        'CPR',
        '',
        '',
        'Serviceplatformen',
        '',
        'In use',
        '31-12-2030',
      ],
    ]);
    const audits = await auditCount(a.org.id);
    const dry = await run(admin, file, { dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importKitos).toMatchObject({
      kind: 'DATA_SOURCES',
      applied: false,
      created: 1,
      errorCount: 1,
    });
    // "Kopi af" names a source a later row creates: refused, so row order is the file's dependency order.
    expect(lines(dry)[0]).toEqual([
      2,
      'CPR-kopi',
      'ERROR',
      ['Kopi af: Kender ikke "Folkeregister" i organisationen.'],
    ]);
    expect(await auditCount(a.org.id)).toBe(audits);

    const ordered = await fill(await (await template('da')).arrayBuffer(), [
      [
        'Folkeregister',
        'Grunddataregister',
        '',
        'CPR',
        '',
        '',
        'Serviceplatformen',
        '',
        'In use',
        '31-12-2030',
      ],
      [
        'CPR-kopi',
        'Kopiregister',
        'Lokal kopi af CPR',
        'CPR',
        'Folkeregister',
        'kmd a/s',
        'Filoverførsel',
        '',
        'I drift',
        46387,
      ],
    ]);
    const applied = await run(admin, ordered);
    expect(applied.data!.importKitos).toMatchObject({ applied: true, created: 2, errorCount: 0 });
    const [copy, register] = await sourcesOf(a.org.id);
    expect(copy).toMatchObject({
      name: 'CPR-kopi',
      kind: 'COPY_REGISTER',
      copyOfId: register.id,
      defaultChannel: 'FILE_TRANSFER',
      visibility: 'LOCAL',
      version: 1,
    });
    expect(copy.endsOn!.toISOString().slice(0, 10)).toBe('2026-12-31');
    expect(register.endsOn!.toISOString().slice(0, 10)).toBe('2030-12-31');
    expect(await auditCount(a.org.id)).toBe(audits + 2);

    const again = await run(admin, ordered);
    expect(again.data!.importKitos).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
    expect(await auditCount(a.org.id)).toBe(audits + 2);
    expect((await sourcesOf(a.org.id)).map((s) => s.version)).toEqual([1, 1]);
  });

  it('updates changed fields from an English CSV, audited, with a version bump', async () => {
    const csv = Buffer.from(
      '\uFEFFData source,Data source kind,Lifecycle,Unknown column\r\nCPR-kopi,Copy register,Phasing out,x\r\n,,,\r\n',
    );
    const audits = await auditCount(a.org.id);
    const r = await run(admin, csv);
    expect(r.data!.importKitos.columns.map((c) => [c.title, c.target, c.note])).toEqual([
      ['Data source', 'name', null],
      ['Data source kind', 'kind', null],
      ['Lifecycle', 'lifecycle', null],
      ['Unknown column', null, 'unknown'],
    ]);
    expect(r.data!.importKitos.lines).toMatchObject([{ row: 2, status: 'UPDATE', changes: ['lifecycle'] }]);
    const copy = (await sourcesOf(a.org.id)).find((s) => s.name === 'CPR-kopi')!;
    expect(copy).toMatchObject({ lifecycle: 'PHASING_OUT', version: 2 });
    expect(await auditCount(a.org.id)).toBe(audits + 1);
  });

  const badFile = async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('x');
    sheet.addRow(['Datakilde', 'Datakildetype', 'Livscyklus', 'Slutdato', 'Beskrivelse', 'Leverandør']);
    sheet.addRow(['God kilde', 'Intern', '', '', '', '']);
    sheet.addRow(['Dårlig type', 'Måske', '', '', '', '']);
    sheet.addRow(['Formel', 'Intern', '', '', { formula: '1+1' }, '']);
    sheet.addRow(['God kilde', 'Intern', '', '', '', '']);
    sheet.addRow(['Dato', 'Intern', '', 'i morgen', '', '']);
    sheet.addRow(['Fremmed', 'Intern', '', '', '', 'Hemmelig Leverandør']);
    return Buffer.from(await book.xlsx.writeBuffer());
  };

  it('reports each bad row with its cell and stops on the first error: nothing lands', async () => {
    const before = await sourcesOf(a.org.id);
    const audits = await auditCount(a.org.id);
    const r = await run(admin, await badFile());
    expect(lines(r)).toEqual([
      [2, 'God kilde', 'CREATE', []],
      [
        3,
        'Dårlig type',
        'ERROR',
        [
          'Datakildetype: "Måske" er ikke en af de mulige værdier: Grunddataregister, Kopiregister, Intern, Ekstern.',
        ],
      ],
      [4, 'Formel', 'ERROR', ['Beskrivelse: Cellen indeholder en formel; skriv værdien i stedet.']],
      [5, 'God kilde', 'ERROR', ['Datakilde: Samme navn som række 2.']],
      [6, 'Dato', 'ERROR', ['Slutdato: "i morgen" er ikke en dato (brug dd-mm-åååå).']],
      [7, 'Fremmed', 'ERROR', ['Leverandør: Kender ikke "Hemmelig Leverandør" i organisationen.']],
    ]);
    expect(r.data!.importKitos).toMatchObject({ applied: false, created: 0, errorCount: 5 });
    expect(await sourcesOf(a.org.id)).toEqual(before);
    expect(await auditCount(a.org.id)).toBe(audits);
  });

  it('skips bad rows when asked: the good rows land, in English on request', async () => {
    admin.locale = 'en';
    const r = await run(admin, await badFile(), { mode: 'SKIP_BAD_ROWS' }).finally(
      () => (admin.locale = 'da'),
    );
    expect(r.data!.importKitos).toMatchObject({ applied: true, created: 1, errorCount: 5 });
    expect(r.data!.importKitos.lines[1].errors[0].message).toMatch(
      /^"Måske" is not one of the allowed values/,
    );
    expect((await sourcesOf(a.org.id)).map((s) => s.name)).toContain('God kilde');
  });

  it("never touches another organisation: B's same-named local source is not matched, nor changed", async () => {
    const bBefore = await sourcesOf(b.org.id);
    const bAudits = await auditCount(b.org.id);
    const csv = Buffer.from(
      'Datakilde;Datakildetype;Kopi af\nLønregister;Ekstern;\nKopi;Kopiregister;Lønregister\n',
    );
    const r = await run(admin, csv, { mode: 'SKIP_BAD_ROWS' });
    // Row 3 names the source row 2 creates in A, never B's.
    expect(lines(r)).toEqual([
      [2, 'Lønregister', 'CREATE', []],
      [3, 'Kopi', 'CREATE', []],
    ]);
    const mine = await sourcesOf(a.org.id);
    const lon = mine.find((s) => s.name === 'Lønregister')!;
    expect(mine.find((s) => s.name === 'Kopi')!.copyOfId).toBe(lon.id);
    expect(await sourcesOf(b.org.id)).toEqual(bBefore);
    expect(await auditCount(b.org.id)).toBe(bAudits);
    // And an import naming B as the organisation is refused for A's administrator.
    const other = await run(admin, csv, { organisationId: b.org.id });
    expect(other.data).toBeNull();
    expect(await sourcesOf(b.org.id)).toEqual(bBefore);
  });

  it('answers file-level errors for a wrong type, an empty file and a CSV of only headers; nothing changes', async () => {
    const audits = await auditCount(a.org.id);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0xff, 0xfe, 0x00, 0x81])]);
    expect(fileMessage(await run(admin, pdf))).toBe(
      'Filen er hverken en Excel-projektmappe (.xlsx) eller en CSV-fil. Intet er importeret.',
    );
    expect(fileMessage(await run(admin, Buffer.alloc(0)))).toMatch(/^Filen er tom/);
    expect(fileMessage(await run(admin, Buffer.from('Datakilde;Datakildetype\n;\n')))).toMatch(
      /^Filen er tom/,
    );
    expect(fileMessage(await run(admin, Buffer.from('Navn;Type\nA;B\n')))).toMatch(
      /^Overskrifterne ligner ikke/,
    );
    const csv = Buffer.from(
      'Datakilde;Datakildetype;Beskrivelse\n=HYPERLINK("x");Intern;\nKontrol;Intern;a\u0007b\n',
    );
    expect(lines(await run(admin, csv))).toEqual([
      [2, '', 'ERROR', ['Datakilde: Cellen indeholder en formel; skriv værdien i stedet.']],
      [3, 'Kontrol', 'ERROR', ['Beskrivelse: Cellen indeholder kontroltegn.']],
    ]);
    expect(await auditCount(a.org.id)).toBe(audits);
  });
});
