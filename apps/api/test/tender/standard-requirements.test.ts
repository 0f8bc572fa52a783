import { anOrganisation, startTestServer, type TestServer } from '../test-server';

const CREATE = `mutation($input: StandardRequirementInput!) { createStandardRequirement(input: $input) { id version title active } }`;
const UPDATE = `mutation($input: StandardRequirementUpdateInput!) { updateStandardRequirement(input: $input) { id version active } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteStandardRequirement(id: $id, version: $version) }`;
const LIST = `query($all: Boolean) { standardRequirements(includeInactive: $all) { title active } }`;
const ADD_CHECKLIST = `mutation($id: ID!) { addRequirementChecklist(projectId: $id) { id version fulfilled requirement { title } } }`;
const UPDATE_CHECK = `mutation($input: RequirementCheckUpdateInput!) { updateRequirementCheck(input: $input) { fulfilled note version } }`;

describe('standard requirements', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'alpha', {
      admin: ['ADMINISTRATOR'],
      kontrakt: ['CONTRACT_MANAGER'],
      laeser: ['READER'],
    });
    b = await anOrganisation(server.db, 'beta', { admin: ['ADMINISTRATOR'] });
  });
  afterAll(() => server.close());

  it('is kept by administrators, read by everyone in the organisation and private to it', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const created = await admin.gql<{ createStandardRequirement: { id: string } }>(CREATE, {
      input: { category: 'Arkitektur', title: 'Brug af Serviceplatformen' },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createStandardRequirement.id;
    await admin.gql(CREATE, { input: { category: 'Exit', title: 'Dataudtræk ved kontraktophør' } });
    const invalid = await admin.gql(CREATE, { input: { category: '', title: 'x' } });
    expect(invalid.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'category' })]);

    const manager = await server.client().signIn(a.email('kontrakt'));
    expect(
      (await manager.gql(CREATE, { input: { category: 'X', title: 'Y' } })).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
    const reader = await server.client().signIn(a.email('laeser'));
    const list = await reader.gql<{ standardRequirements: { title: string }[] }>(LIST);
    expect(list.data!.standardRequirements.map((r) => r.title)).toEqual([
      'Brug af Serviceplatformen',
      'Dataudtræk ved kontraktophør',
    ]);

    const stranger = await server.client().signIn(b.email('admin'));
    expect(
      (await stranger.gql<{ standardRequirements: unknown[] }>(LIST)).data!.standardRequirements,
    ).toEqual([]);
    const hijack = await stranger.gql(UPDATE, { input: { id, version: 1, category: 'X', title: 'Kapret' } });
    expect(hijack.errors![0].extensions!.code).toBe('NOT_FOUND');

    const deactivated = await admin.gql<{ updateStandardRequirement: { version: number } }>(UPDATE, {
      input: { id, version: 1, category: 'Arkitektur', title: 'Brug af Serviceplatformen', active: false },
    });
    expect(deactivated.data!.updateStandardRequirement).toMatchObject({ version: 2, active: false });
    const stale = await admin.gql(UPDATE, { input: { id, version: 1, category: 'A', title: 'B' } });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    expect(
      (await reader.gql<{ standardRequirements: unknown[] }>(LIST)).data!.standardRequirements,
    ).toHaveLength(1);
    expect(
      (await reader.gql<{ standardRequirements: unknown[] }>(LIST, { all: true })).data!.standardRequirements,
    ).toHaveLength(2);
  });

  it('gives a project a checklist from the active requirements and tracks its fulfilment', async () => {
    const project = await server.db.prisma.project.create({
      data: { organisationId: a.org.id, name: 'Genudbud ESDH', rankKey: 'a0', phase: 'proposal' },
    });
    const manager = await server.client().signIn(a.email('kontrakt'));
    const checklist = await manager.gql<{
      addRequirementChecklist: { id: string; version: number; requirement: { title: string } }[];
    }>(ADD_CHECKLIST, { id: project.id });
    expect(checklist.errors).toBeUndefined();
    const items = checklist.data!.addRequirementChecklist;
    expect(items.map((c) => c.requirement.title)).toEqual(['Dataudtræk ved kontraktophør']);
    const updated = await manager.gql(UPDATE_CHECK, {
      input: { id: items[0].id, version: 1, fulfilled: true, note: 'Krav 4.2 i udbudsmaterialet' },
    });
    expect(updated.data).toEqual({
      updateRequirementCheck: { fulfilled: true, note: 'Krav 4.2 i udbudsmaterialet', version: 2 },
    });

    const reader = await server.client().signIn(a.email('laeser'));
    expect(
      (await reader.gql(UPDATE_CHECK, { input: { id: items[0].id, version: 2, fulfilled: false } }))
        .errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
    const stranger = await server.client().signIn(b.email('admin'));
    expect((await stranger.gql(ADD_CHECKLIST, { id: project.id })).errors![0].extensions!.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await stranger.gql(UPDATE_CHECK, { input: { id: items[0].id, version: 2, fulfilled: false } }))
        .errors![0].extensions!.code,
    ).toBe('NOT_FOUND');

    // A requirement on a checklist is kept for its history.
    const admin = await server.client().signIn(a.email('admin'));
    const inUse = await server.db.prisma.standardRequirement.findFirstOrThrow({
      where: { title: 'Dataudtræk ved kontraktophør' },
    });
    expect((await admin.gql(DELETE, { id: inUse.id, version: 1 })).errors![0].extensions!.code).toBe(
      'CONFLICT',
    );
  });
});
