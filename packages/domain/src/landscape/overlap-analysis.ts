/**
 * Overlap analysis: several systems serving the same capability (three SMS solutions, two or three
 * management-information systems) and the same base data bought several times, with what
 * consolidation would save.
 *
 * Each capability is assessed on its own: a usage serving two overlapping capabilities counts in both,
 * so savings of different capabilities are alternatives, not to be added up. Which system survives a
 * consolidation is the user's choice (see overlap-consolidation), so no survivor is proposed here.
 */
import type { DataSource, DataSourceEdge, SystemUsage } from './landscape-graph.types';
import { compareText } from './sort-order';

export interface OverlapUsageCost {
  usageId: string;
  name: string;
  /** The usage's own yearly cost plus the yearly cost of its data-source edges. */
  yearlyCost: number;
}

export interface CapabilityOverlap {
  capability: string;
  /** Cheapest first. */
  usages: OverlapUsageCost[];
  combinedYearlyCost: number;
}

export interface DuplicateDataPurchase {
  /** The authoritative source: copy registers count as the source they copy. */
  dataSourceId: string;
  dataSourceName: string;
  /** Capabilities held by at least two of the buyers. */
  sharedCapabilities: string[];
  /** Each buyer's yearly cost for this data, cheapest first. */
  buyers: OverlapUsageCost[];
  totalYearlyCost: number;
  /** What is paid beyond one purchase: total minus the cheapest buyer's cost. */
  duplicatedCost: number;
}

export interface OverlapAnalysis {
  /** By combined yearly cost, descending. */
  capabilities: CapabilityOverlap[];
  /** By duplicated cost, descending. */
  duplicateData: DuplicateDataPurchase[];
}

/**
 * Capabilities served by more than one active (not retired) usage and data bought by several usages
 * sharing a capability, each with its consolidation saving. `dataSources` resolves copy registers.
 */
export function findOverlaps(
  usages: readonly SystemUsage[],
  edges: readonly DataSourceEdge[],
  dataSources: readonly DataSource[] = [],
): OverlapAnalysis {
  const active = new Map(usages.filter((u) => u.lifecycle !== 'RETIRED').map((u) => [u.id, u]));
  const sources = new Map(dataSources.map((s) => [s.id, s]));

  const dataCost = new Map<string, number>();
  // Family id → usage id → what that usage pays for the family's data.
  const purchases = new Map<string, Map<string, number>>();
  for (const edge of edges) {
    if (!active.has(edge.usageId)) continue;
    dataCost.set(edge.usageId, (dataCost.get(edge.usageId) ?? 0) + edge.yearlyCost);
    // Free data (e.g. from Serviceplatformen) is not "bought", so it cannot be bought twice.
    if (edge.yearlyCost <= 0) continue;
    const family = authoritativeSourceId(edge.dataSourceId, sources);
    const buyers = purchases.get(family) ?? new Map<string, number>();
    buyers.set(edge.usageId, (buyers.get(edge.usageId) ?? 0) + edge.yearlyCost);
    purchases.set(family, buyers);
  }

  const capabilitiesOf = new Map<string, Set<string>>();
  const holders = new Map<string, string[]>();
  for (const usage of active.values()) {
    const keys = new Set<string>();
    // Capabilities are names from the organisation's controlled taxonomy, unique per organisation.
    for (const key of usage.capabilities) {
      if (keys.has(key)) continue;
      keys.add(key);
      const list = holders.get(key);
      if (list) list.push(usage.id);
      else holders.set(key, [usage.id]);
    }
    capabilitiesOf.set(usage.id, keys);
  }

  const costOf = (usageId: string, yearlyCost: number): OverlapUsageCost => ({
    usageId,
    name: active.get(usageId)!.name,
    yearlyCost,
  });
  const cheapestFirst = (a: OverlapUsageCost, b: OverlapUsageCost) =>
    a.yearlyCost - b.yearlyCost || compareText(a.name, b.name) || compareText(a.usageId, b.usageId);

  const capabilities: CapabilityOverlap[] = [];
  for (const [key, usageIds] of holders) {
    if (usageIds.length < 2) continue;
    const costs = usageIds
      .map((id) => costOf(id, active.get(id)!.yearlyCost + (dataCost.get(id) ?? 0)))
      .sort(cheapestFirst);
    const combined = sum(costs.map((c) => c.yearlyCost));
    capabilities.push({ capability: key, usages: costs, combinedYearlyCost: combined });
  }
  capabilities.sort(
    (a, b) => b.combinedYearlyCost - a.combinedYearlyCost || compareText(a.capability, b.capability),
  );

  const duplicateData: DuplicateDataPurchase[] = [];
  for (const [family, buyers] of purchases) {
    if (buyers.size < 2) continue;
    for (const group of groupBySharedCapability([...buyers.keys()], capabilitiesOf)) {
      const costs = group.usageIds.map((id) => costOf(id, buyers.get(id)!)).sort(cheapestFirst);
      const total = sum(costs.map((c) => c.yearlyCost));
      duplicateData.push({
        dataSourceId: family,
        dataSourceName: sources.get(family)?.name ?? family,
        sharedCapabilities: [...group.shared].sort(compareText),
        buyers: costs,
        totalYearlyCost: total,
        duplicatedCost: total - costs[0].yearlyCost,
      });
    }
  }
  duplicateData.sort(
    (a, b) => b.duplicatedCost - a.duplicatedCost || compareText(a.dataSourceName, b.dataSourceName),
  );

  return { capabilities, duplicateData };
}

/** Follows copyOf links to the authoritative source; a cycle of copies stops where it started. */
function authoritativeSourceId(id: string, sources: ReadonlyMap<string, DataSource>): string {
  const seen = new Set<string>();
  let at = id;
  while (!seen.has(at)) {
    seen.add(at);
    const copyOfId = sources.get(at)?.copyOfId;
    if (!copyOfId) return at;
    at = copyOfId;
  }
  return id;
}

/**
 * Splits buyers into groups connected by shared capabilities (A shares with B, B with C → one group),
 * keeping groups of two or more with the capabilities at least two members hold.
 */
function groupBySharedCapability(
  usageIds: readonly string[],
  capabilitiesOf: ReadonlyMap<string, ReadonlySet<string>>,
): { usageIds: string[]; shared: string[] }[] {
  const parent = new Map(usageIds.map((id) => [id, id]));
  const root = (id: string): string => {
    while (parent.get(id) !== id) id = parent.get(id)!;
    return id;
  };
  const firstHolder = new Map<string, string>();
  for (const id of usageIds) {
    for (const key of capabilitiesOf.get(id) ?? []) {
      const other = firstHolder.get(key);
      if (other === undefined) firstHolder.set(key, id);
      else parent.set(root(id), root(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of usageIds) {
    const members = groups.get(root(id));
    if (members) members.push(id);
    else groups.set(root(id), [id]);
  }

  return [...groups.values()]
    .filter((members) => members.length >= 2)
    .map((members) => {
      const count = new Map<string, number>();
      for (const id of members) {
        for (const key of capabilitiesOf.get(id) ?? []) count.set(key, (count.get(key) ?? 0) + 1);
      }
      return { usageIds: members, shared: [...count].filter(([, n]) => n >= 2).map(([key]) => key) };
    });
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
