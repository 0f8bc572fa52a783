import { anOrganisation, startTestServer, type TestServer } from '../test-server';

jest.setTimeout(60_000);

const UPDATE_UNIT = `mutation($input: UnitUpdateInput!) { updateUnit(input: $input) { id parentId version } }`;

/** The unit tree cannot loop: the shared rule `unitParentErrors` refuses a parent below the unit. */
describe('unit parent links', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'enheder', { admin: ['ADMINISTRATOR'] });
  });
  afterAll(() => server.close());

  it('refuses a unit below itself or its own sub-unit with a localised error, and changes nothing', async () => {
    const social = await server.db.prisma.unit.create({ data: { organisationId: a.org.id, name: 'Social' } });
    const born = await server.db.prisma.unit.create({
      data: { organisationId: a.org.id, name: 'Børn', parentId: social.id },
    });
    const audits = await server.db.prisma.auditEntry.count({ where: { entityType: 'Unit' } });
    const client = await server.client().signIn(a.email('admin'));
    client.locale = 'en';
    for (const parentId of [born.id, social.id]) {
      const result = await client.gql(UPDATE_UNIT, { input: { id: social.id, version: 1, parentId } });
      expect(result.errors![0].extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [
          { field: 'parentId', message: 'A unit cannot sit below itself or below one of its own sub-units.' },
        ],
      });
    }
    expect(await server.db.prisma.unit.findUniqueOrThrow({ where: { id: social.id } })).toMatchObject({
      parentId: null,
      version: 1,
    });
    expect(await server.db.prisma.auditEntry.count({ where: { entityType: 'Unit' } })).toBe(audits);

    // Moving the sub-unit elsewhere is fine.
    const teknik = await server.db.prisma.unit.create({ data: { organisationId: a.org.id, name: 'Teknik' } });
    const moved = await client.gql<{ updateUnit: { parentId: string } }>(UPDATE_UNIT, {
      input: { id: born.id, version: 1, parentId: teknik.id },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateUnit.parentId).toBe(teknik.id);
  });
});
