import { chromium, type Browser } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../apps/api/src/db/database';

/**
 * `tsx bench/landscape-render.ts [--skip-build] [--runs n] [--only name] [--before dir]`
 * The landscape graph in headless Debian Chromium without a GPU: (a) navigation → interactive (the
 * canvas sets data-ready when Cytoscape drew the graph at its precomputed positions; read from
 * the page's own performance mark, relative to navigation start) and (b) pan frame time (the graph fitted to the
 * screen, then panned every animation frame for 2 s). Independent of bench/run.ts; targets are
 * reported, not asserted.
 *
 * The first visit in a browser computes the layout (ELK, in a worker); later visits read it from
 * the per-data-version cache. Both are reported: `firstVisitMs` (one fresh browser context) and
 * the median of the cached runs. `--before dir` also measures another build of the web app (for
 * example `vite build --outDir dir` at an earlier commit) against the same databases in the same
 * run, alternating with this one, and reports after/before ratios.
 */
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const REPO_ROOT = path.resolve(__dirname, '..');
const DEMO_PASSWORD = 'overblik-demo';
const RUNS = Number(arg('runs', '3'));
const ONLY = arg('only', '');
const TARGETS = { interactiveMs: 2000, panFrameMs: 33 };
// Outside any dot-folder: express's sendFile refuses paths through one (such as .data/).
const WEB_DIST = process.env.BENCH_WEB_DIST ?? path.join(tmpdir(), 'overblik-bench-web');
const BEFORE_DIST = arg('before', '');

// The API's modules (decorators) are loaded only after the tsconfig check below, hence dynamic imports.
const LANDSCAPES: { name: string; user: string; open(): Promise<Database> }[] = [
  {
    name: 'demo (Norddal)',
    user: 'systemejer@norddal.dk',
    open: async () => (await import('./landscape-xl-database')).demoBenchDatabase(),
  },
  {
    name: 'large (1,500 usages)',
    user: 'bench@storby.dk',
    open: async () => (await import('./bench-database')).benchDatabase('pglite', 'large'),
  },
  {
    name: '5,000 nodes',
    user: 'bench@kaempeby.dk',
    open: async () => (await import('./landscape-xl-database')).xlBenchDatabase(),
  },
];

const round = (n: number) => Math.round(n * 10) / 10;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

interface Phases {
  /** The landscape query's response received (the largest GraphQL response). */
  dataMs: number;
  /** Data handled, layout back from the worker: Cytoscape starts building. */
  canvasStartMs: number;
}
// Where the time to interactive goes, all relative to navigation start.
const PHASES_SCRIPT = `(() => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const gql = performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql'));
  gql.sort((a, b) => b.transferSize - a.transferSize || b.duration - a.duration);
  return { ready: mark('landscape-ready'), canvasStartMs: mark('landscape-canvas-start'), dataMs: gql[0]?.responseEnd ?? NaN };
})()`;

// Runs in the page. A string, because tsx's helpers (__name) do not exist there. Fits the graph,
// then pans back and forth every animation frame for 2 s and returns the frame-to-frame times.
const PAN_SCRIPT = `(async () => {
  const cy = window.__overblikCy;
  cy.fit();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const deltas = [];
  await new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    let step = 0;
    const frame = (now) => {
      if (step > 0) deltas.push(now - last);
      last = now;
      step += 1;
      cy.panBy({ x: Math.sin(step / 15) * 12, y: Math.cos(step / 15) * 8 });
      if (now - start < 2000) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
  return { deltas, nodes: cy.nodes().length, edges: cy.edges().length };
})()`;

async function measureLandscape(browser: Browser, url: string, user: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'da-DK' });
  const signIn = await context.request.post(`${url}/graphql`, {
    data: {
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: user, p: DEMO_PASSWORD },
    },
  });
  if (!signIn.ok() || (await signIn.text()).includes('"errors"'))
    throw new Error(`sign-in failed for ${user}`);
  const interactive: number[] = [];
  const phases: Phases[] = [];
  const pans: { mean: number; p95: number; frames: number }[] = [];
  let graph = { nodes: 0, edges: 0 };
  let firstVisitMs = NaN;
  // One first visit (no layout cached; it also warms server caches), then measured runs, each in a fresh page.
  for (let run = 0; run <= RUNS; run++) {
    const page = await context.newPage();
    await page.goto(`${url}/landskab?bench=1`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 120_000 });
    const { ready, ...timing } = await page.evaluate<{ ready: number } & Phases>(PHASES_SCRIPT);
    const pan = await page.evaluate<{ deltas: number[]; nodes: number; edges: number }>(PAN_SCRIPT);
    await page.close();
    graph = { nodes: pan.nodes, edges: pan.edges };
    if (run === 0) {
      firstVisitMs = round(ready);
      continue;
    }
    interactive.push(ready);
    phases.push({
      dataMs: round(timing.dataMs),
      canvasStartMs: round(timing.canvasStartMs),
    });
    const sorted = [...pan.deltas].sort((a, b) => a - b);
    pans.push({
      mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
      p95: percentile(sorted, 95),
      frames: sorted.length,
    });
  }
  await context.close();
  return {
    ...graph,
    firstVisitMs,
    interactiveMs: {
      runs: interactive.map(round),
      median: round(median(interactive)),
      // Medians of the phases: data received, then layout and React, then Cytoscape's first frame.
      dataMs: round(median(phases.map((p) => p.dataMs))),
      canvasStartMs: round(median(phases.map((p) => p.canvasStartMs))),
    },
    panFrameMs: {
      runs: pans.map((p) => ({ mean: round(p.mean), p95: round(p.p95), frames: p.frames })),
      mean: round(median(pans.map((p) => p.mean))),
      p95: round(median(pans.map((p) => p.p95))),
    },
  };
}

