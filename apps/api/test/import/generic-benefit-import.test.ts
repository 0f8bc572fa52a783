import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { fillTemplate } from './generic-fixture';
import { runImport as run, type Answer } from './kitos-import-client';

const lines = (r: Answer) =>
  r.data!.importKitos.lines.map((l) => [
    l.row,
    l.name,
    l.status,
    l.errors.map((e) => `${e.column}: ${e.message}`),
  ]);

describe('generic import of benefits over GraphQL and HTTP', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;
  let template: ArrayBuffer;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'genbena', { admin: ['ADMINISTRATOR'] });
    b = await anOrganisation(server.db, 'genbenb', { admin: ['ADMINISTRATOR'] });
    await server.db.prisma.project.create({
      data: { organisationId: a.org.id, name: 'Digital post', rankKey: 'a1' },
    });
    // B's project and benefit: A's file can neither name nor match them.
    await server.db.prisma.project.create({
      data: { organisationId: b.org.id, name: 'Hemmeligt', rankKey: 'a1' },
    });
    await server.db.prisma.benefit.create({
      data: { organisationId: b.org.id, title: 'Færre porto-udgifter', type: 'QUALITATIVE' },
    });
    admin = await server.client().signIn(a.email('admin'));
    admin.locale = 'en';
    const res = await admin.fetch('/transfer/import-templates/BENEFITS?lang=en');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="template-benefits.xlsx"');
    template = await res.arrayBuffer();
  }, 60_000);
  afterAll(() => server.close());

  const fill = (rows: (string | number | null)[][]) => fillTemplate(template, rows);
  const benefitsOf = (organisationId: string) =>
    server.db.prisma.benefit.findMany({ where: { organisationId }, orderBy: { title: 'asc' } });
  const auditCount = (organisationId: string) =>
    server.db.prisma.auditEntry.count({ where: { organisationId } });

  const good = [
    [
      'Færre porto-udgifter',
      'Economic (kr.)',
      '',
      'Digital post',
      'Yes',
      '100000',
      40000,
      'kr.',
      'Should decrease',
      '',
      '31-12-2027',
    ],
    ['Hurtigere svar', 'Qualitative', 'Borgerne får svar samme dag', '', 'No', '', '', '', '', '', ''],
  ];

  it('round-trips the English template: created, then unchanged with no audit entry and no version bump', async () => {
    const file = await fill(good);
    const audits = await auditCount(a.org.id);
    const first = await run(admin, file);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importKitos).toMatchObject({ kind: 'BENEFITS', applied: true, created: 2 });
    const [porto] = await benefitsOf(a.org.id);
    const project = await server.db.prisma.project.findFirst({ where: { organisationId: a.org.id } });
    expect(porto).toMatchObject({
      projectId: project!.id,
      cashable: true,
      direction: 'DECREASE',
      version: 1,
    });
    expect(Number(porto.target)).toBe(40000);
    expect(porto.dueDate!.toISOString().slice(0, 10)).toBe('2027-12-31');
    expect(await auditCount(a.org.id)).toBe(audits + 2);

    const again = await run(admin, file);
    expect(again.data!.importKitos).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await auditCount(a.org.id)).toBe(audits + 2);
    expect((await benefitsOf(a.org.id)).map((x) => x.version)).toEqual([1, 1]);
  });

  it('updates the changed fields with an audit entry and a version bump', async () => {
    const audits = await auditCount(a.org.id);
    const r = await run(admin, await fill([[...good[0].slice(0, 6), 30000, ...good[0].slice(7)]]));
    expect(r.data!.importKitos.lines).toMatchObject([{ status: 'UPDATE', changes: ['target'] }]);
    const [porto] = await benefitsOf(a.org.id);
    expect(porto.version).toBe(2);
    expect(Number(porto.target)).toBe(30000);
    expect(await auditCount(a.org.id)).toBe(audits + 1);
  });

  const bad = [
    ['Ny gevinst', 'Qualitative', '', '', '', '', '', '', '', '', ''],
    ['Fremmed projekt', 'Qualitative', '', 'Hemmeligt', '', '', '', '', '', '', ''],
    ['Kontant kvalitet', 'Qualitative', '', '', 'Yes', '', '', '', '', '', ''],
    ['Forkert retning', 'Economic (kr.)', '', '', '', 100, 200, '', 'Should decrease', '', ''],
  ];

  it('stops on the first error: every bad row with its cell, nothing lands', async () => {
    const before = await benefitsOf(a.org.id);
    const audits = await auditCount(a.org.id);
    const r = await run(admin, await fill(bad));
    expect(r.data!.importKitos).toMatchObject({ applied: false, errorCount: 3 });
    expect(lines(r)).toEqual([
      [2, 'Ny gevinst', 'CREATE', []],
      [3, 'Fremmed projekt', 'ERROR', ['Project: Unknown in the organisation: "Hemmeligt".']],
      [4, 'Kontant kvalitet', 'ERROR', [expect.stringMatching(/^Cashable: /)]],
      [5, 'Forkert retning', 'ERROR', [expect.stringMatching(/^Target: /)]],
    ]);
    expect(await benefitsOf(a.org.id)).toEqual(before);
    expect(await auditCount(a.org.id)).toBe(audits);
  });

  it("skips bad rows when asked, and never touches the other organisation's benefit of the same title", async () => {
    const bBefore = await benefitsOf(b.org.id);
    const bAudits = await auditCount(b.org.id);
    const r = await run(admin, await fill(bad), { mode: 'SKIP_BAD_ROWS' });
    expect(r.data!.importKitos).toMatchObject({ applied: true, created: 1, errorCount: 3 });
    expect((await benefitsOf(a.org.id)).map((x) => x.title)).toContain('Ny gevinst');
    expect(await benefitsOf(b.org.id)).toEqual(bBefore);
    expect(await auditCount(b.org.id)).toBe(bAudits);
  });
});
