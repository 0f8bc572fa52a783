import {
  aDataSource,
  aLandscapeContract,
  aLandscapeGraph,
  anEdge,
  anInfrastructureComponent,
  anInfrastructureEdge,
  anIntegration,
  aUsage,
} from '../testing/landscape.builders';
import { findLifecycleConflicts } from './lifecycle-conflicts';

/** Conflicts as compact tuples: usage, dependency, reason, usage end, dependency end. */
const summary = (conflicts: ReturnType<typeof findLifecycleConflicts>) =>
  conflicts.map((c) => [c.usageId, c.dependencyId, c.reason, c.usageEnd, c.dependencyEnd]);

describe('findLifecycleConflicts', () => {
  it('flags a retired data source, whatever the usage end', () => {
    const graph = aLandscapeGraph({
      usages: [aUsage({ id: 'a', inUseUntil: '2030-12-31' })],
      dataSources: [
        aDataSource({ id: 'old', name: 'Old register', lifecycle: 'RETIRED', endsOn: '2026-12-31' }),
      ],
      dataEdges: [anEdge({ usageId: 'a', dataSourceId: 'old' })],
    });

    expect(findLifecycleConflicts(graph, [])).toEqual([
      {
        usageId: 'a',
        usageName: 'a',
        usageEnd: '2030-12-31',
        dependencyKind: 'DATA_SOURCE',
        dependencyId: 'old',
        dependencyName: 'Old register',
        reason: 'DEPENDENCY_RETIRED',
        dependencyEnd: '2026-12-31',
        dependencyContractId: null,
      },
    ]);
  });

  it('flags dependencies ending before the usage; an open-ended usage outlives any dated one', () => {
    // open: no end → conflicts with source ending 2028-06-30.
    // dated (2028-12-31): component early (2027-12-31) conflicts; late (2029-06-30) and same-day (2028-12-31) do not.
    const graph = aLandscapeGraph({
      usages: [aUsage({ id: 'open' }), aUsage({ id: 'dated', inUseUntil: '2028-12-31' })],
      dataSources: [aDataSource({ id: 'source', endsOn: '2028-06-30' })],
      components: [
        anInfrastructureComponent({ id: 'early', endsOn: '2027-12-31' }),
        anInfrastructureComponent({ id: 'late', endsOn: '2029-06-30' }),
        anInfrastructureComponent({ id: 'same-day', endsOn: '2028-12-31' }),
      ],
      dataEdges: [anEdge({ usageId: 'open', dataSourceId: 'source', access: 'WRITE' })],
      infrastructureEdges: ['early', 'late', 'same-day'].map((componentId) =>
        anInfrastructureEdge({ usageId: 'dated', componentId }),
      ),
    });

    expect(summary(findLifecycleConflicts(graph, []))).toEqual([
      ['dated', 'early', 'DEPENDENCY_ENDS_EARLIER', '2028-12-31', '2027-12-31'],
      ['open', 'source', 'DEPENDENCY_ENDS_EARLIER', null, '2028-06-30'],
    ]);
  });

  it("flags a sending system whose contract ends before the receiver's own contract", () => {
    // e → d. d ends with its contract 2031-12-31; e has no inUseUntil but its contract ends 2029-03-31.
    const graph = aLandscapeGraph({
      usages: [aUsage({ id: 'd' }), aUsage({ id: 'e' })],
      integrations: [anIntegration({ fromUsageId: 'e', toUsageId: 'd' })],
    });
    const contracts = [
      aLandscapeContract({ id: 'k-d', effectiveEnd: '2031-12-31', usageIds: ['d'] }),
      aLandscapeContract({ id: 'k-e', effectiveEnd: '2029-03-31', usageIds: ['e'] }),
    ];

    const conflicts = findLifecycleConflicts(graph, contracts);

    expect(summary(conflicts)).toEqual([
      ['d', 'e', 'DEPENDENCY_CONTRACT_ENDS_EARLIER', '2031-12-31', '2029-03-31'],
    ]);
    expect(conflicts[0]).toMatchObject({ dependencyKind: 'USAGE', dependencyContractId: 'k-e' });
  });

  it('only the receiving end depends on an integration; both ends of a bidirectional one', () => {
    // f (to 2026-01-01) → g (open): g depends on f. h (2027-06-30) ↔ i (2029-06-30): i conflicts with h, not the reverse.
    const graph = aLandscapeGraph({
      usages: [
        aUsage({ id: 'f', inUseUntil: '2026-01-01' }),
        aUsage({ id: 'g' }),
        aUsage({ id: 'h', inUseUntil: '2027-06-30' }),
        aUsage({ id: 'i', inUseUntil: '2029-06-30' }),
      ],
      integrations: [
        anIntegration({ fromUsageId: 'f', toUsageId: 'g' }),
        anIntegration({ fromUsageId: 'h', toUsageId: 'i', direction: 'BIDIRECTIONAL' }),
      ],
    });

    expect(summary(findLifecycleConflicts(graph, []))).toEqual([
      ['g', 'f', 'DEPENDENCY_ENDS_EARLIER', null, '2026-01-01'],
      ['i', 'h', 'DEPENDENCY_ENDS_EARLIER', '2029-06-30', '2027-06-30'],
    ]);
  });

  it("reports the earlier of a dependency's own end and its contract end, once per dependency", () => {
    // m depends on n twice (two integrations). n runs to 2030-12-31 but its contract ends 2028-06-30 → contract wins.
    // The usage's inUseUntil beats its contract end: p is in use to 2027-12-31 although contracted to 2035.
    const graph = aLandscapeGraph({
      usages: [
        aUsage({ id: 'm' }),
        aUsage({ id: 'n', inUseUntil: '2030-12-31' }),
        aUsage({ id: 'p', inUseUntil: '2027-12-31' }),
      ],
      integrations: [
        anIntegration({ id: 'one', fromUsageId: 'n', toUsageId: 'm' }),
        anIntegration({ id: 'two', fromUsageId: 'n', toUsageId: 'm' }),
        anIntegration({ fromUsageId: 'n', toUsageId: 'p' }),
      ],
    });
    const contracts = [
      aLandscapeContract({ id: 'k-n', effectiveEnd: '2028-06-30', usageIds: ['n'] }),
      aLandscapeContract({ id: 'k-p', effectiveEnd: '2035-12-31', usageIds: ['p'] }),
    ];

    expect(summary(findLifecycleConflicts(graph, contracts))).toEqual([
      ['m', 'n', 'DEPENDENCY_CONTRACT_ENDS_EARLIER', null, '2028-06-30'],
    ]);
  });

  it('skips retired usages and dependencies without any end', () => {
    const graph = aLandscapeGraph({
      usages: [aUsage({ id: 'gone', lifecycle: 'RETIRED' }), aUsage({ id: 'live' })],
      dataSources: [aDataSource({ id: 'dead', lifecycle: 'RETIRED' }), aDataSource({ id: 'forever' })],
      dataEdges: [
        anEdge({ usageId: 'gone', dataSourceId: 'dead' }),
        anEdge({ usageId: 'live', dataSourceId: 'forever' }),
      ],
    });

    expect(findLifecycleConflicts(graph, [])).toEqual([]);
  });
});
