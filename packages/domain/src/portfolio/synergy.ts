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
  /**
   * The project's status. CLOSED and REJECTED projects no longer change anything, so they are
   * left out of every comparison; without a status the project counts as open.
   */
  status?: string;
}

/** Statuses of projects that no longer touch the landscape. */
const FINISHED = new Set(['CLOSED', 'REJECTED']);
const isOpen = (p: SynergyProject) => !p.status || !FINISHED.has(p.status);

export interface ProjectSynergy {
  /** The pair, in the order the projects were given. */
  projectIds: [string, string];
  projectNames: [string, string];
  sharedUsageIds: string[];
  sharedCapabilities: string[];
}

function assertUnique(projects: readonly SynergyProject[]): void {
  const seen = new Set<string>();
  for (const p of projects) {
    if (seen.has(p.id)) throw new RangeError(`Project ${p.id} is listed twice`);
    seen.add(p.id);
  }
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
  assertUnique(projects);
  const open = projects.filter(isOpen);
  const found: ProjectSynergy[] = [];
  open.forEach((a, i) => {
    for (const b of open.slice(i + 1)) {
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

export type OverlapKind = 'SYSTEM' | 'CAPABILITY';

/** One system usage or capability that two or more open projects touch. */
export interface ProjectOverlap {
  kind: OverlapKind;
  /** The usage id (SYSTEM) or the capability (CAPABILITY). */
  key: string;
  /** The projects touching it, in the order they were given. */
  projectIds: string[];
}

/**
 * The same overlaps seen from the landscape: every system usage and every capability touched by
 * at least two open projects, with those projects. Systems come before capabilities; within a
 * kind the most crowded first, ties by key so the order is stable.
 */
export function groupProjectOverlaps(projects: readonly SynergyProject[]): ProjectOverlap[] {
  assertUnique(projects);
  const groups = new Map<string, ProjectOverlap>();
  const add = (kind: OverlapKind, key: string, projectId: string) => {
    const id = `${kind}:${key}`;
    const group = groups.get(id) ?? { kind, key, projectIds: [] };
    if (!group.projectIds.includes(projectId)) group.projectIds.push(projectId);
    groups.set(id, group);
  };
  for (const p of projects.filter(isOpen)) {
    for (const usageId of p.usageIds) add('SYSTEM', usageId, p.id);
    for (const capability of p.capabilities) add('CAPABILITY', capability, p.id);
  }
  const kindOrder: Record<OverlapKind, number> = { SYSTEM: 0, CAPABILITY: 1 };
  return [...groups.values()]
    .filter((g) => g.projectIds.length >= 2)
    .sort(
      (x, y) =>
        kindOrder[x.kind] - kindOrder[y.kind] ||
        y.projectIds.length - x.projectIds.length ||
        (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
    );
}
