/**
 * Deterministic randomness for seed data. The synthetic profiles must yield the same rows on every
 * run (benchmarks compare like with like, tests compare two runs), so nothing here reads
 * Math.random or the clock: everything derives from one 32-bit seed.
 */

/** mulberry32: tiny, fast and good enough for picking demo values (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    sample(items, count) {
      // Partial Fisher–Yates on a copy: O(count) swaps, no bias.
      const copy = [...items];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
}

/** Stable 32-bit hash of a string (FNV-1a), to derive sub-seeds such as one per municipality. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Deterministic UUIDs: the stream number in the first group, a counter in the last. Unique by
 * construction (no birthday risk across the ~10^6 ids of the national profile, which ids drawn from
 * 32-bit PRNG streams would carry), and ascending, which keeps index inserts cheap.
 */
export function sequentialIds(stream: number): () => string {
  const head = (stream >>> 0).toString(16).padStart(8, '0');
  let counter = 0;
  return () => {
    counter += 1;
    return `${head}-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
  };
}
