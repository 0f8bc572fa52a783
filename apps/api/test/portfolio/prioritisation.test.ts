import { anOrganisation, aUsage, startTestServer, type TestServer } from '../test-server';
import { aProject } from './portfolio-fixtures';

const MODEL = `{ prioritisationModel { criteria { id name weight version } categories { id dimension name version } } }`;
const CREATE_CRITERION = `mutation($input: CriterionCreateInput!) { createCriterion(input: $input) { id name weight version } }`;
const UPDATE_CRITERION = `mutation($input: CriterionUpdateInput!) { updateCriterion(input: $input) { id weight version } }`;
const DELETE_CRITERION = `mutation($id: ID!, $v: Int!) { deleteCriterion(id: $id, version: $v) }`;
const CREATE_CATEGORY = `mutation($input: CategoryCreateInput!) { createCategory(input: $input) { id dimension name version } }`;
const UPDATE_CATEGORY = `mutation($input: CategoryUpdateInput!) { updateCategory(input: $input) { id dimension name version } }`;
const DELETE_CATEGORY = `mutation($id: ID!, $v: Int!) { deleteCategory(id: $id, version: $v) }`;
const SET_CATEGORIES = `mutation($input: ProjectCategoriesInput!) { setProjectCategories(input: $input) { id version categories { name } } }`;
const SCORE = `mutation($input: CriterionScoreInput!) { setCriterionScore(input: $input) { id value version } }`;
const PROJECT = `query($id: ID!) { project(id: $id) { version categories { name dimension } scores { criterionId value }
  relatedProjects { project { name } sharedSystems { name } sharedCapabilities } } }`;
const OVERLAPS = `{ projectOverlaps { kind key name projects { name } } }`;
const BOARD = `{ portfolioBoard { entries { project { name categories { name } } } } }`;

type Category = { id: string; dimension: string; name: string; version: number };

