import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** A backup's file name; names sort in time order, so the newest in a folder is the last. */
export const BACKUP_PATTERN = /^overblik-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.tar\.gz$/;

export function backupFileName(at: Date): string {
  return `overblik-backup-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z.tar.gz`;
}

/** Writes beside the target first: an interrupted backup never looks like a finished one. */
export async function writeBackup(dir: string, tarball: Buffer, at = new Date()): Promise<string> {
  const file = path.join(dir, backupFileName(at));
  await writeFile(`${file}.partial`, tarball);
  await rename(`${file}.partial`, file);
  return file;
}

/** `--from` names a backup file, or a folder whose newest backup is meant; null when there is none. */
export function resolveBackupFile(from: string): string | null {
  if (!existsSync(from)) return null;
  if (!statSync(from).isDirectory()) return from;
  const newest = readdirSync(from)
    .filter((name) => BACKUP_PATTERN.test(name))
    .sort()
    .at(-1);
  return newest ? path.join(from, newest) : null;
}

export const isEmptyFolder = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0;

/** The backup is not a data folder of Overblik's: nothing was changed. */
export class NotABackup extends Error {}

/**
 * Unpacks a backup into a new folder beside `dataDir`, starts PGlite on it once (which replays the
 * WAL the copy carries) and checks it is Overblik's, then moves it into place. Until then nothing at
 * `dataDir` changes; a folder there that is not empty is moved to `aside` (the caller's --force).
 */
export async function restoreBackup(
  file: string,
  dataDir: string,
  aside: string | null,
): Promise<{ migrations: number }> {
  const staging = `${dataDir}.restoring`;
  await rm(staging, { recursive: true, force: true });
  let migrations: number;
  try {
    const pglite = new PGlite(staging, {
      extensions: { pg_trgm },
      loadDataDir: new Blob([await readFile(file)]),
    });
    try {
      await pglite.waitReady;
      const rows = await pglite.query<{ n: number }>('SELECT count(*)::int AS n FROM _overblik_migrations');
      migrations = rows.rows[0].n;
    } finally {
      await pglite.close().catch(() => undefined);
    }
  } catch {
    await rm(staging, { recursive: true, force: true });
    throw new NotABackup(`${file} is not a backup of Overblik's embedded database. Nothing was changed.`);
  }
  if (aside && !isEmptyFolder(dataDir)) await rename(dataDir, aside);
  else await rm(dataDir, { recursive: true, force: true });
  await rename(staging, dataDir);
  return { migrations };
}
