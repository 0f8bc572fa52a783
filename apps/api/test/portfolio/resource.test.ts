import { anOrganisation, aUsage, startTestServer, type TestServer } from '../test-server';
import { aProject } from './portfolio-fixtures';

const COMPETENCY = `mutation($n: String!) { createCompetency(name: $n) { id name } }`;
const PERSON = `mutation($input: PersonCreateInput!) { createPerson(input: $input) { id name version competencies { name } } }`;
const UPDATE_PERSON = `mutation($input: PersonUpdateInput!) { updatePerson(input: $input) { id weeklyCapacityHours version } }`;
const ALLOCATE = `mutation($input: AllocationInput!) { createAllocation(input: $input) { id hoursPerWeek version } }`;
const UPDATE_ALLOCATION = `mutation($input: AllocationUpdateInput!) { updateAllocation(input: $input) { id hoursPerWeek version } }`;
const DELETE_ALLOCATION = `mutation($id: ID!, $v: Int!) { deleteAllocation(id: $id, version: $v) }`;
const DEMAND = `mutation($input: ResourceDemandInput!) { setResourceDemand(input: $input) { quarter hoursPerWeek } }`;
const HEATMAP = `query($q: [String!]) { allocationHeatmap(quarters: $q) {
  quarters byCompetency { groupName quarter allocatedHours availableHours ratio status }
  byUnit { groupName quarter allocatedHours availableHours status } } }`;
const SYNERGY = `{ projectSynergies { projects { name } sharedSystems { name } sharedCapabilities } }`;

