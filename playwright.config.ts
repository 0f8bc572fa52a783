import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4310);

/**
 * Browser journeys in Debian's Chromium headless shell (Playwright's own browser download is
 * unreachable here; scripts/ensure-chromium.mjs installs it).
 * The app runs as in production: built web app served by the API, fresh embedded database with
 * the demo data (scripts/e2e-server.mjs). Every journey seeds its own organisations (ADR 0016), so
 * they run in parallel and in any order.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  // Two workers on a two-core machine shared with the server: a page can take longer than 10 s.
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    // A trace's screencast and DOM snapshots doubled the journeys' CPU on this 2-core machine, so
    // traces are opt-in (E2E_TRACE=1, e.g. to rerun a failing journey); a failure still leaves a
    // screenshot and the page's accessibility snapshot (error-context.md) in test-results/.
    trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // The app honours reduced motion (theme.respectReducedMotion): no transitions to wait out.
    reducedMotion: 'reduce',
    launchOptions: {
      // The headless shell, as Playwright itself uses for headless runs: the full browser in headless
      // mode spent ~60 % more CPU on the same journeys (ADR 0016).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    // The app shell, not /healthz: the API answers before the web build beside it has landed.
    url: `http://localhost:${PORT}/sign-in`,
    timeout: 240_000,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(PORT) },
    stdout: 'pipe',
  },
});
