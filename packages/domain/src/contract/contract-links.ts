import type { RuleError } from '../shared/rule-errors';

/**
 * Parent and successor links must not loop: a contract cannot sit below one of its own
 * sub-contracts, nor be renewed by a contract it has itself replaced. Cycles would make the term
 * tree (parent caps) and the renewal chain endless.
 */

export interface ContractLink {
  id: string;
  parentId?: string | null;
  successorId?: string | null;
}

/**
 * The cycle errors of giving `selfId` these links. `parentChain` is the chosen parent and its
 * ancestors; `successorChain` the chosen successor and the ones after it. A new contract
 * (`selfId` null) cannot close a loop.
 */
export function contractLinkErrors(
  selfId: string | null,
  chains: { parentChain: readonly string[]; successorChain: readonly string[] },
): RuleError[] {
  if (!selfId) return [];
  const errors: RuleError[] = [];
  if (chains.parentChain.includes(selfId)) errors.push({ field: 'parentId', message: 'field.parentCycle' });
  if (chains.successorChain.includes(selfId)) {
    errors.push({ field: 'successorId', message: 'field.successorCycle' });
  }
  return errors;
}

function excludedFrom(selfId: string, edges: Map<string, string[]>): Set<string> {
  const excluded = new Set<string>([selfId]);
  const queue = [selfId];
  while (queue.length) {
    for (const next of edges.get(queue.pop()!) ?? []) {
      if (!excluded.has(next)) {
        excluded.add(next);
        queue.push(next);
      }
    }
  }
  return excluded;
}

function reverse<T extends ContractLink>(contracts: readonly T[], link: 'parentId' | 'successorId') {
  const edges = new Map<string, string[]>();
  for (const c of contracts) {
    const to = c[link];
    if (to) edges.set(to, [...(edges.get(to) ?? []), c.id]);
  }
  return edges;
}

/** Contracts that may be the parent of `selfId`: not itself, nor any contract below it. */
export function parentCandidates<T extends ContractLink>(
  contracts: readonly T[],
  selfId: string | null,
): T[] {
  if (!selfId) return [...contracts];
  const excluded = excludedFrom(selfId, reverse(contracts, 'parentId'));
  return contracts.filter((c) => !excluded.has(c.id));
}

/** Contracts that may succeed `selfId`: not itself, nor one it has (directly or indirectly) replaced. */
export function successorCandidates<T extends ContractLink>(
  contracts: readonly T[],
  selfId: string | null,
): T[] {
  if (!selfId) return [...contracts];
  const excluded = excludedFrom(selfId, reverse(contracts, 'successorId'));
  return contracts.filter((c) => !excluded.has(c.id));
}
