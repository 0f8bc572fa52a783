import {
  aCopyRegister,
  aDataSource,
  aLandscapeContract,
  aLandscapeGraph,
  aLandscapeProject,
  anEdge,
  anInfrastructureComponent,
  anInfrastructureEdge,
  anIntegration,
  aUsage,
  usagesWithIds,
} from '../testing/landscape.builders';
import { analyseImpact } from './impact-analysis';
import { buildLandscapeIndex } from './landscape-index';

const cpr = aDataSource({ id: 'cpr', name: 'CPR', registerFamily: 'CPR' });
const onCpr = { kind: 'DATA_SOURCE', id: 'cpr' } as const;
/** What the builders' default payload (person data from CPR) loses. */
const personFromCpr = { dataTypes: ['PERSON'], registerFamilies: ['CPR'], unknownData: false };

/** The affected usages as "id@depth" for compact, readable expectations. */
const affected = (result: ReturnType<typeof analyseImpact>) =>
  result.usages.map((u) => `${u.usageId}@${u.depth}`);

describe('analyseImpact', () => {
  it('reports readers of a data source as directly affected, but not writers or readers of other sources', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b', 'c', 'd'),
      dataSources: [cpr, aDataSource({ id: 'cvr' })],
      dataEdges: [
        anEdge({ usageId: 'a', dataSourceId: 'cpr', access: 'READ' }),
        anEdge({ usageId: 'b', dataSourceId: 'cpr', access: 'READ_WRITE' }),
        anEdge({ usageId: 'c', dataSourceId: 'cpr', access: 'WRITE' }),
        anEdge({ usageId: 'd', dataSourceId: 'cvr' }),
      ],
    });

    const result = analyseImpact(graph, onCpr);

    expect(result.usages).toEqual([
      {
        usageId: 'a',
        name: 'a',
        responsibleUnitId: 'unit-1',
        certainty: 'CERTAIN',
        depth: 1,
        path: ['cpr', 'a'],
        via: 'DATA_SOURCE',
        ...personFromCpr,
      },
      {
        usageId: 'b',
        name: 'b',
        responsibleUnitId: 'unit-1',
        certainty: 'CERTAIN',
        depth: 1,
        path: ['cpr', 'b'],
        via: 'DATA_SOURCE',
        ...personFromCpr,
      },
    ]);
    expect(result.dataSources).toEqual([]);
  });

  it('follows integrations in the direction data flows, not against it', () => {
    // cpr → a → b → c; d sends to a, so d keeps its data.
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b', 'c', 'd'),
      dataSources: [cpr],
      dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'cpr' })],
      integrations: [
        anIntegration({ fromUsageId: 'a', toUsageId: 'b' }),
        anIntegration({ fromUsageId: 'b', toUsageId: 'c' }),
        anIntegration({ fromUsageId: 'd', toUsageId: 'a' }),
      ],
    });

    const result = analyseImpact(graph, onCpr);

    expect(affected(result)).toEqual(['a@1', 'b@2', 'c@3']);
    expect(result.usages[2]).toMatchObject({ path: ['cpr', 'a', 'b', 'c'], via: 'INTEGRATION' });
  });

  it('follows a bidirectional integration from its receiving end too', () => {
    // Declared b ↔ a with a as the `to` end: data still flows a → b.
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b'),
      dataSources: [cpr],
      dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'cpr' })],
      integrations: [anIntegration({ fromUsageId: 'b', toUsageId: 'a', direction: 'BIDIRECTIONAL' })],
    });

    expect(affected(analyseImpact(graph, onCpr))).toEqual(['a@1', 'b@2']);
  });

  it('terminates on cycles, reports each usage once, and never reports the target itself', () => {
    // a → b → c → a, and a usage target x → y → x.
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b', 'c', 'x', 'y'),
      dataSources: [cpr],
      dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'cpr' })],
      integrations: [
        anIntegration({ fromUsageId: 'a', toUsageId: 'b' }),
        anIntegration({ fromUsageId: 'b', toUsageId: 'c' }),
        anIntegration({ fromUsageId: 'c', toUsageId: 'a' }),
        anIntegration({ fromUsageId: 'x', toUsageId: 'y' }),
        anIntegration({ fromUsageId: 'y', toUsageId: 'x' }),
      ],
    });

    expect(affected(analyseImpact(graph, onCpr))).toEqual(['a@1', 'b@2', 'c@3']);
    const fromX = analyseImpact(graph, { kind: 'USAGE', id: 'x' });
    expect(fromX.usages).toEqual([
      {
        usageId: 'y',
        name: 'y',
        responsibleUnitId: 'unit-1',
        certainty: 'CERTAIN',
        depth: 1,
        path: ['x', 'y'],
        via: 'INTEGRATION',
        ...personFromCpr,
      },
    ]);
  });

  it('reports the shortest path when a usage is reached both directly and through an integration', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b'),
      dataSources: [cpr],
      dataEdges: [
        anEdge({ usageId: 'a', dataSourceId: 'cpr' }),
        anEdge({ usageId: 'b', dataSourceId: 'cpr' }),
      ],
      integrations: [anIntegration({ fromUsageId: 'a', toUsageId: 'b' })],
    });

    expect(analyseImpact(graph, onCpr).usages[1]).toMatchObject({
      usageId: 'b',
      depth: 1,
      via: 'DATA_SOURCE',
    });
  });

  it('leaves out usages gone by the switch-off date and does not pass the loss on through them', () => {
    const graph = aLandscapeGraph({
      usages: [
        aUsage({ id: 'active' }),
        aUsage({ id: 'retired', lifecycle: 'RETIRED' }),
        aUsage({ id: 'ends-before', inUseUntil: '2026-12-31' }),
        aUsage({ id: 'ends-on-the-day', inUseUntil: '2027-01-01' }),
        aUsage({ id: 'behind-ends-before' }),
        aUsage({ id: 'behind-retired' }),
      ],
      dataSources: [cpr],
      dataEdges: ['active', 'retired', 'ends-before', 'ends-on-the-day'].map((usageId) =>
        anEdge({ usageId, dataSourceId: 'cpr' }),
      ),
      integrations: [
        anIntegration({ fromUsageId: 'ends-before', toUsageId: 'behind-ends-before' }),
        anIntegration({ fromUsageId: 'retired', toUsageId: 'behind-retired' }),
      ],
    });

    // From 2027-01-01: ends-before (2026-12-31) is gone; ends-on-the-day still runs that day.
    expect(affected(analyseImpact(graph, onCpr, { from: '2027-01-01' }))).toEqual([
      'active@1',
      'ends-on-the-day@1',
    ]);
    // Without a date inUseUntil does not apply, but a retired usage is gone whatever the date.
    expect(affected(analyseImpact(graph, onCpr))).toEqual([
      'active@1',
      'ends-before@1',
      'ends-on-the-day@1',
      'behind-ends-before@2',
    ]);
  });

  it('returns an empty analysis when nothing depends on the target', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('lonely'),
      dataSources: [cpr],
      contracts: [aLandscapeContract({ usageIds: ['lonely'] })],
      projects: [aLandscapeProject({ usageIds: ['lonely'] })],
    });

    expect(analyseImpact(graph, onCpr)).toEqual({
      target: onCpr,
      usages: [],
      dataSources: [],
      units: [],
      contracts: [],
      projects: [],
    });
    expect(analyseImpact(graph, { kind: 'USAGE', id: 'lonely' }).usages).toEqual([]);
  });

  it('treats a copy register of a switched-off base register as affected, and its readers with it', () => {
    // cpr → copy → a → c, and b reads cpr directly.
    const copy = aCopyRegister('cpr', { id: 'copy', name: 'CPR copy' });
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b', 'c'),
      dataSources: [cpr, copy],
      dataEdges: [
        anEdge({ usageId: 'a', dataSourceId: 'copy' }),
        anEdge({ usageId: 'b', dataSourceId: 'cpr' }),
      ],
      integrations: [anIntegration({ fromUsageId: 'a', toUsageId: 'c' })],
    });

    const result = analyseImpact(graph, onCpr);

    expect(result.dataSources).toEqual([
      { dataSourceId: 'copy', name: 'CPR copy', depth: 1, path: ['cpr', 'copy'] },
    ]);
    expect(result.usages.map((u) => [u.usageId, u.depth, u.via, u.path.join('>')])).toEqual([
      ['b', 1, 'DATA_SOURCE', 'cpr>b'],
      ['a', 2, 'COPY_REGISTER', 'cpr>copy>a'],
      ['c', 3, 'INTEGRATION', 'cpr>copy>a>c'],
    ]);
  });

  it('leaves out a copy register already closed by the switch-off date, and its readers', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a'),
      dataSources: [cpr, aCopyRegister('cpr', { id: 'copy', endsOn: '2026-06-30' })],
      dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'copy' })],
    });

    const result = analyseImpact(graph, onCpr, { from: '2027-01-01' });

    expect(result.dataSources).toEqual([]);
    expect(result.usages).toEqual([]);
  });

  it('reports usages running on an infrastructure component and what they feed', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b', 'c'),
      components: [anInfrastructureComponent({ id: 'host' })],
      infrastructureEdges: [
        anInfrastructureEdge({ usageId: 'a', componentId: 'host' }),
        anInfrastructureEdge({ usageId: 'b', componentId: 'host' }),
      ],
      integrations: [anIntegration({ fromUsageId: 'a', toUsageId: 'c' })],
    });

    const result = analyseImpact(graph, { kind: 'INFRASTRUCTURE', id: 'host' });

    expect(result.usages.map((u) => [u.usageId, u.depth, u.via])).toEqual([
      ['a', 1, 'INFRASTRUCTURE'],
      ['b', 1, 'INFRASTRUCTURE'],
      ['c', 2, 'INTEGRATION'],
    ]);
  });

  it('aggregates affected units with counts, and the contracts and projects touching affected usages', () => {
    // Affected: a, b (unit-x), c (unit-y), d (no unit). e is not affected.
    const graph = aLandscapeGraph({
      usages: [
        aUsage({ id: 'a', responsibleUnitId: 'unit-x' }),
        aUsage({ id: 'b', responsibleUnitId: 'unit-x' }),
        aUsage({ id: 'c', responsibleUnitId: 'unit-y' }),
        aUsage({ id: 'd', responsibleUnitId: null }),
        aUsage({ id: 'e', responsibleUnitId: 'unit-z' }),
      ],
      dataSources: [cpr],
      dataEdges: ['a', 'b', 'c', 'd'].map((usageId) => anEdge({ usageId, dataSourceId: 'cpr' })),
      contracts: [
        aLandscapeContract({
          id: 'k1',
          name: 'ESDH',
          effectiveEnd: '2028-12-31',
          noticeDate: '2028-06-30',
          usageIds: ['a', 'e'],
        }),
        aLandscapeContract({ id: 'k2', name: 'Drift', usageIds: ['b', 'c'] }),
        aLandscapeContract({ id: 'k3', name: 'Other', usageIds: ['e'] }),
      ],
      projects: [
        aLandscapeProject({ id: 'p1', name: 'Migration', usageIds: ['c', 'd', 'e'] }),
        aLandscapeProject({ id: 'p2', name: 'Unrelated', usageIds: ['e'] }),
      ],
    });

    const result = analyseImpact(graph, onCpr);

    expect(result.units).toEqual([
      { unitId: 'unit-x', usageCount: 2, possibleUsageCount: 0 },
      { unitId: 'unit-y', usageCount: 1, possibleUsageCount: 0 },
      { unitId: null, usageCount: 1, possibleUsageCount: 0 },
    ]);
    expect(result.contracts).toEqual([
      {
        contractId: 'k2',
        name: 'Drift',
        effectiveEnd: null,
        noticeDate: null,
        usageIds: ['b', 'c'],
        possibleUsageIds: [],
      },
      {
        contractId: 'k1',
        name: 'ESDH',
        effectiveEnd: '2028-12-31',
        noticeDate: '2028-06-30',
        usageIds: ['a'],
        possibleUsageIds: [],
      },
    ]);
    expect(result.projects).toEqual([
      { projectId: 'p1', name: 'Migration', usageIds: ['c', 'd'], possibleUsageIds: [] },
    ]);
  });

  it('gives the same answer from a prebuilt index, which can be reused across targets', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b'),
      dataSources: [cpr, aDataSource({ id: 'cvr' })],
      dataEdges: [
        anEdge({ usageId: 'a', dataSourceId: 'cpr' }),
        anEdge({ usageId: 'b', dataSourceId: 'cvr' }),
      ],
    });
    const index = buildLandscapeIndex(graph);

    expect(analyseImpact(index, onCpr)).toEqual(analyseImpact(graph, onCpr));
    expect(affected(analyseImpact(index, { kind: 'DATA_SOURCE', id: 'cvr' }))).toEqual(['b@1']);
  });

  it('refuses a target that is not in the landscape or is of another kind', () => {
    const graph = aLandscapeGraph({ usages: usagesWithIds('a'), dataSources: [cpr] });

    expect(() => analyseImpact(graph, { kind: 'DATA_SOURCE', id: 'missing' })).toThrow(RangeError);
    expect(() => analyseImpact(graph, { kind: 'USAGE', id: 'cpr' })).toThrow(RangeError);
  });
});