async function main() {
  process.env.RATE_LIMIT_PER_MINUTE = '10000000';
  const { createApp } = await import('../apps/api/src/app');
  const { readConfig } = await import('../apps/api/src/config');
  if (!process.argv.includes('--skip-build')) {
    // Built apart from apps/web/dist, so a running e2e build is never disturbed.
    execFileSync(
      'node_modules/.bin/vite',
      ['build', '--logLevel', 'warn', '--outDir', WEB_DIST, '--emptyOutDir'],
      {
        cwd: path.join(REPO_ROOT, 'apps/web'),
        stdio: 'inherit',
      },
    );
  }
  const browser = await chromium.launch({
    // The browser the journeys use (ADR 0016); CHROMIUM_PATH picks another, such as the full browser.
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const variants = [
    ...(BEFORE_DIST ? [{ name: 'before', dist: BEFORE_DIST }] : []),
    { name: BEFORE_DIST ? 'after' : 'this build', dist: WEB_DIST },
  ];
  const results = [];
  for (const landscape of LANDSCAPES.filter((l) => l.name.includes(ONLY))) {
    const db = await landscape.open();
    for (const variant of variants) {
      const app = await createApp({ ...readConfig(), production: true, webDist: variant.dist }, db);
      const server = app.express.listen(0);
      await new Promise<void>((r) => server.once('listening', () => r()));
      const url = `http://localhost:${(server.address() as AddressInfo).port}`;
      try {
        const r = await measureLandscape(browser, url, landscape.user);
        results.push({
          landscape: landscape.name,
          variant: variant.name,
          ...r,
          interactiveMet: r.interactiveMs.median <= TARGETS.interactiveMs,
          panMet: r.panFrameMs.p95 <= TARGETS.panFrameMs,
        });
      } catch (error) {
        console.error(`${landscape.name} (${variant.name}) failed: ${(error as Error).message}`);
        results.push({ landscape: landscape.name, variant: variant.name, error: (error as Error).message });
      }
      server.close();
      await app.stop();
    }
    await db.close();
  }
  await browser.close();
  const ok = (met: boolean) => (met ? 'ok' : 'MISSED');
  console.log(
    `\n${'landscape'.padEnd(22)} ${'variant'.padEnd(10)} ${'nodes'.padStart(6)} ${'edges'.padStart(6)}  first visit   interactive (≤ ${TARGETS.interactiveMs} ms)   pan mean / p95 (≤ ${TARGETS.panFrameMs} ms)`,
  );
  for (const r of results) {
    if ('error' in r) {
      console.log(`${r.landscape.padEnd(22)} ${r.variant.padEnd(10)} error: ${r.error}`);
      continue;
    }
    console.log(
      `${r.landscape.padEnd(22)} ${r.variant.padEnd(10)} ${String(r.nodes).padStart(6)} ${String(r.edges).padStart(6)}  ${`${r.firstVisitMs} ms`.padStart(10)}  ${`${r.interactiveMs.median} ms`.padStart(10)} ${ok(r.interactiveMet).padEnd(7)} (data ${r.interactiveMs.dataMs}, canvas ${r.interactiveMs.canvasStartMs}) ${`${r.panFrameMs.mean} / ${r.panFrameMs.p95} ms`.padStart(16)} ${ok(r.panMet)}`,
    );
  }
  // After ÷ before for each landscape measured both ways (below 1: faster).
  const ratios = [];
  for (const after of results) {
    const before = results.find((r) => r.landscape === after.landscape && r.variant === 'before');
    if (after.variant !== 'after' || !before || 'error' in after || 'error' in before) continue;
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    ratios.push({
      landscape: after.landscape,
      firstVisit: ratio(after.firstVisitMs, before.firstVisitMs),
      interactive: ratio(after.interactiveMs.median, before.interactiveMs.median),
      panMean: ratio(after.panFrameMs.mean, before.panFrameMs.mean),
      panP95: ratio(after.panFrameMs.p95, before.panFrameMs.p95),
    });
  }
  for (const r of ratios)
    console.log(
      `${r.landscape.padEnd(22)} after/before: first visit ×${r.firstVisit}, interactive ×${r.interactive}, pan mean ×${r.panMean}, p95 ×${r.panP95}`,
    );
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `landscape-render-${stamp}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      { at: new Date().toISOString(), node: process.version, targets: TARGETS, runs: RUNS, results, ratios },
      null,
      2,
    ),
  );
  console.log(`\nWrote ${path.relative(REPO_ROOT, file)}`);
}

// Run from the repository root, tsx finds no tsconfig and the API's decorators fail to compile: run
// again with the API's tsconfig (the npm script in apps/api needs no such help).
if (!process.env.TSX_TSCONFIG_PATH) {
  const again = spawnSync(process.execPath, process.execArgv.concat(process.argv.slice(1)), {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(REPO_ROOT, 'apps/api/tsconfig.json') },
  });
  process.exit(again.status ?? 1);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