describe('resources: people, allocations, heat map, demand and synergy', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'sa', { coord: ['PROJECT_COORDINATOR'], reader: ['READER'] });
    b = await anOrganisation(server.db, 'sb', { coord: ['PROJECT_COORDINATOR'] });
  }, 60_000);
  afterAll(() => server.close());

  it('books people on projects and shows over/under-allocation per competency and unit', async () => {
    const coord = await server.client().signIn(a.email('coord'));
    const dev = (await coord.gql<{ createCompetency: { id: string } }>(COMPETENCY, { n: 'Udvikler' })).data!
      .createCompetency;
    const ba = (await coord.gql<{ createCompetency: { id: string } }>(COMPETENCY, { n: 'Forretning' })).data!
      .createCompetency;
    const person = await coord.gql<{
      createPerson: { id: string; version: number; competencies: { name: string }[] };
    }>(PERSON, {
      input: { name: 'Dorte', unitId: a.unit.id, weeklyCapacityHours: 30, competencyIds: [dev.id, ba.id] },
    });
    expect(person.errors).toBeUndefined();
    const p = await aProject(server.db, a.org.id, 'Booking');
    const personId = person.data!.createPerson.id;
    const booked = await coord.gql<{ createAllocation: { id: string; version: number } }>(ALLOCATE, {
      input: { personId, projectId: p.id, competencyId: dev.id, quarter: '2027-Q1', hoursPerWeek: 20 },
    });
    expect(booked.errors).toBeUndefined();
    const upd = await coord.gql(UPDATE_ALLOCATION, {
      input: { id: booked.data!.createAllocation.id, version: 1, competencyId: dev.id, hoursPerWeek: 18 },
    });
    expect(upd.errors).toBeUndefined();
    const reader = await server.client().signIn(a.email('reader'));
    const map = (
      await reader.gql<{ allocationHeatmap: Record<string, unknown> }>(HEATMAP, { q: ['2027-Q1'] })
    ).data!.allocationHeatmap;
    // 30 h split over two competencies = 15 each; 18 h booked as developer → 120 % OVER; business 0 % UNDER.
    const byName = (cells: unknown) =>
      [...(cells as { groupName: string }[])].sort((x, y) => x.groupName.localeCompare(y.groupName, 'da'));
    expect(byName(map.byCompetency)).toEqual([
      expect.objectContaining({
        groupName: 'Forretning',
        allocatedHours: 0,
        availableHours: 15,
        ratio: 0,
        status: 'UNDER',
      }),
      expect.objectContaining({
        groupName: 'Udvikler',
        allocatedHours: 18,
        availableHours: 15,
        ratio: 1.2,
        status: 'OVER',
      }),
    ]);
    expect(map.byUnit).toEqual([
      {
        groupName: 'IT og Digitalisering',
        quarter: '2027-Q1',
        allocatedHours: 18,
        availableHours: 30,
        status: 'OK',
      },
    ]);

    const stale = await coord.gql(UPDATE_PERSON, {
      input: { id: personId, version: 5, name: 'Dorte', weeklyCapacityHours: 37, competencyIds: [] },
    });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    const denied = await reader.gql(ALLOCATE, {
      input: { personId, projectId: p.id, quarter: '2027-Q2', hoursPerWeek: 1 },
    });
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await coord.gql(DELETE_ALLOCATION, { id: booked.data!.createAllocation.id, v: 2 })).data).toEqual(
      { deleteAllocation: true },
    );
  });

  it('sets and removes a project demand', async () => {
    const coord = await server.client().signIn(a.email('coord'));
    const dev = await server.db.prisma.competency.findFirstOrThrow({
      where: { organisationId: a.org.id, name: 'Udvikler' },
    });
    const p = await aProject(server.db, a.org.id, 'Efterspørgsel');
    const set = await coord.gql<{ setResourceDemand: unknown[] }>(DEMAND, {
      input: { projectId: p.id, competencyId: dev.id, quarter: '2027-Q2', hoursPerWeek: 12 },
    });
    expect(set.data!.setResourceDemand).toEqual([{ quarter: '2027-Q2', hoursPerWeek: 12 }]);
    const bad = await coord.gql(DEMAND, {
      input: { projectId: p.id, competencyId: dev.id, quarter: '2027-5', hoursPerWeek: 12 },
    });
    expect(bad.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    const removed = await coord.gql<{ setResourceDemand: unknown[] }>(DEMAND, {
      input: { projectId: p.id, competencyId: dev.id, quarter: '2027-Q2', hoursPerWeek: 0 },
    });
    expect(removed.data!.setResourceDemand).toEqual([]);
  });

  it('refuses hours outside a week and a blank name with the shared rules’ messages, changing nothing', async () => {
    const coord = await server.client().signIn(a.email('coord'));
    const people = await server.db.prisma.person.count({ where: { organisationId: a.org.id } });
    const person = await coord.gql(PERSON, {
      input: { name: ' ', weeklyCapacityHours: 169, competencyIds: [] },
    });
    expect(person.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        { field: 'name', message: 'Skal udfyldes.' },
        { field: 'weeklyCapacityHours', message: 'Må højst være 168.' },
      ],
    });
    expect(await server.db.prisma.person.count({ where: { organisationId: a.org.id } })).toBe(people);

    const dorte = await server.db.prisma.person.findFirstOrThrow({ where: { organisationId: a.org.id } });
    const p = await aProject(server.db, a.org.id, 'Overbooking');
    const allocations = await server.db.prisma.allocation.count();
    const bad = await coord.gql(ALLOCATE, {
      input: { personId: dorte.id, projectId: p.id, quarter: '2027-Q5', hoursPerWeek: 200 },
    });
    expect(bad.errors![0].extensions!.fields).toEqual([
      { field: 'quarter', message: 'Ugyldig værdi.' },
      { field: 'hoursPerWeek', message: 'Må højst være 168.' },
    ]);
    expect(await server.db.prisma.allocation.count()).toBe(allocations);
  });

  it('flags projects touching the same system or capability', async () => {
    const esdh = await aUsage(server.db, a.org.id, 'Fælles ESDH');
    await server.db.prisma.systemUsage.update({
      where: { id: esdh.id },
      data: { capabilities: ['Sagsbehandling'] },
    });
    const x = await aProject(server.db, a.org.id, 'X-projekt');
    const y = await aProject(server.db, a.org.id, 'Y-projekt');
    await server.db.prisma.projectSystem.createMany({
      data: [
        { projectId: x.id, usageId: esdh.id },
        { projectId: y.id, usageId: esdh.id },
      ],
    });
    const reader = await server.client().signIn(a.email('reader'));
    const result = await reader.gql<{ projectSynergies: unknown[] }>(SYNERGY);
    expect(result.data!.projectSynergies).toEqual([
      {
        projects: [{ name: 'X-projekt' }, { name: 'Y-projekt' }],
        sharedSystems: [{ name: 'Fælles ESDH' }],
        sharedCapabilities: ['Sagsbehandling'],
      },
    ]);
    const other = await server.client().signIn(b.email('coord'));
    expect((await other.gql<{ projectSynergies: unknown[] }>(SYNERGY)).data!.projectSynergies).toEqual([]);
  });

  it('keeps organisations apart', async () => {
    const other = await server.client().signIn(b.email('coord'));
    const person = await server.db.prisma.person.findFirstOrThrow({ where: { organisationId: a.org.id } });
    const project = await aProject(server.db, a.org.id, 'A-privat');
    expect((await other.gql<{ people: unknown[] }>('{ people { id } }')).data!.people).toEqual([]);
    expect(
      (await other.gql<{ competencies: unknown[] }>('{ competencies { id } }')).data!.competencies,
    ).toEqual([]);
    const map = (
      await other.gql<{ allocationHeatmap: { byCompetency: unknown[]; byUnit: unknown[] } }>(HEATMAP, {
        q: ['2027-Q1'],
      })
    ).data!.allocationHeatmap;
    expect(map.byCompetency).toEqual([]);
    expect(map.byUnit).toEqual([]);
    const upd = await other.gql(UPDATE_PERSON, {
      input: {
        id: person.id,
        version: person.version,
        name: 'Hacket',
        weeklyCapacityHours: 1,
        competencyIds: [],
      },
    });
    expect(upd.errors![0].extensions!.code).toBe('NOT_FOUND');
    const alloc = await other.gql(ALLOCATE, {
      input: { personId: person.id, projectId: project.id, quarter: '2027-Q1', hoursPerWeek: 1 },
    });
    expect(alloc.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    const dev = await server.db.prisma.competency.findFirstOrThrow({ where: { organisationId: a.org.id } });
    const demand = await other.gql(DEMAND, {
      input: { projectId: project.id, competencyId: dev.id, quarter: '2027-Q1', hoursPerWeek: 1 },
    });
    expect(demand.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await server.db.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).name).toBe(
      'Dorte',
    );
  });
});
