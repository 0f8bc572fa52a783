// Browser tests use Debian's Chromium headless shell (Playwright's own browser download is not
// reachable here). Installs it with apt when missing and we are root; otherwise explains what to do.
// The headless shell is Chromium's renderer without the browser UI: the same Blink and V8, and
// about 40 % less CPU per journey than the full browser in headless mode (ADR 0016).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium-headless-shell';
const path = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
if (!existsSync(path)) {
  if (path === DEFAULT_CHROMIUM_PATH && process.getuid?.() === 0) {
    console.log('Installing Debian chromium-headless-shell for the browser tests…');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell',
      { stdio: 'inherit' },
    );
  } else {
    console.error(
      `Chromium not found at ${path}. Install it (sudo apt-get install chromium-headless-shell) or set CHROMIUM_PATH to a Chrome/Chromium binary.`,
    );
    process.exit(1);
  }
}
