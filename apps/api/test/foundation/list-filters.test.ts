import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

const LIST = `query($filter: SystemUsageFilter, $sort: SystemUsageSort, $offset: Int, $limit: Int) {
  systemUsages(filter: $filter, sort: $sort, offset: $offset, limit: $limit) { totalCount offset limit items { name } }
}`;

describe('system usage list: filter, sort, paginate', () => {
  let server: TestServer;
  let org: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    org = await anOrganisation(server.db, 'iota', { reader: ['READER'] });
    const rows: [string, string[], string[], 'IN_USE' | 'RETIRED', number][] = [
      ['SMS-løsning A', ['SMS'], ['27.24'], 'IN_USE', 300],
      ['SMS-løsning B', ['SMS', 'Booking'], ['02.34'], 'RETIRED', 20],
      ['Økonomisystem', ['Økonomi'], ['00.01'], 'IN_USE', 120],
    ];
    for (const [name, capabilities, taskAreas, lifecycle, userCount] of rows) {
      const u = await aUsage(server.db, org.org.id, name);
      await server.db.prisma.systemUsage.update({
        where: { id: u.id },
        data: { capabilities, taskAreas, lifecycle, userCount },
      });
    }
  });
  afterAll(() => server.close());

  const names = async (variables: Record<string, unknown>) => {
    const client = await server.client().signIn(org.email('reader'));
    const result = await client.gql<{ systemUsages: { totalCount: number; items: { name: string }[] } }>(
      LIST,
      variables,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.systemUsages;
  };

  it('filters by capability, task area, lifecycle and name search', async () => {
    expect((await names({ filter: { capability: 'SMS' } })).items.map((i) => i.name)).toEqual([
      'SMS-løsning A',
      'SMS-løsning B',
    ]);
    expect((await names({ filter: { taskArea: '02.34' } })).items.map((i) => i.name)).toEqual([
      'SMS-løsning B',
    ]);
    expect((await names({ filter: { lifecycles: ['IN_USE'] } })).totalCount).toBe(2);
    expect((await names({ filter: { search: 'økonomi' } })).items.map((i) => i.name)).toEqual([
      'Økonomisystem',
    ]);
  });

  it('sorts by user count descending and paginates with a total', async () => {
    const page = await names({ sort: { field: 'USER_COUNT', direction: 'DESC' }, offset: 1, limit: 1 });
    expect(page.items.map((i) => i.name)).toEqual(['Økonomisystem']);
    expect(page.totalCount).toBe(3);
  });

  it('refuses a page size over 500', async () => {
    const client = await server.client().signIn(org.email('reader'));
    const result = await client.gql(LIST, { limit: 501 });
    expect(result.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
  });
});
