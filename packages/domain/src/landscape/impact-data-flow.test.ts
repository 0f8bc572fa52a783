// Impact analysis follows data, not wires: hand-checked graphs with mixed, narrowed and undeclared
// payloads, cycles that only matter once a loss grows, and dated switch-offs.
import {
  aDataSource,
  aLandscapeGraph,
  anEdge,
  anInfrastructureComponent,
  anInfrastructureEdge,
  anIntegration,
  aUsage,
  payload,
  usagesWithIds,
} from '../testing/landscape.builders';
import { analyseImpact, type ImpactAnalysis } from './impact-analysis';

const cpr = aDataSource({ id: 'cpr', name: 'CPR', registerFamily: 'CPR' });
const onCpr = { kind: 'DATA_SOURCE', id: 'cpr' } as const;

/** "id:C@depth" for certain, "id:P@depth" for possible usages. */
const affected = (result: ImpactAnalysis) =>
  result.usages.map((u) => `${u.usageId}:${u.certainty[0]}@${u.depth}`);

describe('analyseImpact follows data', () => {
  it('does not reach the municipal website through integrations that carry no person data', () => {
    // The demo's chain: cpr → esdh (persons) → politik (cases) → web (documents). The website keeps
    // its data; the digital-post system gets persons from the ESDH and does lose them.
    const chain = {
      usages: usagesWithIds('esdh', 'politik', 'web', 'digitalpost'),
      dataSources: [cpr],
      dataEdges: [anEdge({ usageId: 'esdh', dataSourceId: 'cpr', payload: payload('PERSON', 'CPR') })],
      integrations: [
        anIntegration({ fromUsageId: 'esdh', toUsageId: 'politik', payload: payload('CASE', 'DOCUMENT') }),
        anIntegration({ fromUsageId: 'politik', toUsageId: 'web', payload: payload('DOCUMENT') }),
        anIntegration({
          fromUsageId: 'esdh',
          toUsageId: 'digitalpost',
          payload: payload('PERSON', 'DOCUMENT'),
        }),
      ],
    };

    const result = analyseImpact(aLandscapeGraph(chain), onCpr);

    expect(affected(result)).toEqual(['esdh:C@1', 'digitalpost:C@2']);
    expect(result.usages[1]).toMatchObject({
      path: ['cpr', 'esdh', 'digitalpost'],
      dataTypes: ['PERSON'],
      registerFamilies: ['CPR'],
      unknownData: false,
    });

    // Once the agenda system sends person data on to the website, the website loses it for certain.
    const withPersons = aLandscapeGraph({
      ...chain,
      integrations: [
        ...chain.integrations,
        anIntegration({ fromUsageId: 'esdh', toUsageId: 'politik', payload: payload('PERSON') }),
        anIntegration({ fromUsageId: 'politik', toUsageId: 'web', payload: payload('PERSON', 'CPR') }),
      ],
    });
    expect(affected(analyseImpact(withPersons, onCpr))).toEqual([
      'esdh:C@1',
      'digitalpost:C@2',
      'politik:C@2',
      'web:C@3',
    ]);
  });

  it('narrows by register family: person data from payroll is not person data from CPR', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'payroll-feed', 'any-family', 'cvr-only'),
      dataSources: [cpr],
      dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'cpr', payload: payload('PERSON', 'CPR') })],
      integrations: [
        anIntegration({ fromUsageId: 'a', toUsageId: 'payroll-feed', payload: payload('PERSON', 'INCOME') }),
        // No family named: it may carry person data from any register, CPR included.
        anIntegration({ fromUsageId: 'a', toUsageId: 'any-family', payload: payload('PERSON') }),
        anIntegration({ fromUsageId: 'a', toUsageId: 'cvr-only', payload: payload('COMPANY', 'CVR') }),
      ],
    });

    const result = analyseImpact(graph, onCpr);

    expect(affected(result)).toEqual(['a:C@1', 'any-family:C@2']);
    expect(result.usages[1]).toMatchObject({ dataTypes: ['PERSON'], registerFamilies: ['CPR'] });
  });

  it('joins mixed payloads from several paths and passes on only what each integration carries', () => {
    // a reads persons and properties from two sources; b gets persons, c properties, d both via b and c.
    const bbr = aDataSource({ id: 'bbr', registerFamily: 'BBR' });
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b', 'c', 'd', 'e'),
      dataSources: [cpr, bbr],
      dataEdges: [
        anEdge({ usageId: 'a', dataSourceId: 'cpr', payload: payload('PERSON', 'PROPERTY', 'CPR') }),
        anEdge({ usageId: 'a', dataSourceId: 'bbr', payload: payload('PROPERTY', 'BBR') }),
      ],
      integrations: [
        anIntegration({ fromUsageId: 'a', toUsageId: 'b', payload: payload('PERSON') }),
        anIntegration({ fromUsageId: 'a', toUsageId: 'c', payload: payload('PROPERTY', 'GIS') }),
        anIntegration({ fromUsageId: 'b', toUsageId: 'd', payload: payload('PERSON', 'CASE') }),
        anIntegration({ fromUsageId: 'c', toUsageId: 'd', payload: payload('PROPERTY') }),
        // e only gets GIS data, which nothing upstream lost.
        anIntegration({ fromUsageId: 'c', toUsageId: 'e', payload: payload('GIS') }),
      ],
    });

    const result = analyseImpact(graph, onCpr);

    expect(affected(result)).toEqual(['a:C@1', 'b:C@2', 'c:C@2', 'd:C@3']);
    // Switching off CPR loses CPR-derived property data at a (the edge's cross product), not BBR's.
    expect(
      result.usages.map((u) => [u.usageId, u.dataTypes.join('+'), u.registerFamilies.join('+')]),
    ).toEqual([
      ['a', 'PERSON+PROPERTY', 'CPR'],
      ['b', 'PERSON', 'CPR'],
      ['c', 'PROPERTY', 'CPR'],
      ['d', 'PERSON+PROPERTY', 'CPR'],
    ]);
    // From BBR only property data is lost: b (persons) keeps its data.
    expect(affected(analyseImpact(graph, { kind: 'DATA_SOURCE', id: 'bbr' }))).toEqual([
      'a:C@1',
      'c:C@2',
      'd:C@3',
    ]);
  });

  it('makes a usage reached only through an undeclared payload possible, not certain', () => {
    // cpr → a; a ⇒ b undeclared; b → c persons (possible), b → d cases (nothing lost can flow there).
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b', 'c', 'd'),
      dataSources: [cpr],
      dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'cpr' })],
      integrations: [
        anIntegration({ fromUsageId: 'a', toUsageId: 'b', payload: payload() }),
        anIntegration({ fromUsageId: 'b', toUsageId: 'c', payload: payload('PERSON') }),
        anIntegration({ fromUsageId: 'b', toUsageId: 'd', payload: payload('CASE') }),
      ],
    });

    const result = analyseImpact(graph, onCpr);

    expect(affected(result)).toEqual(['a:C@1', 'b:P@2', 'c:P@3']);
    expect(result.usages[1]).toMatchObject({
      path: ['cpr', 'a', 'b'],
      dataTypes: ['PERSON'],
      unknownData: false,
    });
    expect(result.units).toEqual([{ unitId: 'unit-1', usageCount: 1, possibleUsageCount: 2 }]);
  });

  it('makes a possible usage certain when another path carries the data, with that path', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b', 'c'),
      dataSources: [cpr],
      dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'cpr' })],
      integrations: [
        anIntegration({ fromUsageId: 'a', toUsageId: 'b', payload: payload() }),
        anIntegration({ fromUsageId: 'a', toUsageId: 'c', payload: payload('PERSON') }),
        anIntegration({ fromUsageId: 'c', toUsageId: 'b', payload: payload('PERSON', 'CPR') }),
      ],
    });

    const result = analyseImpact(graph, onCpr);

    expect(affected(result)).toEqual(['a:C@1', 'c:C@2', 'b:C@3']);
    expect(result.usages[2].path).toEqual(['cpr', 'a', 'c', 'b']);
  });

  it('treats an undeclared reading edge as a certain loss of unknown data, which makes what follows possible', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b'),
      dataSources: [cpr],
      dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'cpr', payload: payload() })],
      integrations: [anIntegration({ fromUsageId: 'a', toUsageId: 'b', payload: payload('CASE') })],
    });

    const result = analyseImpact(graph, onCpr);

    expect(affected(result)).toEqual(['a:C@1', 'b:P@2']);
    expect(result.usages[0]).toMatchObject({ dataTypes: [], registerFamilies: [], unknownData: true });
    // b may lose the cases a sends it, if they were built from what a lost.
    expect(result.usages[1]).toMatchObject({ dataTypes: ['CASE'], unknownData: false });
  });

  it('loses the whole feed from a switched-off system or its infrastructure, whatever the payload', () => {
    // x is switched off: y loses its undeclared feed for certain, but what y sends on is only possible.
    const graph = aLandscapeGraph({
      usages: usagesWithIds('x', 'y', 'z', 'w'),
      components: [anInfrastructureComponent({ id: 'host' })],
      infrastructureEdges: [anInfrastructureEdge({ usageId: 'x', componentId: 'host' })],
      integrations: [
        anIntegration({ fromUsageId: 'x', toUsageId: 'y', payload: payload() }),
        anIntegration({ fromUsageId: 'y', toUsageId: 'z', payload: payload('CASE') }),
        anIntegration({ fromUsageId: 'x', toUsageId: 'w', payload: payload('ORGANISATION') }),
      ],
    });

    const fromX = analyseImpact(graph, { kind: 'USAGE', id: 'x' });
    expect(affected(fromX)).toEqual(['w:C@1', 'y:C@1', 'z:P@2']);
    expect(fromX.usages[0]).toMatchObject({ dataTypes: ['ORGANISATION'], unknownData: false });
    expect(fromX.usages[1]).toMatchObject({ dataTypes: [], unknownData: true });

    const fromHost = analyseImpact(graph, { kind: 'INFRASTRUCTURE', id: 'host' });
    expect(affected(fromHost)).toEqual(['x:C@1', 'w:C@2', 'y:C@2', 'z:P@3']);
  });

  it('reaches a fixed point on a cycle where a loss grows only on the second pass', () => {
    // x switched off: a loses cases, b persons. a → b passes cases on; b → a passes persons back,
    // and only then can a → c (persons) pass anything on. a ⇄ b must not loop forever.
    const graph = aLandscapeGraph({
      usages: usagesWithIds('x', 'a', 'b', 'c'),
      integrations: [
        anIntegration({ fromUsageId: 'x', toUsageId: 'a', payload: payload('CASE') }),
        anIntegration({ fromUsageId: 'x', toUsageId: 'b', payload: payload('PERSON') }),
        anIntegration({ fromUsageId: 'a', toUsageId: 'b', payload: payload('PERSON', 'CASE') }),
        anIntegration({ fromUsageId: 'b', toUsageId: 'a', payload: payload('PERSON') }),
        anIntegration({ fromUsageId: 'a', toUsageId: 'c', payload: payload('PERSON') }),
        anIntegration({ fromUsageId: 'c', toUsageId: 'x', payload: payload('PERSON') }),
      ],
    });

    const result = analyseImpact(graph, { kind: 'USAGE', id: 'x' });

    expect(affected(result)).toEqual(['a:C@1', 'b:C@1', 'c:C@2']);
    expect(result.usages.map((u) => [u.usageId, u.dataTypes.join('+')])).toEqual([
      ['a', 'PERSON+CASE'],
      ['b', 'PERSON+CASE'],
      ['c', 'PERSON'],
    ]);
  });

  it('follows planned source switches dated before the switch-off, in both directions', () => {
    // a reads the CPR copy until 2027-03-01, then CPR itself; b stays on the copy.
    const copy = aDataSource({ id: 'copy', kind: 'COPY_REGISTER', registerFamily: 'CPR' });
    const graph = aLandscapeGraph({
      usages: [aUsage({ id: 'a' }), aUsage({ id: 'b' })],
      dataSources: [cpr, copy],
      dataEdges: [
        anEdge({
          usageId: 'a',
          dataSourceId: 'copy',
          plannedTargetSourceId: 'cpr',
          plannedSwitchDate: '2027-03-01',
        }),
        anEdge({ usageId: 'b', dataSourceId: 'copy' }),
      ],
    });
    const onCopy = { kind: 'DATA_SOURCE', id: 'copy' } as const;

    expect(affected(analyseImpact(graph, onCopy, { from: '2027-02-28' }))).toEqual(['a:C@1', 'b:C@1']);
    expect(affected(analyseImpact(graph, onCopy, { from: '2027-03-01' }))).toEqual(['b:C@1']);
    expect(affected(analyseImpact(graph, onCpr, { from: '2027-02-28' }))).toEqual([]);
    expect(affected(analyseImpact(graph, onCpr, { from: '2027-03-01' }))).toEqual(['a:C@1']);
    // Without a date the landscape is read as it stands today.
    expect(affected(analyseImpact(graph, onCopy))).toEqual(['a:C@1', 'b:C@1']);
  });

  it('splits contracts and projects into certainly and possibly affected usages', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b'),
      dataSources: [cpr],
      dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'cpr' })],
      integrations: [anIntegration({ fromUsageId: 'a', toUsageId: 'b', payload: payload() })],
      contracts: [{ id: 'k', name: 'k', effectiveEnd: null, noticeDate: null, usageIds: ['a', 'b'] }],
      projects: [{ id: 'p', name: 'p', usageIds: ['b'] }],
    });

    const result = analyseImpact(graph, onCpr);

    expect(result.contracts).toEqual([
      {
        contractId: 'k',
        name: 'k',
        effectiveEnd: null,
        noticeDate: null,
        usageIds: ['a'],
        possibleUsageIds: ['b'],
      },
    ]);
    expect(result.projects).toEqual([{ projectId: 'p', name: 'p', usageIds: [], possibleUsageIds: ['b'] }]);
  });
});
