import { startTestServer, type TestServer } from '../test-server';
import { aLandscape } from './landscape-fixture';

const GRAPH = `{ landscapeGraph { organisationId
  nodes { id kind name lifecycle subKind unitId yearlyCost hasLifecycleConflict contractStatus }
  edges { id kind from to relation direction channel interfaceName yearlyCost authoritative } } }`;
const NEIGHBOURHOOD = `query($root: ID!, $hops: Int!, $max: Int!) {
  neighbourhood(rootId: $root, hops: $hops, maxNodes: $max) { rootId truncated nodes { id hops } edges { id kind } } }`;
const IMPACT = `query($kind: LandscapeNodeKind!, $id: ID!, $from: LocalDate) {
  impactAnalysis(kind: $kind, id: $id, from: $from) {
    usages { usageId name depth via path } dataSources { dataSourceId depth }
    units { unitId unitName usageCount } contracts { contractId name effectiveEnd usageIds }
    projects { projectId name usageIds } } }`;
const EXIT = `{ copyRegisterExit { totalYearlySaving totalSwitchingCost
  rows { usageId dataSourceId yearlyCost alternative { dataSourceId channel } contract { name effectiveEnd noticeDate }
         basis recommendation }
  timeline { edgeId dateSource yearlySaving } } }`;
const OVERLAPS = `{ overlaps { capabilities { capabilityId capability combinedYearlyCost usages { usageId yearlyCost }
  consolidations { survivorUsageId } } accepted { acceptance { id } } duplicateData { dataSourceId } } }`;
const CONFLICTS = `query($u: ID) { lifecycleConflicts(usageId: $u) { usageId dependencyId dependencyKind reason dependencyEnd } }`;

type Fixture = Awaited<ReturnType<typeof aLandscape>>;
interface Node {
  id: string;
  kind: string;
  yearlyCost: number | null;
  hasLifecycleConflict: boolean;
}
interface Edge {
  id: string;
  kind: string;
  from: string;
  to: string;
  interfaceName: string | null;
}

