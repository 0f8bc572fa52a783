import type { RuleError } from '../shared/rule-errors';

/**
 * Dependencies between projects ("this project needs that one delivered first") must not loop:
 * a cycle would mean no project in it can ever start. `edges` are the organisation's stored
 * dependencies; `dependsOnIds` replace the ones `selfId` has.
 */
export interface ProjectDependencyEdge {
  projectId: string;
  dependsOnId: string;
}

function dependantsOf(selfId: string, edges: readonly ProjectDependencyEdge[]): Set<string> {
  // Who (directly or through others) depends on selfId: choosing one of them would close a loop.
  const byTarget = new Map<string, string[]>();
  for (const e of edges) {
    if (e.projectId === selfId) continue;
    byTarget.set(e.dependsOnId, [...(byTarget.get(e.dependsOnId) ?? []), e.projectId]);
  }
  const found = new Set<string>([selfId]);
  const queue = [selfId];
  while (queue.length) {
    for (const next of byTarget.get(queue.pop()!) ?? []) {
      if (!found.has(next)) {
        found.add(next);
        queue.push(next);
      }
    }
  }
  return found;
}

/** The errors of letting `selfId` depend on exactly `dependsOnIds`. */
export function projectDependencyErrors(
  selfId: string,
  dependsOnIds: readonly string[],
  edges: readonly ProjectDependencyEdge[],
): RuleError[] {
  if (dependsOnIds.includes(selfId)) return [{ field: 'dependsOnIds', message: 'field.dependsOnSelf' }];
  const excluded = dependantsOf(selfId, edges);
  const loop = dependsOnIds.find((id) => excluded.has(id));
  return loop ? [{ field: 'dependsOnIds', message: 'field.dependencyCycle' }] : [];
}

/** Projects `selfId` may depend on: not itself, nor any project that already depends on it. */
export function dependencyCandidates<T extends { id: string }>(
  projects: readonly T[],
  selfId: string,
  edges: readonly ProjectDependencyEdge[],
): T[] {
  const excluded = dependantsOf(selfId, edges);
  return projects.filter((p) => !excluded.has(p.id));
}

/**
 * On a ranked board, each project's dependencies that stand below it: the board meant to run it
 * first, yet it waits for them. Dependencies not on the board (closed, say) are no conflict.
 */
export function dependenciesRankedBelow(
  order: readonly string[],
  edges: readonly ProjectDependencyEdge[],
): Map<string, string[]> {
  const position = new Map(order.map((id, i) => [id, i]));
  const below = new Map<string, string[]>();
  for (const e of edges) {
    const own = position.get(e.projectId);
    const other = position.get(e.dependsOnId);
    if (own === undefined || other === undefined || other < own) continue;
    below.set(e.projectId, [...(below.get(e.projectId) ?? []), e.dependsOnId]);
  }
  return below;
}
