// The README's test command: every suite, then one closing line CI can read ("N passed, N failed").
// jest (domain, api, web) on PGlite; the api suite again on PostgreSQL when DATABASE_URL is set;
// then the Playwright journeys in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const env = {
  ...process.env,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
};
let passed = 0;
let failed = 0;
let ok = true;

/**
 * @param {string} label
 * @param {string[]} args
 * @param {Record<string, string>} [extraEnv]
 */
function jest(label, args, extraEnv) {
  const report = `/tmp/overblik-jest-${process.pid}-${label}.json`;
  console.log(`\n=== jest: ${label} ===`);
  // Two workers: jest's default (cores − 1) leaves one of CI's two cores idle while a PGlite test
  // file, single-threaded WASM, keeps the other busy; every file has a database of its own.
  const run = spawnSync('npx', ['jest', '--maxWorkers=2', '--json', `--outputFile=${report}`, ...args], {
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed += result.numPassedTests;
    failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
    rmSync(report);
  } catch {
    failed += 1;
  }
  if (run.status !== 0) ok = false;
}

const { DATABASE_URL } = process.env;
jest('pglite', [], { DATABASE_URL: '' });
if (DATABASE_URL) jest('postgresql', ['--selectProjects', 'api'], { DATABASE_URL });

if (process.env.SKIP_E2E !== '1') {
  console.log('\n=== playwright ===');
  if (spawnSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' }).status !== 0) ok = false;
  const report = `/tmp/overblik-pw-${process.pid}.json`;
  const run = spawnSync('npx', ['playwright', 'test', '--reporter=list,json'], {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  try {
    const stats = JSON.parse(readFileSync(report, 'utf8')).stats;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  } catch {
    failed += 1;
  }
  if (run.status !== 0) ok = false;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