describe('landscape queries', () => {
  let server: TestServer;
  let f: Fixture;

  beforeAll(async () => {
    server = await startTestServer();
    f = await aLandscape(server.db, 'lsa', 'lsb');
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);

  it('returns every node and edge of the chosen organisation, with costs and conflicts', async () => {
    const client = await as(f.a.email('reader'));
    const result = await client.gql<{ landscapeGraph: { nodes: Node[]; edges: Edge[] } }>(GRAPH);
    expect(result.errors).toBeUndefined();
    const { nodes, edges } = result.data!.landscapeGraph;
    const ids = nodes.map((n) => n.id).sort();
    expect(ids).toEqual(
      [f.sag.id, f.ydelse.id, f.portal.id, f.gammel.id, f.cpr.id, f.copy.id, f.ad.id].sort(),
    );
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get(f.sag.id)).toMatchObject({
      kind: 'USAGE',
      yearlyCost: 200_000,
      hasLifecycleConflict: false,
    });
    expect(byId.get(f.copy.id)).toMatchObject({ kind: 'DATA_SOURCE', yearlyCost: null });
    // Sag's contract runs to 2030-12-31 (more than a year from the test's today); Ydelse has none.
    expect(byId.get(f.sag.id)).toMatchObject({ contractStatus: 'ACTIVE' });
    expect(byId.get(f.ydelse.id)).toMatchObject({ contractStatus: 'NONE' });
    expect(byId.get(f.copy.id)).toMatchObject({ contractStatus: null });
    // Portal runs on AD (ends 2027-06-30) and receives from Sag (contract ends 2030): it outlives both.
    expect(byId.get(f.portal.id)!.hasLifecycleConflict).toBe(true);
    expect(edges).toHaveLength(5);
    expect(edges.map((e) => e.kind).sort()).toEqual([
      'COPY_OF',
      'DATA',
      'DATA',
      'INFRASTRUCTURE',
      'INTEGRATION',
    ]);
    expect(edges.find((e) => e.kind === 'INTEGRATION')).toMatchObject({
      from: f.sag.id,
      to: f.portal.id,
      interfaceName: 'Sag-API',
    });
    expect(edges.find((e) => e.id === f.sagCopy.id)).toMatchObject({
      yearlyCost: 120_000,
      authoritative: false,
    });
  });

  it('loads the graph with a fixed number of statements', async () => {
    const client = await as(f.a.email('reader'));
    const before = server.db.queryCount();
    await client.gql(GRAPH);
    // session + the batched landscape load (9 parallel queries, some with one nested relation query)
    expect(server.db.queryCount() - before).toBeLessThanOrEqual(20);
  });

  it("never shows another organisation's nodes", async () => {
    const client = await as(f.b.email('reader'));
    const result = await client.gql<{ landscapeGraph: { nodes: Node[]; edges: Edge[] } }>(GRAPH);
    expect(result.data!.landscapeGraph.nodes.map((n) => n.id).sort()).toEqual([f.bsys.id, f.cpr.id].sort());
    expect(result.data!.landscapeGraph.edges).toHaveLength(1);
  });

  it('traverses a neighbourhood and flags truncation instead of dropping silently', async () => {
    const client = await as(f.a.email('reader'));
    const full = await client.gql<{
      neighbourhood: { truncated: boolean; nodes: { id: string; hops: number }[]; edges: unknown[] };
    }>(NEIGHBOURHOOD, { root: f.sag.id, hops: 1, max: 10 });
    expect(full.errors).toBeUndefined();
    expect(full.data!.neighbourhood.truncated).toBe(false);
    expect(full.data!.neighbourhood.nodes.map((n) => n.id).sort()).toEqual(
      [f.sag.id, f.copy.id, f.portal.id].sort(),
    );
    expect(full.data!.neighbourhood.edges).toHaveLength(2);
    const cut = await client.gql<{ neighbourhood: { truncated: boolean; nodes: unknown[] } }>(NEIGHBOURHOOD, {
      root: f.sag.id,
      hops: 1,
      max: 2,
    });
    expect(cut.data!.neighbourhood).toMatchObject({ truncated: true });
    expect(cut.data!.neighbourhood.nodes).toHaveLength(2);
    const bad = await client.gql(NEIGHBOURHOOD, { root: f.sag.id, hops: 9, max: 10 });
    expect(bad.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
  });

  it("refuses a neighbourhood around another organisation's usage", async () => {
    const client = await as(f.b.email('owner'));
    const result = await client.gql(NEIGHBOURHOOD, { root: f.sag.id, hops: 1, max: 10 });
    expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('finds direct and transitive impact of switching off a copy register', async () => {
    const client = await as(f.a.email('reader'));
    const result = await client.gql<{ impactAnalysis: Record<string, unknown[]> }>(IMPACT, {
      kind: 'DATA_SOURCE',
      id: f.copy.id,
    });
    expect(result.errors).toBeUndefined();
    const impact = result.data!.impactAnalysis;
    expect(impact.usages).toEqual([
      { usageId: f.sag.id, name: 'Sag lsa', depth: 1, via: 'DATA_SOURCE', path: [f.copy.id, f.sag.id] },
      {
        usageId: f.portal.id,
        name: 'Portal lsa',
        depth: 2,
        via: 'INTEGRATION',
        path: [f.copy.id, f.sag.id, f.portal.id],
      },
    ]);
    expect(impact.units).toEqual([
      { unitId: f.a.unit.id, unitName: 'IT og Digitalisering', usageCount: 1 },
      { unitId: null, unitName: null, usageCount: 1 },
    ]);
    expect(impact.contracts).toEqual([
      { contractId: f.contract.id, name: 'Sagskontrakt', effectiveEnd: '2030-12-31', usageIds: [f.sag.id] },
    ]);
    expect(impact.projects).toEqual([
      { projectId: f.project.id, name: 'Ny portal', usageIds: [f.portal.id] },
    ]);
  });

  it('follows the base register through its copy register', async () => {
    const client = await as(f.a.email('reader'));
    const result = await client.gql<{
      impactAnalysis: { usages: { usageId: string; depth: number; via: string }[]; dataSources: unknown[] };
    }>(IMPACT, { kind: 'DATA_SOURCE', id: f.cpr.id });
    expect(result.data!.impactAnalysis.usages.map((u) => [u.usageId, u.depth, u.via])).toEqual([
      [f.ydelse.id, 1, 'DATA_SOURCE'],
      [f.sag.id, 2, 'COPY_REGISTER'],
      [f.portal.id, 3, 'INTEGRATION'],
    ]);
    expect(result.data!.impactAnalysis.dataSources).toEqual([{ dataSourceId: f.copy.id, depth: 1 }]);
  });

  it('skips usages gone before the switch-off date', async () => {
    const client = await as(f.a.email('owner'));
    await server.db.prisma.systemUsage.update({
      where: { id: f.portal.id },
      data: { inUseUntil: new Date('2027-01-31T00:00:00Z') },
    });
    try {
      const result = await client.gql<{ impactAnalysis: { usages: { usageId: string }[] } }>(IMPACT, {
        kind: 'DATA_SOURCE',
        id: f.copy.id,
        from: '2027-02-01',
      });
      expect(result.data!.impactAnalysis.usages.map((u) => u.usageId)).toEqual([f.sag.id]);
    } finally {
      await server.db.prisma.systemUsage.update({ where: { id: f.portal.id }, data: { inUseUntil: null } });
    }
  });

  it("impact on a shared data source only returns the viewer's own usages", async () => {
    const client = await as(f.b.email('reader'));
    const result = await client.gql<{
      impactAnalysis: { usages: { usageId: string }[]; contracts: unknown[] };
    }>(IMPACT, {
      kind: 'DATA_SOURCE',
      id: f.cpr.id,
    });
    expect(result.data!.impactAnalysis.usages.map((u) => u.usageId)).toEqual([f.bsys.id]);
    expect(result.data!.impactAnalysis.contracts).toEqual([]);
    // A shared component B does not use: visible, affects nothing of B's.
    const unused = await client.gql<{ impactAnalysis: { usages: unknown[] } }>(IMPACT, {
      kind: 'INFRASTRUCTURE',
      id: f.ad.id,
    });
    expect(unused.data!.impactAnalysis.usages).toEqual([]);
    const other = await client.gql(IMPACT, { kind: 'USAGE', id: f.sag.id });
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('recommends switching the copy register now when the saving beats the switching cost', async () => {
    const client = await as(f.a.email('reader'));
    const result = await client.gql<{ copyRegisterExit: Record<string, unknown> }>(EXIT);
    expect(result.errors).toBeUndefined();
    expect(result.data!.copyRegisterExit).toMatchObject({
      totalYearlySaving: 120_000,
      totalSwitchingCost: 50_000,
      rows: [
        {
          usageId: f.sag.id,
          dataSourceId: f.copy.id,
          yearlyCost: 120_000,
          alternative: { dataSourceId: f.cpr.id, channel: 'SERVICEPLATFORMEN' },
          // 6 months' notice before 2030-12-31, running notice rule.
          contract: { name: 'Sagskontrakt', effectiveEnd: '2030-12-31', noticeDate: '2030-06-30' },
          basis: 'CONTRACT_END',
          recommendation: 'SWITCH_NOW',
        },
      ],
      timeline: [{ edgeId: f.sagCopy.id, dateSource: 'RECOMMENDED', yearlySaving: 120_000 }],
    });
    const other = await (await as(f.b.email('reader'))).gql<{ copyRegisterExit: { rows: unknown[] } }>(EXIT);
    expect(other.data!.copyRegisterExit.rows).toEqual([]);
  });

  it('finds the overlapping capability with its combined cost, proposing no survivor', async () => {
    const client = await as(f.a.email('reader'));
    const result = await client.gql<{ overlaps: Record<string, unknown> }>(OVERLAPS);
    // Sag: 200.000 licence + 120.000 data; Ydelse: free. A consolidation for either survivor; the
    // net savings depend on today (Sag's notice) and are checked in overlaps.test.ts.
    expect(result.data!.overlaps).toEqual({
      capabilities: [
        {
          capabilityId: f.sagsbehandling.id,
          capability: 'Sagsbehandling',
          combinedYearlyCost: 320_000,
          usages: [
            { usageId: f.ydelse.id, yearlyCost: 0 },
            { usageId: f.sag.id, yearlyCost: 320_000 },
          ],
          consolidations: [{ survivorUsageId: f.ydelse.id }, { survivorUsageId: f.sag.id }],
        },
      ],
      accepted: [],
      duplicateData: [],
    });
  });

  it('lists lifecycle conflicts, optionally for one usage', async () => {
    const client = await as(f.a.email('reader'));
    const result = await client.gql<{ lifecycleConflicts: unknown[] }>(CONFLICTS, { u: f.portal.id });
    expect(result.data!.lifecycleConflicts).toEqual([
      {
        usageId: f.portal.id,
        dependencyId: f.ad.id,
        dependencyKind: 'INFRASTRUCTURE',
        reason: 'DEPENDENCY_ENDS_EARLIER',
        dependencyEnd: '2027-06-30',
      },
      {
        usageId: f.portal.id,
        dependencyId: f.sag.id,
        dependencyKind: 'USAGE',
        reason: 'DEPENDENCY_CONTRACT_ENDS_EARLIER',
        dependencyEnd: '2030-12-31',
      },
    ]);
    const other = await (await as(f.b.email('reader'))).gql<{ lifecycleConflicts: unknown[] }>(CONFLICTS, {});
    expect(other.data!.lifecycleConflicts).toEqual([]);
  });

  it('reflects changes made by other modules at once (the cached landscape is never stale)', async () => {
    const client = await as(f.a.email('reader'));
    const before = await client.gql<{ impactAnalysis: { contracts: { effectiveEnd: string }[] } }>(IMPACT, {
      kind: 'DATA_SOURCE',
      id: f.copy.id,
    });
    expect(before.data!.impactAnalysis.contracts[0].effectiveEnd).toBe('2030-12-31');
    const prisma = server.db.prisma;
    await prisma.contract.update({
      where: { id: f.contract.id },
      data: { endDate: new Date('2031-06-30T00:00:00Z') },
    });
    const coverage = await prisma.projectSystem.create({
      data: { projectId: f.project.id, usageId: f.sag.id },
    });
    try {
      const after = await client.gql<{
        impactAnalysis: { contracts: { effectiveEnd: string }[]; projects: { usageIds: string[] }[] };
      }>(IMPACT, { kind: 'DATA_SOURCE', id: f.copy.id });
      expect(after.data!.impactAnalysis.contracts[0].effectiveEnd).toBe('2031-06-30');
      expect(after.data!.impactAnalysis.projects[0].usageIds.sort()).toEqual([f.sag.id, f.portal.id].sort());
    } finally {
      await prisma.projectSystem.delete({
        where: { projectId_usageId: { projectId: coverage.projectId, usageId: coverage.usageId } },
      });
      await prisma.contract.update({
        where: { id: f.contract.id },
        data: { endDate: new Date('2030-12-31T00:00:00Z') },
      });
    }
  });

  it('refuses anonymous callers', async () => {
    const result = await server.client().gql(GRAPH);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
