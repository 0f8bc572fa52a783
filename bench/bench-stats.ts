/** Latency statistics for the benchmark report. */
export interface LatencyStats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function latencyStats(samplesMs: number[]): LatencyStats {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    n: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
  };
}

/**
 * Runs `task` `total` times split over `workers` concurrent loops; returns latencies and req/s.
 * `prepare`, when given, runs before each task outside the timed span.
 */
export async function measure(
  task: () => Promise<unknown>,
  total: number,
  workers: number,
  prepare?: () => Promise<unknown>,
) {
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < total) {
        next += 1;
        if (prepare) await prepare();
        const t0 = performance.now();
        await task();
        samples.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { latency: latencyStats(samples), reqPerSec: Math.round((total / seconds) * 10) / 10 };
}