describe('prioritisation model: criteria, categories, scores; synergy between projects', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'pm', {
      admin: ['ADMINISTRATOR'],
      board: ['PORTFOLIO_STEERING_GROUP'],
      council: ['DIGITALISATION_COUNCIL'],
      lead: ['PROJECT_LEAD'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'pn', {
      admin: ['ADMINISTRATOR'],
      board: ['PORTFOLIO_STEERING_GROUP'],
    });
  }, 60_000);
  afterAll(() => server.close());

  const as = (key: string, org = a) => server.client().signIn(org.email(key));
  const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

  it('lets an administrator keep the criteria, versioned and audited; others may not', async () => {
    const admin = await as('admin');
    const created = await admin.gql<{ createCriterion: { id: string; version: number } }>(CREATE_CRITERION, {
      input: { name: 'Strategi', weight: 30 },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCriterion.id;
    const updated = await admin.gql<{ updateCriterion: unknown }>(UPDATE_CRITERION, {
      input: { id, version: 1, name: 'Strategi', weight: 45, scaleMin: 1, scaleMax: 5 },
    });
    expect(updated.data!.updateCriterion).toEqual({ id, weight: 45, version: 2 });
    const stale = await admin.gql(UPDATE_CRITERION, {
      input: { id, version: 1, name: 'Strategi', weight: 10 },
    });
    expect(codeOf(stale)).toBe('STALE_VERSION');
    const badScale = await admin.gql(UPDATE_CRITERION, {
      input: { id, version: 2, name: 'Strategi', weight: 10, scaleMin: 5, scaleMax: 5 },
    });
    expect(codeOf(badScale)).toBe('VALIDATION_FAILED');
    expect(badScale.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['scaleMax']);

    for (const key of ['board', 'council', 'lead', 'reader']) {
      const client = await as(key);
      expect(codeOf(await client.gql(CREATE_CRITERION, { input: { name: 'X', weight: 1 } }))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await client.gql(DELETE_CRITERION, { id, v: 2 }))).toBe('FORBIDDEN');
    }
    // Another organisation's administrator cannot see or touch it.
    const foreign = await as('admin', b);
    expect(
      codeOf(await foreign.gql(UPDATE_CRITERION, { input: { id, version: 2, name: 'Hacket', weight: 1 } })),
    ).toBe('NOT_FOUND');
    expect(codeOf(await foreign.gql(DELETE_CRITERION, { id, v: 2 }))).toBe('NOT_FOUND');

    const scratch = await admin.gql<{ createCriterion: { id: string } }>(CREATE_CRITERION, {
      input: { name: 'Midlertidig', weight: 5 },
    });
    const gone = scratch.data!.createCriterion.id;
    expect(codeOf(await admin.gql(DELETE_CRITERION, { id: gone, v: 2 }))).toBe('STALE_VERSION');
    expect(
      (await admin.gql<{ deleteCriterion: boolean }>(DELETE_CRITERION, { id: gone, v: 1 })).data,
    ).toEqual({
      deleteCriterion: true,
    });
    const model = await admin.gql<{ prioritisationModel: { criteria: { name: string; weight: number }[] } }>(
      MODEL,
    );
    expect(model.data!.prioritisationModel.criteria).toEqual([
      { id, name: 'Strategi', weight: 45, version: 2 },
    ]);
    const audit = await server.db.prisma.auditEntry.findMany({
      where: { entityType: 'Criterion', organisationId: a.org.id },
      orderBy: { id: 'asc' },
      select: { action: true, entityId: true },
    });
    expect(audit).toEqual([
      { action: 'CREATE', entityId: id },
      { action: 'UPDATE', entityId: id },
      { action: 'CREATE', entityId: gone },
      { action: 'DELETE', entityId: gone },
    ]);
  });

  it('keeps categories per dimension: create, rename, refuse duplicates (localised), delete', async () => {
    const admin = await as('admin');
    const lokal = await admin.gql<{ createCategory: Category }>(CREATE_CATEGORY, {
      input: { dimension: 'SCOPE', name: 'Lokalt' },
    });
    expect(lokal.data!.createCategory).toMatchObject({ dimension: 'SCOPE', name: 'Lokalt', version: 1 });
    const tvaer = await admin.gql<{ createCategory: Category }>(CREATE_CATEGORY, {
      input: { dimension: 'SCOPE', name: 'Tværgående' },
    });
    const dup = await admin.gql(CREATE_CATEGORY, { input: { dimension: 'SCOPE', name: ' lokalt ' } });
    expect(codeOf(dup)).toBe('VALIDATION_FAILED');
    expect(dup.errors![0].extensions!.fields).toEqual([
      { field: 'name', message: 'Der findes allerede en kategori med det navn i dimensionen.' },
    ]);
    admin.locale = 'en';
    const dupEn = await admin.gql(CREATE_CATEGORY, { input: { dimension: 'SCOPE', name: 'Lokalt' } });
    expect(dupEn.errors![0].extensions!.fields![0].message).toBe(
      'A category with that name already exists in the dimension.',
    );
    admin.locale = 'da';
    // The same name is fine in another dimension; an empty name is not.
    expect(
      (await admin.gql(CREATE_CATEGORY, { input: { dimension: 'FOCUS', name: 'Lokalt' } })).errors,
    ).toBeUndefined();
    const empty = await admin.gql(CREATE_CATEGORY, { input: { dimension: 'FOCUS', name: '  ' } });
    expect(empty.errors![0].extensions!.fields).toEqual([{ field: 'name', message: expect.any(String) }]);

    const renamed = await admin.gql<{ updateCategory: Category }>(UPDATE_CATEGORY, {
      input: {
        id: tvaer.data!.createCategory.id,
        version: 1,
        dimension: 'SCOPE',
        name: 'Tværgående (hele kommunen)',
      },
    });
    expect(renamed.data!.updateCategory).toMatchObject({ name: 'Tværgående (hele kommunen)', version: 2 });
    const clash = await admin.gql(UPDATE_CATEGORY, {
      input: { id: tvaer.data!.createCategory.id, version: 2, dimension: 'SCOPE', name: 'Lokalt' },
    });
    expect(codeOf(clash)).toBe('VALIDATION_FAILED');
    expect(
      codeOf(
        await admin.gql(UPDATE_CATEGORY, {
          input: { id: tvaer.data!.createCategory.id, version: 1, dimension: 'SCOPE', name: 'Gammel' },
        }),
      ),
    ).toBe('STALE_VERSION');

    const reader = await as('reader');
    expect(codeOf(await reader.gql(CREATE_CATEGORY, { input: { dimension: 'ECONOMY', name: 'Dyr' } }))).toBe(
      'FORBIDDEN',
    );
    const foreign = await as('admin', b);
    expect(codeOf(await foreign.gql(DELETE_CATEGORY, { id: lokal.data!.createCategory.id, v: 1 }))).toBe(
      'NOT_FOUND',
    );

    const model = await reader.gql<{ prioritisationModel: { categories: Category[] } }>(MODEL);
    expect(model.data!.prioritisationModel.categories.map((c) => [c.dimension, c.name])).toEqual([
      ['FOCUS', 'Lokalt'],
      ['SCOPE', 'Lokalt'],
      ['SCOPE', 'Tværgående (hele kommunen)'],
    ]);
    const focus = model.data!.prioritisationModel.categories[0];
    expect((await admin.gql(DELETE_CATEGORY, { id: focus.id, v: 1 })).data).toEqual({ deleteCategory: true });
    expect(
      await server.db.prisma.auditEntry.count({
        where: { entityType: 'Category', organisationId: a.org.id },
      }),
    ).toBe(5); // three creates, one rename, one delete
  });

  it('lets the board and the council assess a project: categories and scores, validated', async () => {
    const admin = await as('admin');
    const model = (
      await admin.gql<{ prioritisationModel: { criteria: { id: string }[]; categories: Category[] } }>(MODEL)
    ).data!.prioritisationModel;
    const [lokal, tvaer] = model.categories;
    const lav = (
      await admin.gql<{ createCategory: Category }>(CREATE_CATEGORY, {
        input: { dimension: 'COMPLEXITY', name: 'Lav kompleksitet' },
      })
    ).data!.createCategory;
    const p = await aProject(server.db, a.org.id, 'Vurderes');
    const board = await as('board');

    const set = await board.gql<{ setProjectCategories: unknown }>(SET_CATEGORIES, {
      input: { projectId: p.id, version: 1, categoryIds: [tvaer.id, lav.id] },
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setProjectCategories).toEqual({
      id: p.id,
      version: 2,
      categories: [{ name: 'Lav kompleksitet' }, { name: 'Tværgående (hele kommunen)' }],
    });
    const both = await board.gql(SET_CATEGORIES, {
      input: { projectId: p.id, version: 2, categoryIds: [lokal.id, tvaer.id] },
    });
    expect(codeOf(both)).toBe('VALIDATION_FAILED');
    expect(both.errors![0].extensions!.fields).toEqual([
      { field: 'categoryIds.SCOPE', message: 'Vælg højst én kategori i hver dimension.' },
    ]);
    const foreignCategory = (
      await (
        await as('admin', b)
      ).gql<{ createCategory: Category }>(CREATE_CATEGORY, {
        input: { dimension: 'SCOPE', name: 'Fremmed' },
      })
    ).data!.createCategory;
    const borrowed = await board.gql(SET_CATEGORIES, {
      input: { projectId: p.id, version: 2, categoryIds: [foreignCategory.id] },
    });
    expect(codeOf(borrowed)).toBe('VALIDATION_FAILED');
    expect(
      codeOf(await board.gql(SET_CATEGORIES, { input: { projectId: p.id, version: 1, categoryIds: [] } })),
    ).toBe('STALE_VERSION');
    const lead = await as('lead');
    expect(
      codeOf(await lead.gql(SET_CATEGORIES, { input: { projectId: p.id, version: 2, categoryIds: [] } })),
    ).toBe('FORBIDDEN');
    const otherBoard = await as('board', b);
    expect(
      codeOf(
        await otherBoard.gql(SET_CATEGORIES, { input: { projectId: p.id, version: 2, categoryIds: [] } }),
      ),
    ).toBe('NOT_FOUND');

    // Scores: on the criterion's scale, whole numbers, by the council or the board.
    const criterionId = model.criteria[0].id;
    const council = await as('council');
    const first = await council.gql<{ setCriterionScore: { value: number; version: number } }>(SCORE, {
      input: { projectId: p.id, criterionId, value: 4 },
    });
    expect(first.data!.setCriterionScore).toMatchObject({ value: 4, version: 1 });
    const tooHigh = await board.gql(SCORE, { input: { projectId: p.id, criterionId, value: 6, version: 1 } });
    expect(tooHigh.errors![0].extensions!.fields).toEqual([{ field: 'value', message: 'Må højst være 5.' }]);
    const tooLow = await board.gql(SCORE, { input: { projectId: p.id, criterionId, value: 0, version: 1 } });
    expect(tooLow.errors![0].extensions!.fields).toEqual([
      { field: 'value', message: 'Skal være mindst 1.' },
    ]);
    expect(codeOf(await board.gql(SCORE, { input: { projectId: p.id, criterionId, value: 2 } }))).toBe(
      'STALE_VERSION',
    );
    expect(
      codeOf(await lead.gql(SCORE, { input: { projectId: p.id, criterionId, value: 2, version: 1 } })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await otherBoard.gql(SCORE, { input: { projectId: p.id, criterionId, value: 2, version: 1 } })),
    ).toBe('NOT_FOUND');
    expect(
      (await board.gql(SCORE, { input: { projectId: p.id, criterionId, value: 2, version: 1 } })).errors,
    ).toBeUndefined();

    const detail = await board.gql<{ project: { categories: unknown; scores: unknown } }>(PROJECT, {
      id: p.id,
    });
    expect(detail.data!.project).toMatchObject({
      version: 2,
      categories: [
        { name: 'Lav kompleksitet', dimension: 'COMPLEXITY' },
        { name: 'Tværgående (hele kommunen)', dimension: 'SCOPE' },
      ],
      scores: [{ criterionId, value: 2 }],
    });
    const audit = await server.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'ProjectCategory', entityId: p.id },
    });
    expect(audit.after).toEqual({ categoryIds: [tvaer.id, lav.id] });

    // The board shows the categories, and a rename shows on the next request despite its cache.
    const before = await board.gql<{
      portfolioBoard: { entries: { project: { name: string; categories: unknown } }[] };
    }>(BOARD);
    const entry = () => before.data!.portfolioBoard.entries.find((e) => e.project.name === 'Vurderes')!;
    expect(entry().project.categories).toEqual([
      { name: 'Lav kompleksitet' },
      { name: 'Tværgående (hele kommunen)' },
    ]);
    await admin.gql(UPDATE_CATEGORY, {
      input: { id: lav.id, version: 1, dimension: 'COMPLEXITY', name: 'Lav' },
    });
    const after = await board.gql<{
      portfolioBoard: { entries: { project: { name: string; categories: unknown } }[] };
    }>(BOARD);
    expect(
      after.data!.portfolioBoard.entries.find((e) => e.project.name === 'Vurderes')!.project.categories,
    ).toEqual([{ name: 'Lav' }, { name: 'Tværgående (hele kommunen)' }]);
  });

  it('groups open projects by shared system and capability, and lists related projects', async () => {
    const db = server.db.prisma;
    const esdh = await aUsage(server.db, a.org.id, 'Fælles ESDH');
    await db.systemUsage.update({ where: { id: esdh.id }, data: { capabilities: ['Sagsbehandling'] } });
    const gis = await aUsage(server.db, a.org.id, 'Kortværk');
    await db.systemUsage.update({ where: { id: gis.id }, data: { capabilities: ['Sagsbehandling', 'GIS'] } });
    const alone = await aUsage(server.db, a.org.id, 'Skolefoto');
    const x = await aProject(server.db, a.org.id, 'X-sag', { status: 'ACTIVE' });
    const y = await aProject(server.db, a.org.id, 'Y-sag');
    const z = await aProject(server.db, a.org.id, 'Z-kort');
    const closed = await aProject(server.db, a.org.id, 'Lukket sag');
    await db.project.update({ where: { id: closed.id }, data: { status: 'CLOSED' } });
    const rejected = await aProject(server.db, a.org.id, 'Afvist kort');
    await db.project.update({ where: { id: rejected.id }, data: { status: 'REJECTED' } });
    const solo = await aProject(server.db, a.org.id, 'Solo');
    await db.projectSystem.createMany({
      data: [
        { projectId: x.id, usageId: esdh.id },
        { projectId: y.id, usageId: esdh.id },
        { projectId: z.id, usageId: gis.id },
        { projectId: closed.id, usageId: esdh.id },
        { projectId: rejected.id, usageId: gis.id },
        { projectId: solo.id, usageId: alone.id },
      ],
    });

    const reader = await as('reader');
    const overlaps = await reader.gql<{ projectOverlaps: unknown[] }>(OVERLAPS);
    expect(overlaps.errors).toBeUndefined();
    expect(overlaps.data!.projectOverlaps).toEqual([
      { kind: 'SYSTEM', key: esdh.id, name: 'Fælles ESDH', projects: [{ name: 'X-sag' }, { name: 'Y-sag' }] },
      {
        kind: 'CAPABILITY',
        key: 'Sagsbehandling',
        name: 'Sagsbehandling',
        projects: [{ name: 'X-sag' }, { name: 'Y-sag' }, { name: 'Z-kort' }],
      },
    ]);

    const related = await reader.gql<{ project: { relatedProjects: unknown[] } }>(PROJECT, { id: x.id });
    expect(related.data!.project.relatedProjects).toEqual([
      {
        project: { name: 'Y-sag' },
        sharedSystems: [{ name: 'Fælles ESDH' }],
        sharedCapabilities: ['Sagsbehandling'],
      },
      { project: { name: 'Z-kort' }, sharedSystems: [], sharedCapabilities: ['Sagsbehandling'] },
    ]);
    const none = await reader.gql<{ project: { relatedProjects: unknown[] } }>(PROJECT, { id: solo.id });
    expect(none.data!.project.relatedProjects).toEqual([]);

    // Another organisation sees none of it, and cannot open the project.
    const other = await as('board', b);
    expect((await other.gql<{ projectOverlaps: unknown[] }>(OVERLAPS)).data!.projectOverlaps).toEqual([]);
    expect(codeOf(await other.gql(PROJECT, { id: x.id }))).toBe('NOT_FOUND');
  });
});
