import {
  aCopyRegister,
  aDataSource,
  aLandscapeGraph,
  anEdge,
  anInfrastructureComponent,
  anInfrastructureEdge,
  anIntegration,
  usagesWithIds,
} from '../testing/landscape.builders';
import { buildLandscapeIndex } from './landscape-index';
import { traverseNeighbourhood } from './neighbourhood-traversal';
import { RELATIONS } from './relations';

// u reads cpr; copy copies cpr; v reads copy; u runs on host; u → w (interface SAG-01); w → x.
// Hops from u: cpr, host, w = 1; copy, x = 2; v = 3.
const index = buildLandscapeIndex(
  aLandscapeGraph({
    usages: usagesWithIds('u', 'v', 'w', 'x'),
    dataSources: [aDataSource({ id: 'cpr' }), aCopyRegister('cpr', { id: 'copy' })],
    components: [anInfrastructureComponent({ id: 'host' })],
    dataEdges: [
      anEdge({ usageId: 'u', dataSourceId: 'cpr', channel: 'SERVICEPLATFORMEN' }),
      anEdge({ usageId: 'v', dataSourceId: 'copy', channel: 'FILE_TRANSFER' }),
    ],
    infrastructureEdges: [anInfrastructureEdge({ usageId: 'u', componentId: 'host' })],
    integrations: [
      anIntegration({ fromUsageId: 'u', toUsageId: 'w', interfaceName: 'SAG-01' }),
      anIntegration({ fromUsageId: 'w', toUsageId: 'x' }),
    ],
  }),
);

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('traverseNeighbourhood', () => {
  it('returns the direct neighbours at one hop with the edges to them', () => {
    const result = traverseNeighbourhood(index, 'u', 1, 50);

    expect(result.nodes.map((n) => `${n.id}@${n.hops}`)).toEqual(['u@0', 'cpr@1', 'host@1', 'w@1']);
    expect(ids(result.edges)).toEqual(['u->cpr', 'u->host', 'u=>w']);
    expect(result.truncated).toBe(false);
  });

  it('goes further with more hops, over copy links and against edge direction', () => {
    const result = traverseNeighbourhood(index, 'u', 2, 50);

    expect(result.nodes.map((n) => `${n.id}@${n.hops}`)).toEqual([
      'u@0',
      'cpr@1',
      'host@1',
      'w@1',
      'copy@2',
      'x@2',
    ]);
    expect(ids(result.edges)).toEqual(['u->cpr', 'u->host', 'u=>w', 'copy-of:copy', 'w=>x']);
    // From the data source both its reader and its copy are neighbours, though both edges point at it.
    expect(ids(traverseNeighbourhood(index, 'cpr', 1, 50).nodes)).toEqual(['cpr', 'copy', 'u']);
  });

  it('labels edges with relation, direction, channel and interface name', () => {
    const edges = new Map(traverseNeighbourhood(index, 'u', 2, 50).edges.map((e) => [e.id, e]));

    expect(edges.get('u->cpr')).toMatchObject({
      kind: 'DATA',
      from: 'u',
      to: 'cpr',
      relation: RELATIONS.dependsOn,
      direction: 'ONE_WAY',
      channel: 'SERVICEPLATFORMEN',
    });
    expect(edges.get('u=>w')).toMatchObject({
      kind: 'INTEGRATION',
      relation: RELATIONS.dependencyOf,
      direction: 'ONE_WAY',
      interfaceName: 'SAG-01',
      channel: null,
    });
    expect(edges.get('copy-of:copy')).toMatchObject({ kind: 'COPY_OF', from: 'copy', to: 'cpr' });
    expect(traverseNeighbourhood(index, 'u', 2, 50).nodes[1]).toEqual({
      id: 'cpr',
      kind: 'DATA_SOURCE',
      name: 'cpr',
      lifecycle: 'IN_USE',
      subKind: 'BASE_REGISTER',
      hops: 1,
    });
  });

  it('cuts at maxNodes, nearest first, flags truncation and drops only edges to left-out nodes', () => {
    const result = traverseNeighbourhood(index, 'u', 2, 3);

    expect(ids(result.nodes)).toEqual(['u', 'cpr', 'host']);
    expect(ids(result.edges)).toEqual(['u->cpr', 'u->host']);
    expect(result.truncated).toBe(true);
  });

  it('is not truncated when maxNodes fits exactly, nor by the hop limit alone', () => {
    // Four nodes lie within one hop; nodes further out are excluded by hops, not by the budget.
    expect(traverseNeighbourhood(index, 'u', 1, 4).truncated).toBe(false);
    expect(traverseNeighbourhood(index, 'u', 0, 50)).toEqual({
      nodes: [{ id: 'u', kind: 'USAGE', name: 'u', lifecycle: 'IN_USE', subKind: null, hops: 0 }],
      edges: [],
      truncated: false,
    });
  });

  it('keeps an edge between two included nodes even when it was not walked', () => {
    // r → a and r → b at one hop; a → b links two nodes at the edge of the neighbourhood.
    const triangle = buildLandscapeIndex(
      aLandscapeGraph({
        usages: usagesWithIds('r', 'a', 'b'),
        integrations: [
          anIntegration({ fromUsageId: 'r', toUsageId: 'a' }),
          anIntegration({ fromUsageId: 'r', toUsageId: 'b' }),
          anIntegration({ fromUsageId: 'a', toUsageId: 'b', direction: 'BIDIRECTIONAL' }),
        ],
      }),
    );

    const result = traverseNeighbourhood(triangle, 'r', 1, 10);

    expect(ids(result.edges)).toEqual(['r=>a', 'r=>b', 'a=>b']);
    expect(result.edges[2].direction).toBe('BIDIRECTIONAL');
  });

  it('refuses an unknown root', () => {
    expect(() => traverseNeighbourhood(index, 'missing', 1, 10)).toThrow(RangeError);
  });
});
