import { anOrganisation, aUsage, startTestServer, type TestServer } from '../test-server';

const SEARCH = `query($text: String!) { search(text: $text) { kind id name detail score } }`;

interface Hit {
  kind: string;
  id: string;
  name: string;
  detail: string | null;
}

describe('global search', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  const search = async (text: string, org = a) => {
    const client = await server.client().signIn(org.email('reader'));
    const result = await client.gql<{ search: Hit[] }>(SEARCH, { text });
    expect(result.errors).toBeUndefined();
    return result.data!.search;
  };

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'soeg-a', { reader: ['READER'] });
    b = await anOrganisation(server.db, 'soeg-b', { reader: ['READER'] });
    const p = server.db.prisma;
    await aUsage(server.db, a.org.id, 'SBSYS');
    await aUsage(server.db, a.org.id, 'SBSYS Dokumentboks');
    await aUsage(server.db, a.org.id, 'Økonomi og løn (Prisme)');
    const supplier = await p.supplier.create({ data: { name: 'Netcompany A/S', cvr: '14814833' } });
    await p.contract.create({
      data: {
        organisationId: a.org.id,
        name: 'Driftsaftale SBSYS',
        reference: 'KT-2024-17',
        supplierId: supplier.id,
        startDate: new Date('2024-01-01'),
      },
    });
    await p.project.create({
      data: {
        organisationId: a.org.id,
        name: 'Udfasning af gammelt ESDH',
        description: 'Lønninger og betalinger flyttes',
        rankKey: 'a0',
      },
    });
    await p.benefit.create({
      data: { organisationId: a.org.id, title: 'Færre manuelle betalinger', type: 'ECONOMIC_KR' },
    });
    await p.dataSource.create({ data: { name: 'CPR-registeret', kind: 'BASE_REGISTER' } });
    await p.interface.create({ data: { name: 'SBSYS Journal API' } });
    // Another organisation's local data and its own contract must never be found by A.
    await p.dataSource.create({
      data: {
        name: 'SBSYS lokal kopi',
        kind: 'COPY_REGISTER',
        visibility: 'LOCAL',
        ownerOrganisationId: b.org.id,
      },
    });
    await p.contract.create({
      data: { organisationId: b.org.id, name: 'SBSYS hemmelig aftale', startDate: new Date('2024-01-01') },
    });
    await aUsage(server.db, b.org.id, 'Sbsys B-lokal');
  });
  afterAll(() => server.close());

  it('ranks the exact name first, then names that start with it, across kinds', async () => {
    const hits = await search('sbsys');
    expect(hits[0]).toMatchObject({ kind: 'SYSTEM', name: 'SBSYS' });
    expect(hits.map((h) => h.name)).toEqual(
      expect.arrayContaining(['SBSYS Dokumentboks', 'SBSYS Journal API', 'Driftsaftale SBSYS']),
    );
    const names = hits.map((h) => h.name);
    expect(names.indexOf('SBSYS Dokumentboks')).toBeLessThan(names.indexOf('Driftsaftale SBSYS'));
  });

  it('finds an item despite a typo and in another case', async () => {
    expect((await search('Sbsys'))[0].name).toBe('SBSYS');
    expect((await search('økonmi')).map((h) => h.name)).toContain('Økonomi og løn (Prisme)');
    expect((await search('Netcompani')).map((h) => h.name)).toContain('Netcompany A/S');
  });

  it('matches Danish word forms in names and descriptions', async () => {
    // "betaling" and "lønning" are the stems of "betalinger" and "lønninger".
    expect((await search('betaling')).map((h) => h.name)).toEqual(
      expect.arrayContaining(['Færre manuelle betalinger', 'Udfasning af gammelt ESDH']),
    );
    const hit = (await search('lønning')).find((h) => h.kind === 'PROJECT');
    expect(hit?.name).toBe('Udfasning af gammelt ESDH');
  });

  it('finds a contract by its reference and a supplier by its CVR', async () => {
    expect(await search('KT-2024-17')).toEqual([
      expect.objectContaining({ kind: 'CONTRACT', name: 'Driftsaftale SBSYS', detail: 'KT-2024-17' }),
    ]);
    expect((await search('14814833'))[0]).toMatchObject({ kind: 'SUPPLIER', name: 'Netcompany A/S' });
  });

  it('finds shared catalogue entries but never another organisation’s local or own data', async () => {
    const names = (await search('sbsys')).map((h) => h.name);
    expect(names).not.toContain('SBSYS lokal kopi');
    expect(names).not.toContain('SBSYS hemmelig aftale');
    expect(names).not.toContain('Sbsys B-lokal');
    expect((await search('cpr-registeret'))[0]).toMatchObject({
      kind: 'DATA_SOURCE',
      name: 'CPR-registeret',
    });
    const bNames = (await search('sbsys', b)).map((h) => h.name);
    expect(bNames).toEqual(
      expect.arrayContaining(['SBSYS lokal kopi', 'SBSYS hemmelig aftale', 'Sbsys B-lokal']),
    );
    expect(bNames).not.toContain('Driftsaftale SBSYS');
  });

  it('refuses empty and too long text with a localised field error, and anonymous callers', async () => {
    const client = await server.client().signIn(a.email('reader'));
    const empty = await client.gql(SEARCH, { text: '   ' });
    expect(empty.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(empty.errors![0].extensions!.fields).toEqual([{ field: 'text', message: 'Skal udfyldes.' }]);
    client.locale = 'en';
    const long = await client.gql(SEARCH, { text: 'x'.repeat(101) });
    expect(long.errors![0].extensions!.fields).toEqual([
      { field: 'text', message: 'Must be at most 100 characters.' },
    ]);
    const anonymous = await server.client().gql(SEARCH, { text: 'sbsys' });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('gives at most 8 hits per kind, equal scores in name order, the same ones every time', async () => {
    // Inserted last-first, so the order on disk is not the answer.
    for (let i = 9; i >= 1; i--)
      await server.db.prisma.benefit.create({
        data: { organisationId: a.org.id, title: `Gevinst ${i}`, type: 'ECONOMIC_KR' },
      });
    const expected = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `Gevinst ${i}`);
    for (const text of ['gevinst', 'Gevinst']) {
      const hits = (await search(text)).filter((h) => h.kind === 'BENEFIT');
      expect(hits.map((h) => h.name)).toEqual(expected);
    }
  });

  it('treats query syntax in the text as plain characters', async () => {
    expect(await search("') & !:* |")).toEqual([]);
  });
});
