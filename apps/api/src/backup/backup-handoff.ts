import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * How `pnpm overblik backup` finds the server that owns an embedded data folder (ADR 0040): the
 * server writes `<folder>.server.json` beside the folder (not in it, so no backup carries it) with
 * its process id, the loopback port of its backup listener and a random token, readable by the
 * operating-system user that runs it only. Whoever can read that file can read the folder anyway.
 */
export interface Handoff {
  pid: number;
  port: number;
  token: string;
}

export function handoffPath(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.server.json`);
}

export function writeHandoff(dataDir: string, handoff: Handoff): void {
  writeFileSync(handoffPath(dataDir), JSON.stringify(handoff), { mode: 0o600 });
}

export function removeHandoff(dataDir: string, pid = process.pid): void {
  // Only our own: a second server refused at start must not remove the running one's file.
  if (readHandoff(dataDir)?.pid === pid) rmSync(handoffPath(dataDir), { force: true });
}

export function readHandoff(dataDir: string): Handoff | null {
  try {
    const parsed = JSON.parse(readFileSync(handoffPath(dataDir), 'utf8')) as Partial<Handoff>;
    if (typeof parsed.pid !== 'number' || typeof parsed.port !== 'number' || typeof parsed.token !== 'string')
      return null;
    return parsed as Handoff;
  } catch {
    return null;
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as { code?: string }).code === 'EPERM';
  }
};

/** The running server that owns the folder, or null (no file, or one a crashed server left behind). */
export function runningServer(dataDir: string): Handoff | null {
  const handoff = readHandoff(dataDir);
  return handoff && alive(handoff.pid) ? handoff : null;
}
