import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A long list for GraphQL to complete in turns of the event loop (ADR 0031). graphql-js completes
 * a list of plain values in one synchronous run: the whole landscape (1,500 nodes, 6,000 edges,
 * ~80,000 fields) held the loop, and /healthz with it, for a second on a busy machine. Here every
 * item after the first `size` is a promise that resolves one loop turn after the previous batch,
 * so other requests are served between batches. The answer is the same list in the same order.
 */
export function inTurns<T>(items: readonly T[], size = 250): (T | Promise<T>)[] {
  const out: (T | Promise<T>)[] = items.slice(0, size);
  let turn: Promise<unknown> = Promise.resolve();
  for (let start = size; start < items.length; start += size) {
    turn = turn.then(() => nextTurn());
    const ready = turn;
    for (const item of items.slice(start, start + size)) out.push(ready.then(() => item));
  }
  return out;
}

/** Lets the event loop serve others before the next slice of a long synchronous job. */
export const yieldTurn = (): Promise<void> => nextTurn();
