import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

/**
 * A second Overblik installation for the go-live journey: an empty embedded database that the
 * real `overblik init` command sets up, and the real server started on it in production mode with
 * SMTP pointed at a local test peer. It serves the web build the shared journey server made.
 */

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'apps/api/node_modules/.bin/tsx');

export interface Mail {
  to: string[];
  /** The message as sent, with quoted-printable soft line breaks and escapes undone. */
  text: string;
}

/** A local SMTP peer on a random port that keeps every message it receives. */
export async function startMailCatcher() {
  const received: Mail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        const text = raw
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), text });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The first link to this installation in the newest mail to `to`. */
    linkTo(to: string, baseUrl: string): string | null {
      const mail = received.filter((m) => m.to.includes(to)).at(-1);
      const escaped = baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return mail?.text.match(new RegExp(`${escaped}/[^\\s"<>]+`))?.[0] ?? null;
    },
    close: () => new Promise<void>((r) => smtp.close(() => r())),
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function run(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, args, { cwd: path.join(ROOT, 'apps/api'), env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** An empty installation: its folder, its URL, and the environment both the command and the server use. */
export async function anEmptyInstallation(smtpUrl: string) {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const dataDir = path.join(ROOT, `.data/go-live-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: '',
    OVERBLIK_DATA_DIR: dataDir,
    // The shared journey server's build (scripts/e2e-server.mjs), ready once Playwright starts.
    OVERBLIK_WEB_DIST: path.join(ROOT, `.data/e2e-web-${process.env.E2E_PORT ?? 4310}`),
    OVERBLIK_E2E_FIXTURES: '',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    SMTP_URL: smtpUrl,
    RATE_LIMIT_PER_MINUTE: '100000',
  };
  let server: ReturnType<typeof spawn> | null = null;
  return {
    baseUrl,
    /** Runs `overblik <args>` on this installation's database (with the server stopped: PGlite has one owner). */
    command: (args: string[]) => run(['src/cli/overblik.ts', ...args], env),
    async start() {
      server = spawn(TSX, ['src/main.ts'], { cwd: path.join(ROOT, 'apps/api'), env, stdio: 'ignore' });
      for (let i = 0; i < 120; i++) {
        const up = await fetch(`${baseUrl}/readyz`).then(
          (r) => r.ok,
          () => false,
        );
        if (up) return;
        await new Promise((r) => setTimeout(r, 500));
      }
      throw new Error(`The installation did not start on ${baseUrl}`);
    },
    async stop() {
      const running = server;
      if (running && running.exitCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        running.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
