import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SCALE, writeContractOverview, writeUsageOverview } from './kitos-export-generator';

/**
 * `pnpm bench --only import [--db pglite|postgresql|both]`: a KITOS usage overview of 1,500
 * usages with 6,000 relations and a contract overview of 400 contracts, generated with exceljs and
 * imported through the service the command line uses, each database fresh, in a child process
 * whose memory is sampled (bench/import/import-run.ts). Targets (issue 15 §7): ≤ 30 s on PGlite,
 * ≤ 20 s on PostgreSQL, peak ≤ 500 MB. Reported, not asserted: the machine is shared.
 */
const TARGET_MS = { pglite: 30_000, postgresql: 20_000 } as const;
const TARGET_PEAK_MB = 500;
const PG_URL = process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/test';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};

/** A fresh, empty PostgreSQL database for the run. */
async function freshPostgres(): Promise<string> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS overblik_bench_import WITH (FORCE)');
  await admin.query('CREATE DATABASE overblik_bench_import');
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = '/overblik_bench_import';
  return url.toString();
}

async function main() {
  const db = arg('db', 'both');
  const kinds = (db === 'both' ? ['pglite', 'postgresql'] : [db]) as (keyof typeof TARGET_MS)[];
  const dir = mkdtempSync(path.join(tmpdir(), 'overblik-import-bench-'));
  const usages = path.join(dir, 'kitos-usages.xlsx');
  const contracts = path.join(dir, 'kitos-contracts.xlsx');
  await writeUsageOverview(usages);
  await writeContractOverview(contracts);
  const results = [];
  for (const kind of kinds) {
    const target = kind === 'pglite' ? path.join(dir, 'pglite') : await freshPostgres();
    const run = (...args: string[]) =>
      spawnSync(
        process.execPath,
        [...process.execArgv, path.join(__dirname, 'import-run.ts'), target, ...args],
        {
          encoding: 'utf8',
          maxBuffer: 16 * 1024 * 1024,
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
    if (run('--prepare').status !== 0) throw new Error(`The ${kind} database could not be prepared.`);
    const load = loadavg().map((l) => Math.round(l * 100) / 100);
    const child = run(usages, contracts);
    if (child.status !== 0) throw new Error(`The ${kind} import run failed (exit ${child.status}).`);
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
      baselineRssMb: number;
      results: { kind: string; ms: number; peakRssMb: number; errors: number; created: number }[];
      integrations: number;
      coverage: number;
    };
    const totalMs = report.results.reduce((n, r) => n + r.ms, 0);
    const peakRssMb = Math.max(...report.results.map((r) => r.peakRssMb));
    results.push({
      case: 'KITOS import (1,500 usages, 6,000 relations, 400 contracts)',
      database: kind,
      loadAverageBefore: load,
      loadAverageAfter: loadavg().map((l) => Math.round(l * 100) / 100),
      scale: SCALE,
      ...report,
      totalMs,
      peakRssMb,
      targets: { ms: TARGET_MS[kind], peakRssMb: TARGET_PEAK_MB },
      timeMet: totalMs <= TARGET_MS[kind],
      memoryMet: peakRssMb <= TARGET_PEAK_MB,
    });
    for (const r of report.results)
      console.log(
        `${kind.padEnd(10)} import ${r.kind.padEnd(18)} ${String(r.ms).padStart(6)} ms  created ${r.created}  errors ${r.errors}  peak RSS ${r.peakRssMb} MB`,
      );
    console.log(
      `${kind.padEnd(10)} import total ${totalMs} ms (target ${TARGET_MS[kind]}), peak RSS ${peakRssMb} MB (baseline ${report.baselineRssMb} MB, target ${TARGET_PEAK_MB}); ${report.integrations} integrations, ${report.coverage} coverages; load average ${load.join(' ')}`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  const out = path.join(__dirname, '..', 'results');
  mkdirSync(out, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(
    path.join(out, `import-${stamp}.json`),
    JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2),
  );
  console.log(`\nWrote bench/results/import-${stamp}.json`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
