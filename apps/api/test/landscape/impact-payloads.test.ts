import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

/**
 * Payload declarations over HTTP and the impact analysis that follows them, on a small copy of the
 * demo's chain (ADR 0012):
 *
 *   CPR ◀─reads persons─ Ydelse ──journal (cases, documents, persons/CPR)──▶ ESDH ◀─reads persons─ CPR
 *   ESDH ◀──▶ Politik (own payload: cases, documents)   Politik ──dagsorden (cases, documents)──▶ Web
 *   ESDH ──(persons/CPR, documents)──▶ Digital Post      ESDH ──(undeclared)──▶ Backup
 *   Organisation B: BSys reads persons from the same CPR.
 */
const IMPACT = `query($id: ID!) { impactAnalysis(kind: DATA_SOURCE, id: $id) { certainCount possibleCount
  usages { usageId certainty depth path dataTypes registerFamilies unknownData }
  units { unitId usageCount possibleUsageCount } } }`;
const UPDATE_INTEGRATION = `mutation($i: IntegrationUpdateInput!) { updateIntegration(input: $i) {
  id dataTypes registerFamilies interfaceDataTypes interfaceRegisterFamilies version } }`;
const CREATE_EDGE = `mutation($i: UsageDataSourceCreateInput!) { createUsageDataSource(input: $i) {
  id dataTypes registerFamilies version } }`;
const UPDATE_EDGE = `mutation($i: UsageDataSourceUpdateInput!) { updateUsageDataSource(input: $i) {
  id dataTypes registerFamilies version } }`;
const CREATE_INTERFACE = `mutation($i: InterfaceCreateInput!) { createInterface(input: $i) {
  id dataTypes registerFamilies version } }`;
const UPDATE_INTERFACE = `mutation($i: InterfaceUpdateInput!) { updateInterface(input: $i) {
  id dataTypes registerFamilies version } }`;

type Result = { errors?: { message: string; extensions?: { code?: string; fields?: unknown } }[] };
interface Impact {
  certainCount: number;
  possibleCount: number;
  usages: { usageId: string; certainty: string; depth: number; path: string[]; dataTypes: string[] }[];
  units: { unitId: string | null; usageCount: number; possibleUsageCount: number }[];
}

