/**
 * Synergy and overlap: two projects that touch the same system usage or build the same capability
 * should coordinate (or merge), so every such pair is flagged with what it shares.
 */

export interface SynergyProject {
  id: string;
  name: string;
  /** Ids of the system usages in the landscape the project touches. */
  usageIds: readonly string[];
  /** Ids of the capabilities the project builds or changes. */
  capabilities: readonly string[];
}

export interface ProjectSynergy {
  /** The pair, in the order the projects were given. */
  projectIds: [string, string];
  projectNames: [string, string];
  sharedUsageIds: string[];
  sharedCapabilities: string[];
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  const inB = new Set(b);
  return [...new Set(a)].filter((id) => inB.has(id)).sort();
}

/**
 * Every pair of projects sharing at least one system usage or capability, most shared first
 * (ties keep the input order). Pairwise comparison is fine: a portfolio holds tens to a few
 * hundred projects.
 */
export function findProjectSynergies(projects: readonly SynergyProject[]): ProjectSynergy[] {
  const found: ProjectSynergy[] = [];
  projects.forEach((a, i) => {
    for (const b of projects.slice(i + 1)) {
      if (a.id === b.id) throw new RangeError(`Project ${a.id} is listed twice`);
      const sharedUsageIds = shared(a.usageIds, b.usageIds);
      const sharedCapabilities = shared(a.capabilities, b.capabilities);
      if (sharedUsageIds.length || sharedCapabilities.length) {
        found.push({
          projectIds: [a.id, b.id],
          projectNames: [a.name, b.name],
          sharedUsageIds,
          sharedCapabilities,
        });
      }
    }
  });
  const weight = (s: ProjectSynergy) => s.sharedUsageIds.length + s.sharedCapabilities.length;
  // Array.prototype.sort is stable, so equal weights keep the input order.
  return found.sort((x, y) => weight(y) - weight(x));
}
