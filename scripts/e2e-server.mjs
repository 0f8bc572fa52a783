// Starts the app for the browser journeys: builds the web app, then runs the API in production
// mode on a fresh embedded database (seeded with the demo data on first start). Uses the local
// binaries directly so it works whether or not pnpm is on PATH.
import { execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

// Per port, so two runs side by side never share a database or a build.
const port = process.env.PORT ?? '4310';
const dataDir = `.data/e2e-${port}`;
const webDist = `.data/e2e-web-${port}`;
rmSync(dataDir, { recursive: true, force: true });
execFileSync(
  'node_modules/.bin/vite',
  ['build', '--logLevel', 'warn', '--outDir', `../../${webDist}`, '--emptyOutDir'],
  { cwd: 'apps/web', stdio: 'inherit' },
);
const api = spawn('node_modules/.bin/tsx', ['src/main.ts'], {
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
  },
});
const stop = () => api.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
api.on('exit', (code) => process.exit(code ?? 0));
