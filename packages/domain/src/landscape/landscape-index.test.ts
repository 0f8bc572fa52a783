import {
  aCopyRegister,
  aDataSource,
  aLandscapeGraph,
  anEdge,
  anInfrastructureComponent,
  anInfrastructureEdge,
  anIntegration,
  payload,
  usagesWithIds,
} from '../testing/landscape.builders';
import { UNDECLARED_PAYLOAD } from './data-payload';
import { buildLandscapeIndex, nodeKindOf } from './landscape-index';
import { RELATIONS, inverseRelation } from './relations';

describe('buildLandscapeIndex', () => {
  const index = buildLandscapeIndex(
    aLandscapeGraph({
      usages: usagesWithIds('a', 'b', 'c'),
      dataSources: [aDataSource({ id: 'cpr' }), aCopyRegister('cpr', { id: 'copy' })],
      components: [anInfrastructureComponent({ id: 'host' })],
      dataEdges: [
        anEdge({ usageId: 'a', dataSourceId: 'cpr', access: 'READ_WRITE' }),
        anEdge({ usageId: 'b', dataSourceId: 'cpr', access: 'WRITE' }),
      ],
      integrations: [
        anIntegration({ fromUsageId: 'a', toUsageId: 'b' }),
        anIntegration({ fromUsageId: 'c', toUsageId: 'b', direction: 'BIDIRECTIONAL' }),
      ],
    }),
  );

  it('lists readers (not writers), copies and where data flows, both ways for bidirectional', () => {
    expect(index.readEdgesBySource.get('cpr')?.map((e) => e.usageId)).toEqual(['a']);
    expect(index.copiesBySource.get('cpr')).toEqual(['copy']);
    const receivers = (id: string) => index.flowsByUsage.get(id)?.map((f) => f.toUsageId);
    expect(receivers('a')).toEqual(['b']);
    expect(receivers('b')).toEqual(['c']);
    expect(receivers('c')).toEqual(['b']);
  });

  it('links every edge to both of its ends and knows each node kind', () => {
    expect(index.links.get('cpr')?.map((l) => l.neighbourId)).toEqual(['copy', 'a', 'b']);
    expect(index.links.get('b')?.map((l) => [l.edge.id, l.edge.relation])).toEqual([
      ['b->cpr', RELATIONS.dependencyOf],
      ['a=>b', RELATIONS.dependencyOf],
      ['c=>b', RELATIONS.dependencyOf],
    ]);
    expect([
      nodeKindOf(index, 'a'),
      nodeKindOf(index, 'cpr'),
      nodeKindOf(index, 'host'),
      nodeKindOf(index, 'x'),
    ]).toEqual(['USAGE', 'DATA_SOURCE', 'INFRASTRUCTURE', null]);
  });

  it('reads a relation from the other end as its inverse', () => {
    expect(inverseRelation(RELATIONS.dependsOn)).toBe(RELATIONS.dependencyOf);
    expect(inverseRelation(RELATIONS.dependencyOf)).toBe(RELATIONS.dependsOn);
  });

  it('puts on each edge what it carries: data edges and integrations their payload, other edges none', () => {
    const carried = buildLandscapeIndex(
      aLandscapeGraph({
        usages: usagesWithIds('a', 'b'),
        dataSources: [aDataSource({ id: 'bbr' }), aCopyRegister('bbr', { id: 'copy' })],
        components: [anInfrastructureComponent({ id: 'host' })],
        dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'bbr', payload: payload('PROPERTY', 'BBR') })],
        infrastructureEdges: [anInfrastructureEdge({ usageId: 'a', componentId: 'host' })],
        integrations: [anIntegration({ fromUsageId: 'a', toUsageId: 'b', payload: UNDECLARED_PAYLOAD })],
      }),
    );
    const payloadOf = (id: string) =>
      [...carried.links.values()].flat().find((l) => l.edge.id === id)?.edge.payload;
    expect(payloadOf('a->bbr')).toEqual({ dataTypes: ['PROPERTY'], registerFamilies: ['BBR'] });
    expect(payloadOf('a=>b')).toEqual({ dataTypes: [], registerFamilies: [] });
    expect(payloadOf('a->host')).toBeNull();
    expect(payloadOf('copy-of:copy')).toBeNull();
  });
});
