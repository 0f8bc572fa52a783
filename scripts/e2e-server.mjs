// Starts the app for the browser journeys: the API in production mode on a fresh embedded database
// (seeded with the demo data on first start), while the web app builds beside it. Both are
// CPU-bound and take about as long, so building during the API's start saves one of the two from
// the e2e stage. The build goes to a scratch folder and is renamed into place when complete: the
// API serves whatever is there per request, and Playwright waits for the app shell (not /healthz),
// so no journey starts before every chunk is written. Uses the local binaries directly so it works
// whether or not pnpm is on PATH.
import { execFileSync, spawn } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';

// Per port, so two runs side by side never share a database or a build.
const port = process.env.PORT ?? '4310';
const dataDir = `.data/e2e-${port}`;
const webDist = `.data/e2e-web-${port}`;
const webBuild = `${webDist}.building`;
// A killed run leaves its backup handoff file beside the folder (ADR 0040).
for (const dir of [dataDir, `${dataDir}.server.json`, webDist, webBuild])
  rmSync(dir, { recursive: true, force: true });

// The production start itself (ADR 0030): compiled JavaScript, no tsx at run time. Compiling takes
// about two seconds.
execFileSync(process.execPath, ['build.mjs'], { cwd: 'apps/api', stdio: 'inherit' });
const api = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
  cwd: 'apps/api',
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    // Always the fresh embedded database: CI sets DATABASE_URL for the API suite, and a shared
    // PostgreSQL database would carry one run's changes into the next.
    DATABASE_URL: '',
    OVERBLIK_DATA_DIR: dataDir,
    OVERBLIK_WEB_DIST: webDist,
    RATE_LIMIT_PER_MINUTE: '100000',
    // Test-only: every journey seeds its own organisations through POST /e2e/worlds (ADR 0016).
    OVERBLIK_E2E_FIXTURES: '1',
    // Production needs a key to store identity-provider secrets (the single sign-on journey saves one).
    OVERBLIK_SECRET_KEY: 'e2e-only-secret-key-0123456789abcdef',
  },
});
const stop = () => api.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
let buildFailed = false;
api.on('exit', (code) => process.exit(buildFailed ? 1 : (code ?? 0)));

// No source maps: nobody reads them here, and they were a third of the build's time.
const build = spawn(
  'node_modules/.bin/vite',
  ['build', '--logLevel', 'warn', '--sourcemap', 'false', '--outDir', `../../${webBuild}`, '--emptyOutDir'],
  { cwd: 'apps/web', stdio: 'inherit' },
);
build.on('exit', (code) => {
  if (code === 0) return renameSync(webBuild, webDist);
  console.error(`The web build failed (exit code ${code}).`);
  buildFailed = true;
  stop();
});
