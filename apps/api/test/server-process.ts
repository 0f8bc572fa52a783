import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../src/config';

const API = path.join(REPO_ROOT, 'apps/api');

/** Compiles the production build (apps/api/dist) once per test file: the tests run what production runs. */
export function buildProduction(): void {
  execFileSync(process.execPath, ['build.mjs'], { cwd: API, stdio: 'ignore' });
}

export interface ServerProcess {
  child: ChildProcess;
  /** Parsed JSON log lines so far. */
  lines: Record<string, unknown>[];
  stderr(): string;
  /** Resolves with the first log line that `match` accepts. */
  line(match: (l: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resolves with the URL once the server listens. */
  listening(): Promise<string>;
  exited: Promise<number | null>;
}

/** `node apps/api/dist/main.js` in production mode on a random port, with `env` added. */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: API,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: '0',
      LOG_LEVEL: 'info',
      OVERBLIK_DEMO: 'off',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let err = '';
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const part of parts) {
      if (!part.trim()) continue;
      try {
        lines.push(JSON.parse(part) as Record<string, unknown>);
      } catch {
        lines.push({ text: part });
      }
    }
    for (const w of waiters.splice(0)) w();
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // A fresh embedded database applies every migration before it listens: ~50 s on a loaded 2-core machine.
  const line = (match: (l: Record<string, unknown>) => boolean, timeoutMs = 90_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no such log line; got ${JSON.stringify(lines)} ${err}`)),
        timeoutMs,
      );
      const check = () => {
        const found = lines.find(match);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(check);
      };
      void exited.then(() => {
        if (!lines.find(match)) {
          clearTimeout(timer);
          reject(new Error(`exited; got ${JSON.stringify(lines)} ${err}`));
        }
      });
      check();
    });
  return {
    child,
    lines,
    stderr: () => err,
    line,
    listening: async () => `http://127.0.0.1:${Number((await line((l) => l.msg === 'listening')).port)}`,
    exited,
  };
}