describe('impact analysis follows declared payloads', () => {
  let server: TestServer;
  let f: Awaited<ReturnType<typeof aDemoChain>>;

  async function aDemoChain() {
    const p = server.db.prisma;
    const a = await anOrganisation(server.db, 'ipa', { owner: ['SYSTEM_OWNER'], reader: ['READER'] });
    const b = await anOrganisation(server.db, 'ipb', { owner: ['SYSTEM_OWNER'] });
    const cpr = await p.dataSource.create({
      data: { name: 'CPR ipa', kind: 'BASE_REGISTER', registerFamily: 'CPR' },
    });
    // Organisation A's system owner keeps its usages (ADR 0029).
    const usage = (name: string) =>
      aUsage(server.db, a.org.id, name, { responsibleUnitId: a.unit.id, ownerUserId: a.userIds.owner });
    const [ydelse, esdh, politik, web, post, backup] = [
      await usage('Ydelse'),
      await usage('ESDH'),
      await usage('Politik'),
      await usage('Web'),
      await usage('Digital Post'),
      await usage('Backup'),
    ];
    const bsys = await aUsage(server.db, b.org.id, 'BSys');
    const persons = { dataTypes: ['PERSON' as const], registerFamilies: ['CPR' as const] };
    for (const [org, u] of [
      [a.org.id, ydelse],
      [a.org.id, esdh],
      [b.org.id, bsys],
    ] as const) {
      await p.usageDataSource.create({
        data: { organisationId: org, usageId: u.id, dataSourceId: cpr.id, ...persons },
      });
    }
    const journal = await p.interface.create({
      data: {
        name: 'Journal ipa',
        dataTypes: ['PERSON', 'CASE', 'DOCUMENT'],
        registerFamilies: ['CPR'],
      },
    });
    const dagsorden = await p.interface.create({
      data: { name: 'Dagsorden ipa', dataTypes: ['CASE', 'DOCUMENT'] },
    });
    const flow = (from: string, to: string, data: Record<string, unknown> = {}) =>
      p.integration.create({ data: { organisationId: a.org.id, fromUsageId: from, toUsageId: to, ...data } });
    await flow(ydelse.id, esdh.id, { interfaceId: journal.id });
    const politikEsdh = await flow(politik.id, esdh.id, {
      interfaceId: journal.id,
      direction: 'BIDIRECTIONAL',
      dataTypes: ['CASE', 'DOCUMENT'],
    });
    const politikWeb = await flow(politik.id, web.id, { interfaceId: dagsorden.id });
    await flow(esdh.id, post.id, { dataTypes: ['PERSON', 'DOCUMENT'], registerFamilies: ['CPR'] });
    const esdhBackup = await flow(esdh.id, backup.id);
    return { a, b, cpr, ydelse, esdh, politik, web, post, backup, bsys, politikEsdh, politikWeb, esdhBackup };
  }

  beforeAll(async () => {
    server = await startTestServer();
    f = await aDemoChain();
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);
  const impact = async (email: string) => {
    const result = await (await as(email)).gql<{ impactAnalysis: Impact }>(IMPACT, { id: f.cpr.id });
    expect(result.errors).toBeUndefined();
    return result.data!.impactAnalysis;
  };
  const summary = (i: Impact) => i.usages.map((u) => `${u.usageId}:${u.certainty}@${u.depth}`);

  it('keeps the website out when nothing carries person data to it, and splits certain from possible', async () => {
    const result = await impact(f.a.email('reader'));

    expect(summary(result)).toEqual([
      `${f.esdh.id}:CERTAIN@1`,
      `${f.ydelse.id}:CERTAIN@1`,
      `${f.post.id}:CERTAIN@2`,
      `${f.backup.id}:POSSIBLE@2`,
    ]);
    expect(result).toMatchObject({ certainCount: 3, possibleCount: 1 });
    expect(result.usages[2]).toMatchObject({
      path: [f.cpr.id, f.esdh.id, f.post.id],
      dataTypes: ['PERSON'],
      registerFamilies: ['CPR'],
      unknownData: false,
    });
    expect(result.units).toEqual([{ unitId: f.a.unit.id, usageCount: 3, possibleUsageCount: 1 }]);
  });

  it("shows each edge's payload in the landscape graph: its own, its interface's, or undeclared", async () => {
    const reader = await as(f.a.email('reader'));
    const result = await reader.gql<{
      landscapeGraph: {
        edges: { id: string; kind: string; dataTypes: string[] | null; registerFamilies: string[] | null }[];
      };
    }>('{ landscapeGraph { edges { id kind dataTypes registerFamilies } } }');
    expect(result.errors).toBeUndefined();
    const edge = (id: string) => result.data!.landscapeGraph.edges.find((e) => e.id === id);
    // The agenda integration declares nothing itself: its interface's cases and documents apply.
    expect(edge(f.politikWeb.id)).toMatchObject({ dataTypes: ['CASE', 'DOCUMENT'], registerFamilies: [] });
    expect(edge(f.politikEsdh.id)).toMatchObject({ dataTypes: ['CASE', 'DOCUMENT'], registerFamilies: [] });
    // Declared by neither integration nor interface: empty lists, which the table reads as "not declared".
    expect(edge(f.esdhBackup.id)).toMatchObject({ dataTypes: [], registerFamilies: [] });
    const reads = result.data!.landscapeGraph.edges.filter((e) => e.kind === 'DATA');
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads)
      expect(read).toMatchObject({ dataTypes: ['PERSON'], registerFamilies: ['CPR'] });
  });

  it('reaches the website once integrations declared through the API carry person data to it', async () => {
    const owner = await as(f.a.email('owner'));
    const toPolitik = await owner.gql<{ updateIntegration: Record<string, unknown> }>(UPDATE_INTEGRATION, {
      i: { id: f.politikEsdh.id, version: 1, dataTypes: ['PERSON', 'CASE', 'DOCUMENT'] },
    });
    expect(toPolitik.errors).toBeUndefined();
    // The agenda integration declares nothing of its own, so its interface's payload applies.
    const toWeb = await owner.gql<{ updateIntegration: Record<string, unknown> }>(UPDATE_INTEGRATION, {
      i: { id: f.politikWeb.id, version: 1, dataTypes: ['PERSON', 'DOCUMENT'], registerFamilies: ['CPR'] },
    });
    expect(toWeb.data!.updateIntegration).toEqual({
      id: f.politikWeb.id,
      dataTypes: ['PERSON', 'DOCUMENT'],
      registerFamilies: ['CPR'],
      interfaceDataTypes: ['CASE', 'DOCUMENT'],
      interfaceRegisterFamilies: [],
      version: 2,
    });

    const result = await impact(f.a.email('reader'));
    expect(summary(result)).toEqual([
      `${f.esdh.id}:CERTAIN@1`,
      `${f.ydelse.id}:CERTAIN@1`,
      `${f.post.id}:CERTAIN@2`,
      `${f.politik.id}:CERTAIN@2`,
      `${f.web.id}:CERTAIN@3`,
      `${f.backup.id}:POSSIBLE@2`,
    ]);
    expect(await server.db.prisma.auditEntry.count({ where: { entityId: f.politikWeb.id } })).toBe(1);
  });

  it('refuses register families without a data type, localised, and changes nothing', async () => {
    const owner = await as(f.a.email('owner'));
    const before = await server.db.prisma.integration.findUniqueOrThrow({ where: { id: f.esdhBackup.id } });
    // The stored payload is undeclared, so families alone are refused even when sent on their own.
    const da = await owner.gql(UPDATE_INTEGRATION, {
      i: { id: f.esdhBackup.id, version: before.version, registerFamilies: ['CPR'] },
    });
    expect(da.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        {
          field: 'registerFamilies',
          message: 'Vælg mindst én datatype, når du angiver en registerfamilie.',
        },
      ],
    });
    owner.locale = 'en';
    const en = await owner.gql(UPDATE_INTEGRATION, {
      i: { id: f.esdhBackup.id, version: before.version, dataTypes: [], registerFamilies: ['CPR'] },
    });
    expect(en.errors![0].extensions!.fields).toEqual([
      {
        field: 'registerFamilies',
        message: 'Choose at least one data type when you name a register family.',
      },
    ]);
    // An unknown data type never reaches the service: GraphQL refuses the enum value.
    const unknown = (await owner.gql(UPDATE_INTEGRATION, {
      i: { id: f.esdhBackup.id, version: before.version, dataTypes: ['PERSONS'] },
    })) as Result;
    expect(unknown.errors![0].message).toMatch(/PERSONS/);
    const after = await server.db.prisma.integration.findUniqueOrThrow({ where: { id: f.esdhBackup.id } });
    expect(after).toMatchObject({ version: before.version, dataTypes: [], registerFamilies: [] });
    expect(await server.db.prisma.auditEntry.count({ where: { entityId: f.esdhBackup.id } })).toBe(0);
  });

  it('stores payloads on edges and interfaces in list order, versioned and audited', async () => {
    const owner = await as(f.a.email('owner'));
    const other = await server.db.prisma.dataSource.create({
      data: { name: 'BBR ipa', kind: 'BASE_REGISTER', registerFamily: 'BBR' },
    });
    const edge = await owner.gql<{ createUsageDataSource: { id: string } & Record<string, unknown> }>(
      CREATE_EDGE,
      {
        i: {
          usageId: f.web.id,
          dataSourceId: other.id,
          dataTypes: ['GIS', 'PROPERTY'],
          registerFamilies: ['DAR', 'BBR'],
        },
      },
    );
    expect(edge.data!.createUsageDataSource).toMatchObject({
      dataTypes: ['PROPERTY', 'GIS'],
      registerFamilies: ['BBR', 'DAR'],
      version: 1,
    });
    const id = edge.data!.createUsageDataSource.id;
    // Changing only the families keeps the stored data types.
    const updated = await owner.gql<{ updateUsageDataSource: Record<string, unknown> }>(UPDATE_EDGE, {
      i: { id, version: 1, registerFamilies: ['BBR'] },
    });
    expect(updated.data!.updateUsageDataSource).toMatchObject({
      dataTypes: ['PROPERTY', 'GIS'],
      registerFamilies: ['BBR'],
      version: 2,
    });
    const stale = (await owner.gql(UPDATE_EDGE, { i: { id, version: 1, dataTypes: ['OTHER'] } })) as Result;
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    expect(await server.db.prisma.auditEntry.count({ where: { entityId: id } })).toBe(2);

    const itf = await owner.gql<{ createInterface: { id: string } & Record<string, unknown> }>(
      CREATE_INTERFACE,
      { i: { name: 'Borgerdata ipa', dataTypes: ['PERSON'], registerFamilies: ['CPR'] } },
    );
    expect(itf.data!.createInterface).toMatchObject({ dataTypes: ['PERSON'], registerFamilies: ['CPR'] });
    const cleared = await owner.gql<{ updateInterface: Record<string, unknown> }>(UPDATE_INTERFACE, {
      i: { id: itf.data!.createInterface.id, version: 1, dataTypes: [], registerFamilies: [] },
    });
    expect(cleared.data!.updateInterface).toMatchObject({ dataTypes: [], registerFamilies: [], version: 2 });
  });

  it("keeps each organisation's payloads and impact private", async () => {
    const outsider = await as(f.b.email('owner'));
    const foreign = (await outsider.gql(UPDATE_INTEGRATION, {
      i: { id: f.esdhBackup.id, version: 1, dataTypes: ['PERSON'] },
    })) as Result;
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    const foreignEdge = (await outsider.gql(CREATE_EDGE, {
      i: { usageId: f.esdh.id, dataSourceId: f.cpr.id, dataTypes: ['PERSON'] },
    })) as Result;
    expect(foreignEdge.errors![0].extensions!.code).toBe('VALIDATION_FAILED');

    const result = await impact(f.b.email('owner'));
    expect(summary(result)).toEqual([`${f.bsys.id}:CERTAIN@1`]);
    expect(result).toMatchObject({ certainCount: 1, possibleCount: 0 });
  });
});
