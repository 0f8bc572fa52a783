import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { lineStatuses, runImport as run } from './kitos-import-client';
import { INTERFACE_HEADERS, kitosWorkbook, type FixtureCell } from './kitos-fixture';

/** Three interfaces as KITOS's overview exports them; the last has a data type KITOS does not know. */
const rows = (): FixtureCell[][] => [
  [
    'SF-1',
    'Sagsopslag',
    '2.0',
    'Offentlig',
    'WS REST',
    'Digitalsoft A/S',
    'Sagssystemet',
    'Nej',
    'Sag, Dokument',
    'Norddal',
  ],
  ['', 'CPR-opslag', '', 'Offentlig', 'WS SOAP', '', 'Serviceplatformen', '', 'Person', ''],
  ['', 'Hemmelig', '', '', '', '', '', '', 'Hemmeligheder', ''],
];

describe('KITOS interface overview import over GraphQL', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;
  let sharedId: string;
  let providerId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'snitfladea', { admin: ['ADMINISTRATOR'] });
    b = await anOrganisation(server.db, 'snitfladeb', { admin: ['ADMINISTRATOR'] });
    providerId = (await server.db.prisma.itSystem.create({ data: { name: 'Sagssystemet' } })).id;
    const platform = await server.db.prisma.itSystem.create({ data: { name: 'Serviceplatformen' } });
    // A shared interface someone else registered: matched by name, read, not rewritten.
    sharedId = (
      await server.db.prisma.interface.create({
        data: {
          name: 'CPR-opslag',
          providerSystemId: platform.id,
          protocol: 'WS SOAP',
          dataTypes: ['PERSON'],
        },
      })
    ).id;
    admin = await server.client().signIn(a.email('admin'));
  }, 60_000);
  afterAll(() => server.close());

  const file = (r = rows()) => kitosWorkbook(INTERFACE_HEADERS, r, 'Snitflader');
  const localOf = (organisationId: string) =>
    server.db.prisma.interface.findMany({
      where: { ownerOrganisationId: organisationId },
      orderBy: { name: 'asc' },
    });
  const auditCount = (organisationId: string) =>
    server.db.prisma.auditEntry.count({ where: { organisationId } });

  it('plans, stops on the refused row, then skips it: new interfaces are local, with provider, type, data and KITOS attributes', async () => {
    const dry = await run(admin, await file(), { dryRun: true });
    expect(dry.data!.importKitos.kind).toBe('INTERFACE_OVERVIEW');
    expect(lineStatuses(dry)).toEqual([
      [2, 'Sagsopslag', 'CREATE'],
      [3, 'CPR-opslag', 'UNCHANGED'],
      [4, 'Hemmelig', 'ERROR'],
    ]);
    expect(dry.data!.importKitos.lines[2].errors).toEqual([
      {
        column: 'Datatype',
        message:
          'Ukendt datatype "Hemmeligheder": brug Person, Virksomhed, Sag, Dokument, Organisation, Klassifikation, Ejendom, GIS eller Andet.',
      },
    ]);
    const stopped = await run(admin, await file());
    expect(stopped.data!.importKitos.applied).toBe(false);
    expect(await localOf(a.org.id)).toEqual([]);

    const audits = await auditCount(a.org.id);
    const r = await run(admin, await file(), { mode: 'SKIP_BAD_ROWS' });
    expect(r.data!.importKitos).toMatchObject({ applied: true, created: 1, unchanged: 1, errorCount: 1 });
    const [created] = await localOf(a.org.id);
    expect(created).toMatchObject({
      name: 'Sagsopslag',
      kitosId: 'SF-1',
      visibility: 'LOCAL',
      providerSystemId: providerId,
      protocol: 'WS REST',
      dataTypes: ['CASE', 'DOCUMENT'],
      kitosAttributes: {
        Version: '2.0',
        Synlighed: 'Offentlig',
        Rettighedshaver: 'Digitalsoft A/S',
        TSA: 'Nej',
      },
    });
    expect(await auditCount(a.org.id)).toBe(audits + 1);
  });

  it('re-imports idempotently and updates a changed row matched by its Snitflade ID under a new name', async () => {
    const audits = await auditCount(a.org.id);
    const again = await run(admin, await file(rows().slice(0, 2)));
    expect(again.data!.importKitos).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await auditCount(a.org.id)).toBe(audits);
    const changed = rows().slice(0, 1);
    changed[0][1] = 'Sagsopslag v2';
    const r = await run(admin, await file(changed));
    expect(r.data!.importKitos.lines.map((l) => [l.status, l.changes])).toEqual([['UPDATE', ['name']]]);
    const [updated] = await localOf(a.org.id);
    expect([updated.name, updated.version]).toEqual(['Sagsopslag v2', 2]);
    const shared = await server.db.prisma.interface.findUniqueOrThrow({ where: { id: sharedId } });
    expect(shared.version).toBe(1);
  });

  it("keeps each organisation's interfaces to itself, and is for administrators only", async () => {
    const otherAdmin = await server.client().signIn(b.email('admin'));
    const intoA = await run(otherAdmin, await file(), { organisationId: a.org.id });
    expect(intoA.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A's local "Sagsopslag" (KITOS id SF-1) is not B's to match: B gets its own.
    const r = await run(otherAdmin, await file(rows().slice(0, 1)));
    expect(lineStatuses(r)).toEqual([[2, 'Sagsopslag', 'CREATE']]);
    expect((await localOf(b.org.id)).map((i) => i.name)).toEqual(['Sagsopslag']);
    expect((await localOf(a.org.id)).map((i) => i.name)).toEqual(['Sagsopslag v2']);
  });
});
