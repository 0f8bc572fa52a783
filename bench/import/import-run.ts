import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { openDatabase } from '../../apps/api/src/db/database';
import { runMigrations } from '../../apps/api/src/db/migrations';
import { kitosImportService } from '../../apps/api/src/modules/import/kitos-import.service';

/**
 * One database's import run, in a process of its own so its memory is the import's alone:
 * `tsx bench/import/import-run.ts <pglite-dir|postgresql-url> <usages.xlsx> <contracts.xlsx>`.
 * Prints one JSON line: per file the wall time, the report's counts and the peak RSS and heap
 * sampled every 20 ms while the import ran (the database too, for PGlite, which runs in-process).
 * `import-run.ts <target> --prepare` only creates the database and applies the migrations.
 */
async function main() {
  const [target, ...files] = process.argv.slice(2);
  const db = await openDatabase(target.startsWith('postgres') ? { url: target } : { dataDir: target });
  await runMigrations(db.sql);
  if (files[0] === '--prepare') {
    // Creates the database (PGlite's initdb) in a process of its own: a server opens an existing
    // data folder, and initdb's one-off memory is not the import's.
    await db.close();
    return;
  }
  const organisation = await db.prisma.organisation.create({
    data: { name: 'Bench Kommune', slug: `bench-import-${Date.now()}`, type: 'MUNICIPALITY' },
  });
  const ctx = { prisma: db.prisma, viewer: null, locale: 'da' as const };
  // What the process holds before the import (for PGlite, the database itself).
  const baselineRssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const results = [];
  for (const file of files) {
    const bytes = await readFile(file);
    let peakRss = 0;
    let peakHeap = 0;
    let peakExternal = 0;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakExternal = Math.max(peakExternal, m.external);
    };
    sample();
    const timer = setInterval(sample, 20);
    const started = performance.now();
    const report = await kitosImportService.importInto(ctx, organisation.id, bytes, {
      overrides: [],
      dryRun: false,
      mode: 'SKIP_BAD_ROWS',
    });
    const ms = Math.round(performance.now() - started);
    clearInterval(timer);
    sample();
    results.push({
      file: file.split('/').pop(),
      kind: report.kind,
      rows: report.lines.length,
      created: report.created,
      updated: report.updated,
      errors: report.errorCount,
      ms,
      peakRssMb: Math.round(peakRss / 1024 / 1024),
      peakHeapMb: Math.round(peakHeap / 1024 / 1024),
      peakExternalMb: Math.round(peakExternal / 1024 / 1024),
    });
  }
  const integrations = await db.prisma.integration.count({ where: { organisationId: organisation.id } });
  const coverage = await db.prisma.contractCoverage.count({
    where: { contract: { organisationId: organisation.id } },
  });
  await db.close();
  process.stdout.write(`${JSON.stringify({ baselineRssMb, results, integrations, coverage })}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
