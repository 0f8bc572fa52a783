/**
 * Lifecycle conflicts: a usage that will outlive something it depends on — a data source, an
 * infrastructure component, or a system it receives data from — so the owner must plan a replacement
 * before the dependency ends, not after.
 *
 * Dates: a usage ends at its inUseUntil, else when its contracts end (the latest covering contract's
 * effective end); with neither it is open-ended and outlives any dated dependency. Equal dates are no
 * conflict: the two end together.
 */
import type { IsoDate } from '../shared/dates';
import { contractedUntil, contractsByUsage } from './contract-coverage';
import type {
  LandscapeContract,
  LandscapeGraph,
  LandscapeLifecycle,
  LandscapeNodeKind,
} from './landscape-graph.types';
import { compareText } from './sort-order';

export type LifecycleConflictReason =
  'DEPENDENCY_RETIRED' | 'DEPENDENCY_ENDS_EARLIER' | 'DEPENDENCY_CONTRACT_ENDS_EARLIER';

export interface LifecycleConflict {
  usageId: string;
  usageName: string;
  /** Null when the usage is open-ended. */
  usageEnd: IsoDate | null;
  dependencyKind: LandscapeNodeKind;
  dependencyId: string;
  dependencyName: string;
  reason: LifecycleConflictReason;
  /** When the dependency goes; null only for a retired dependency with no recorded end date. */
  dependencyEnd: IsoDate | null;
  /** For DEPENDENCY_CONTRACT_ENDS_EARLIER: the dependency's contract that ends. */
  dependencyContractId: string | null;
}

interface Dependency {
  kind: LandscapeNodeKind;
  id: string;
  name: string;
  lifecycle: LandscapeLifecycle;
  end: IsoDate | null;
  /** Only system usages are covered by contracts in the landscape. */
  contracts: readonly LandscapeContract[];
}

/**
 * One row per (usage, dependency) where the dependency is retired or ends — by its own date or its
 * contracts — before the usage does. Retired usages are skipped: they need nothing any more.
 */
export function findLifecycleConflicts(
  graph: LandscapeGraph,
  contracts: readonly LandscapeContract[],
): LifecycleConflict[] {
  const covering = contractsByUsage(contracts);
  const dependencies = new Map<string, Map<string, Dependency>>();
  const add = (usageId: string, dependency: Dependency | undefined) => {
    if (!dependency || dependency.id === usageId) return;
    const own = dependencies.get(usageId) ?? new Map<string, Dependency>();
    own.set(dependency.id, dependency);
    dependencies.set(usageId, own);
  };

  const usageDeps = new Map(
    graph.usages.map((u): [string, Dependency] => [
      u.id,
      {
        kind: 'USAGE',
        id: u.id,
        name: u.name,
        lifecycle: u.lifecycle,
        end: u.inUseUntil ?? null,
        contracts: covering.get(u.id) ?? [],
      },
    ]),
  );
  const sourceDeps = new Map(
    graph.dataSources.map((s): [string, Dependency] => [
      s.id,
      { kind: 'DATA_SOURCE', id: s.id, name: s.name, lifecycle: s.lifecycle, end: s.endsOn, contracts: [] },
    ]),
  );
  const componentDeps = new Map(
    graph.components.map((c): [string, Dependency] => [
      c.id,
      {
        kind: 'INFRASTRUCTURE',
        id: c.id,
        name: c.name,
        lifecycle: c.lifecycle,
        end: c.endsOn,
        contracts: [],
      },
    ]),
  );

  // Any access counts: a usage that only writes still needs the source to be there to write to.
  for (const edge of graph.dataEdges) add(edge.usageId, sourceDeps.get(edge.dataSourceId));
  for (const edge of graph.infrastructureEdges) add(edge.usageId, componentDeps.get(edge.componentId));
  for (const integration of graph.integrations) {
    // The receiving end depends on the sending end; both ways when bidirectional.
    add(integration.toUsageId, usageDeps.get(integration.fromUsageId));
    if (integration.direction === 'BIDIRECTIONAL') {
      add(integration.fromUsageId, usageDeps.get(integration.toUsageId));
    }
  }

  const conflicts: LifecycleConflict[] = [];
  for (const usage of graph.usages) {
    if (usage.lifecycle === 'RETIRED') continue;
    const usageEnd = usage.inUseUntil ?? contractedUntil(covering.get(usage.id));
    for (const dependency of dependencies.get(usage.id)?.values() ?? []) {
      const found = conflictOf(dependency, usageEnd);
      if (!found) continue;
      conflicts.push({
        usageId: usage.id,
        usageName: usage.name,
        usageEnd,
        dependencyKind: dependency.kind,
        dependencyId: dependency.id,
        dependencyName: dependency.name,
        ...found,
      });
    }
  }
  return conflicts.sort(
    (a, b) =>
      compareText(a.usageName, b.usageName) ||
      compareText(a.usageId, b.usageId) ||
      compareText(a.dependencyEnd ?? '', b.dependencyEnd ?? '') ||
      compareText(a.dependencyName, b.dependencyName),
  );
}

/** Why a dependency fails a usage ending at `usageEnd`, or null; the earliest-ending cause wins. */
function conflictOf(
  dependency: Dependency,
  usageEnd: IsoDate | null,
): Pick<LifecycleConflict, 'reason' | 'dependencyEnd' | 'dependencyContractId'> | null {
  if (dependency.lifecycle === 'RETIRED') {
    return { reason: 'DEPENDENCY_RETIRED', dependencyEnd: dependency.end, dependencyContractId: null };
  }
  const endsFirst = (end: IsoDate | null): end is IsoDate =>
    end !== null && (usageEnd === null || end < usageEnd);
  const contractEnd = contractedUntil(dependency.contracts);
  const ownEnds = endsFirst(dependency.end);
  const contractEnds = endsFirst(contractEnd);
  // On a tie the dependency's own date is reported: it is the firmer fact.
  if (ownEnds && (!contractEnds || dependency.end! <= contractEnd)) {
    return { reason: 'DEPENDENCY_ENDS_EARLIER', dependencyEnd: dependency.end, dependencyContractId: null };
  }
  if (contractEnds) {
    const contract = dependency.contracts.find((c) => c.effectiveEnd === contractEnd)!;
    return {
      reason: 'DEPENDENCY_CONTRACT_ENDS_EARLIER',
      dependencyEnd: contractEnd,
      dependencyContractId: contract.id,
    };
  }
  return null;
}
