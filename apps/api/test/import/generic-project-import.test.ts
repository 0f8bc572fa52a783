import { aUsage, anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { fillTemplate, type TemplateCell } from './generic-fixture';
import { runImport as run, type Answer } from './kitos-import-client';

const lines = (r: Answer) =>
  r.data!.importKitos.lines.map((l) => [
    l.row,
    l.name,
    l.status,
    l.errors.map((e) => `${e.column}: ${e.message}`),
  ]);

describe('generic import of projects over GraphQL and HTTP', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;
  let template: ArrayBuffer;
  let usageId: string;
  let strategyId: string;
  let programmeId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'genproa', { admin: ['ADMINISTRATOR'], owner: ['PROJECT_LEAD'] });
    b = await anOrganisation(server.db, 'genprob', { admin: ['ADMINISTRATOR'] });
    const db = server.db.prisma;
    usageId = (await aUsage(server.db, a.org.id, 'SagsPortal')).id;
    strategyId = (await db.strategy.create({ data: { organisationId: a.org.id, name: 'Digital strategi' } }))
      .id;
    programmeId = (await db.programme.create({ data: { organisationId: a.org.id, name: 'Digitalisering' } }))
      .id;
    // B's own project, strategy, programme and usage: A's file can neither name nor match them.
    await db.project.create({ data: { organisationId: b.org.id, name: 'Borgerportal', rankKey: 'a1' } });
    await db.strategy.create({ data: { organisationId: b.org.id, name: 'Hemmelig strategi' } });
    await db.programme.create({ data: { organisationId: b.org.id, name: 'Hemmeligt program' } });
    await aUsage(server.db, b.org.id, 'Hemmeligt system');
    admin = await server.client().signIn(a.email('admin'));
    admin.locale = 'en';
    const res = await admin.fetch('/transfer/import-templates/PROJECTS?lang=en&format=xlsx');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="template-projects.xlsx"');
    template = await res.arrayBuffer();
  }, 60_000);
  afterAll(() => server.close());

  const fill = (rows: TemplateCell[][]) => fillTemplate(template, rows);
  const projectsOf = (organisationId: string) =>
    server.db.prisma.project.findMany({
      where: { organisationId },
      include: { strategies: true, systems: true, phaseHistory: true },
      orderBy: { name: 'asc' },
    });
  const auditCount = (organisationId: string) =>
    server.db.prisma.auditEntry.count({ where: { organisationId } });

  // Project, Phase, Description, Project owner (e-mail), Project lead (e-mail), Start date, End date,
  // Budget (kr.), Programme, Strategies, Systems.
  const portal = (): TemplateCell[] => [
    'Borgerportal',
    'Execution',
    'Ny portal til borgerne',
    a.email('owner'),
    '',
    '01-01-2026',
    '31-12-2026',
    '1.500.000',
    'Digitalisering',
    'Digital strategi',
    'SagsPortal',
  ];
  const chatbot: TemplateCell[] = ['Chatbot', '', '', '', '', '', '', '', '', '', ''];

  it('creates in the named phase or the first, then leaves unchanged with no audit entry and no version bump', async () => {
    const file = await fill([portal(), chatbot]);
    const audits = await auditCount(a.org.id);
    const first = await run(admin, file);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importKitos).toMatchObject({
      kind: 'PROJECTS',
      applied: true,
      created: 2,
      errorCount: 0,
    });
    const [portalRow, chatbotRow] = await projectsOf(a.org.id);
    expect(portalRow).toMatchObject({
      phase: 'execution',
      status: 'PROPOSED',
      description: 'Ny portal til borgerne',
      ownerUserId: a.userIds.owner,
      leadUserId: null,
      programmeId,
      version: 1,
    });
    expect(Number(portalRow.budget)).toBe(1500000);
    expect(portalRow.endDate!.toISOString().slice(0, 10)).toBe('2026-12-31');
    expect(portalRow.strategies.map((s) => s.strategyId)).toEqual([strategyId]);
    expect(portalRow.systems.map((s) => s.usageId)).toEqual([usageId]);
    // The phase it starts in is opened in its history, as a project created on the board.
    expect(portalRow.phaseHistory.map((h) => [h.phase, h.leftAt])).toEqual([['execution', null]]);
    expect(chatbotRow).toMatchObject({ phase: 'idea', version: 1 });
    expect(await auditCount(a.org.id)).toBe(audits + 2);

    const again = await run(admin, file);
    expect(again.data!.importKitos).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await auditCount(a.org.id)).toBe(audits + 2);
    expect((await projectsOf(a.org.id)).map((p) => p.version)).toEqual([1, 1]);
  });

  it('updates the changed fields and links with an audit entry and a version bump', async () => {
    const audits = await auditCount(a.org.id);
    const row = portal();
    row[7] = 2000000;
    row[10] = '';
    const r = await run(admin, await fill([row]));
    expect(r.data!.importKitos.lines).toMatchObject([
      { status: 'UPDATE', changes: ['budget', 'projectSystems'] },
    ]);
    const [portalRow] = await projectsOf(a.org.id);
    expect(portalRow.version).toBe(2);
    expect(Number(portalRow.budget)).toBe(2000000);
    expect(portalRow.systems).toEqual([]);
    expect(portalRow.phaseHistory).toHaveLength(1);
    expect(await auditCount(a.org.id)).toBe(audits + 1);
  });

  it('closes a project created in the last phase of the model, as the gate into it would', async () => {
    const r = await run(
      admin,
      await fill([['Gammelt projekt', 'Closed', '', '', '', '', '', '', '', '', '']]),
    );
    expect(r.data!.importKitos).toMatchObject({ applied: true, created: 1 });
    const old = (await projectsOf(a.org.id)).find((p) => p.name === 'Gammelt projekt');
    expect(old).toMatchObject({ phase: 'closed', status: 'CLOSED' });
  });

  const bad = (): TemplateCell[][] => [
    ['Robot', 'Analysis', '', '', '', '', '', '', '', '', ''],
    [
      ...portal().slice(0, 1),
      'Idea',
      ...portal().slice(2, 7),
      2000000,
      'Digitalisering',
      'Digital strategi',
      '',
    ],
    ['Fremmed strategi', '', '', '', '', '', '', '', '', 'Hemmelig strategi', ''],
    ['Fremmed program', '', '', '', '', '', '', '', 'Hemmeligt program', '', ''],
    ['Fremmed system', '', '', '', '', '', '', '', '', '', 'Hemmeligt system'],
    ['Baglæns', '', '', '', '', '01-02-2026', '01-01-2026', '', '', '', ''],
  ];

  it('stops on the first error: every bad row with its cell in English, nothing lands', async () => {
    const before = await projectsOf(a.org.id);
    const audits = await auditCount(a.org.id);
    const r = await run(admin, await fill(bad()));
    expect(r.data!.importKitos).toMatchObject({ applied: false, errorCount: 5 });
    expect(lines(r)).toEqual([
      [2, 'Robot', 'CREATE', []],
      [
        3,
        'Borgerportal',
        'ERROR',
        [
          'Phase: The project is in another phase; the import does not move projects between phases. Use the gate on the portfolio board.',
        ],
      ],
      [4, 'Fremmed strategi', 'ERROR', ['Strategies: Unknown in the organisation: "Hemmelig strategi".']],
      [5, 'Fremmed program', 'ERROR', ['Programme: Unknown in the organisation: "Hemmeligt program".']],
      [6, 'Fremmed system', 'ERROR', ['Systems: Unknown in the organisation: "Hemmeligt system".']],
      [7, 'Baglæns', 'ERROR', [expect.stringMatching(/^End date: /)]],
    ]);
    expect(await projectsOf(a.org.id)).toEqual(before);
    expect(await auditCount(a.org.id)).toBe(audits);
  });

  it("skips bad rows when asked, and never touches the other organisation's project of the same name", async () => {
    const bBefore = await projectsOf(b.org.id);
    const bAudits = await auditCount(b.org.id);
    const r = await run(admin, await fill(bad()), { mode: 'SKIP_BAD_ROWS' });
    expect(r.data!.importKitos).toMatchObject({ applied: true, created: 1, errorCount: 5 });
    const robot = (await projectsOf(a.org.id)).find((p) => p.name === 'Robot');
    expect(robot).toMatchObject({ phase: 'analysis', status: 'PROPOSED' });
    expect(await projectsOf(b.org.id)).toEqual(bBefore);
    expect(await auditCount(b.org.id)).toBe(bAudits);
  });
});
