import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../db/database';
import type { Logger } from '../shared/logger';
import { removeHandoff, writeHandoff } from './backup-handoff';

export const BACKUP_PATH = '/backup';

const sameToken = (given: string, token: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * The embedded database's backup door (ADR 0040): a listener of its own on 127.0.0.1 and a random
 * port, apart from the public one, so no proxy, forwarded address or public route reaches it.
 * `POST /backup` with the token from the handoff file answers a consistent gzipped tarball of the
 * data folder, taken while the server goes on serving. Returns the function that closes it.
 */
export async function startBackupListener(
  db: Database,
  dataDir: string,
  logger: Logger,
): Promise<() => Promise<void>> {
  const snapshot = db.snapshot;
  if (!snapshot) throw new Error('Only the embedded database has a backup listener.');
  const token = randomBytes(32).toString('base64url');
  const server = http.createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    if (req.method !== 'POST' || req.url !== BACKUP_PATH) {
      res.writeHead(404).end();
      return;
    }
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
      res.writeHead(401).end();
      return;
    }
    const started = Date.now();
    snapshot().then(
      (tarball) => {
        logger.info({ bytes: tarball.length, ms: Date.now() - started }, 'backup taken');
        res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': tarball.length });
        res.end(tarball);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'backup failed');
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  writeHandoff(dataDir, { pid: process.pid, port: (server.address() as AddressInfo).port, token });
  return async () => {
    removeHandoff(dataDir);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
