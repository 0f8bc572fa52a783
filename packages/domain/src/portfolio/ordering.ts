import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Ordering keys for drag and drop (fractional indexing): each row stores a string key and the list
 * is sorted by it. A move writes ONE new key for the moved row, so concurrent moves of different
 * rows never overwrite each other and no rows are renumbered.
 *
 * Keys are base-62 strings that must be compared by code unit (JavaScript `<`, PostgreSQL
 * COLLATE "C"); a locale-aware collation would sort 'a' before 'B' and break the order.
 */

/** A key strictly between `before` and `after`; null means the start or end of the list. */
export function keyBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) {
    throw new RangeError(`Ordering key "${before}" must sort before "${after}"`);
  }
  return generateKeyBetween(before, after);
}

/** Keys for a new list of n rows, in order (a0, a1, …). */
export function initialKeys(n: number): string[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Cannot create ${n} ordering keys`);
  return generateNKeysBetween(null, null, n);
}

/**
 * The new key for the row at `fromIndex` when it is dropped so that it ends at `toIndex` (indices
 * as in dnd-kit's arrayMove). Every other key stays as it is; a drop on its own place keeps its key.
 */
export function keysForMove(orderedKeys: readonly string[], fromIndex: number, toIndex: number): string {
  const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < orderedKeys.length;
  if (!inRange(fromIndex) || !inRange(toIndex)) {
    throw new RangeError(`Move ${fromIndex} → ${toIndex} is outside a list of ${orderedKeys.length}`);
  }
  if (fromIndex === toIndex) return orderedKeys[fromIndex];
  const rest = orderedKeys.filter((_, i) => i !== fromIndex);
  return keyBetween(rest[toIndex - 1] ?? null, rest[toIndex] ?? null);
}

export interface OrderingKeyItem {
  id: string;
  key: string;
}

/**
 * Server side of the reorder mutation. The client sends the neighbours it saw (`beforeId` above
 * the drop, `afterId` below; null for the start or end of the list). The key is computed from the
 * neighbours' CURRENT keys, so a concurrent move of another row does not undo this one.
 *
 * - The moved row goes directly after `before` (or first, when beforeId is null). When `before`
 *   and `after` are still adjacent that is exactly between them; when other rows have landed in
 *   between, it is still between them; when someone moved them so that before ≥ after (conflict),
 *   the row follows `before`, the neighbour the user dropped it under.
 * - A neighbour that no longer exists is ignored: with `before` gone, the row goes directly
 *   above `after`. With both gone there is nothing to anchor to, which throws a RangeError.
 * `movedId` need not be in the list yet, so the same rule places a new row.
 */
export function rebaseMove(
  currentKeys: readonly OrderingKeyItem[],
  movedId: string,
  beforeId: string | null,
  afterId: string | null,
): string {
  if (beforeId === movedId || afterId === movedId) {
    throw new RangeError(`Row ${movedId} cannot be its own neighbour`);
  }
  // Sorted defensively: the rule relies on the order of the keys, not of the array received.
  const rest = currentKeys
    .filter((item) => item.id !== movedId)
    .map((item) => item.key)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyOf = (id: string) => currentKeys.find((item) => item.id === id && item.id !== movedId)?.key;
  const successorOf = (key: string | null) => rest.find((k) => key === null || k > key) ?? null;
  const predecessorOf = (key: string | null) =>
    [...rest].reverse().find((k) => key === null || k < key) ?? null;

  const beforeKey = beforeId === null ? null : keyOf(beforeId);
  if (beforeKey !== undefined) return keyBetween(beforeKey, successorOf(beforeKey));

  const afterKey = afterId === null ? null : keyOf(afterId);
  if (afterKey === undefined) {
    throw new RangeError(`Neither neighbour of ${movedId} (${beforeId}, ${afterId}) exists any more`);
  }
  return keyBetween(predecessorOf(afterKey), afterKey);
}
