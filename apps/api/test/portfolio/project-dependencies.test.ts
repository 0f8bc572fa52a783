import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aProject } from './portfolio-fixtures';

const UPDATE = `mutation($input: ProjectUpdateInput!) { updateProject(input: $input) { id version dependsOnIds } }`;
const DETAIL = `query($id: ID!) { project(id: $id) { dependsOn { name } dependencyOf { name } } }`;
const LIST = `{ projects(limit: 50, sort: { field: NAME, direction: ASC }) { items { name dependsOnIds } } }`;

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const code = (r: Errors) => r.errors?.[0]?.extensions?.code;

describe('dependencies between projects', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'dep-a', { coord: ['PROJECT_COORDINATOR'], reader: ['READER'] });
    b = await anOrganisation(server.db, 'dep-b', { coord: ['PROJECT_COORDINATOR'] });
  }, 60_000);
  afterAll(() => server.close());

  it('records dependencies with an audit entry and shows them both ways and on the list', async () => {
    const platform = await aProject(server.db, a.org.id, 'Integrationsplatform');
    const esdh = await aProject(server.db, a.org.id, 'Ny ESDH');
    const coord = await server.client().signIn(a.email('coord'));
    const saved = await coord.gql<{ updateProject: { dependsOnIds: string[]; version: number } }>(UPDATE, {
      input: { id: esdh.id, version: 1, dependsOnIds: [platform.id, platform.id] },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateProject).toMatchObject({ dependsOnIds: [platform.id], version: 2 });
    expect((await coord.gql(DETAIL, { id: esdh.id })).data).toEqual({
      project: { dependsOn: [{ name: 'Integrationsplatform' }], dependencyOf: [] },
    });
    expect((await coord.gql(DETAIL, { id: platform.id })).data).toEqual({
      project: { dependsOn: [], dependencyOf: [{ name: 'Ny ESDH' }] },
    });
    const reader = await server.client().signIn(a.email('reader'));
    expect((await reader.gql(LIST)).data).toEqual({
      projects: {
        items: [
          { name: 'Integrationsplatform', dependsOnIds: [] },
          { name: 'Ny ESDH', dependsOnIds: [platform.id] },
        ],
      },
    });
    const audit = await server.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityId: esdh.id, action: 'UPDATE' },
    });
    expect(audit.after).toMatchObject({ dependsOnIds: [platform.id] });
  });

  it('refuses a project depending on itself or closing a loop, in Danish and English, and changes nothing', async () => {
    const x = await aProject(server.db, a.org.id, 'X');
    const y = await aProject(server.db, a.org.id, 'Y');
    const z = await aProject(server.db, a.org.id, 'Z');
    await server.db.prisma.projectDependency.createMany({
      data: [
        { projectId: x.id, dependsOnId: y.id },
        { projectId: y.id, dependsOnId: z.id },
      ],
    });
    const coord = await server.client().signIn(a.email('coord'));
    const self = await coord.gql(UPDATE, { input: { id: x.id, version: 1, dependsOnIds: [x.id] } });
    expect(self.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'dependsOnIds', message: 'Et projekt kan ikke afhænge af sig selv.' }],
    });
    coord.locale = 'en';
    const loop = await coord.gql(UPDATE, { input: { id: z.id, version: 1, dependsOnIds: [x.id] } });
    expect(loop.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        {
          field: 'dependsOnIds',
          message:
            'The dependency would make a loop: the chosen project already depends (directly or through others) on this project.',
        },
      ],
    });
    expect(await server.db.prisma.projectDependency.count({ where: { projectId: z.id } })).toBe(0);
    expect((await server.db.prisma.project.findUniqueOrThrow({ where: { id: z.id } })).version).toBe(1);
  });

  it('keeps organisations apart: no dependency on another organisation’s project, none set on it', async () => {
    const own = await aProject(server.db, a.org.id, 'Egen');
    const foreign = await aProject(server.db, b.org.id, 'Fremmed');
    const coord = await server.client().signIn(a.email('coord'));
    const across = await coord.gql(UPDATE, { input: { id: own.id, version: 1, dependsOnIds: [foreign.id] } });
    expect(across.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'dependsOnIds', message: 'Projektet findes ikke i din organisation.' }],
    });
    const other = await server.client().signIn(b.email('coord'));
    expect(code(await other.gql(UPDATE, { input: { id: own.id, version: 1, dependsOnIds: [] } }))).toBe(
      'NOT_FOUND',
    );
    expect(await server.db.prisma.projectDependency.count({ where: { projectId: own.id } })).toBe(0);
  });
});
