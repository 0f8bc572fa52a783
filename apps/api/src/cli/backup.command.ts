import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeBackup } from '../backup/backup-archive';
import { runningServer, type Handoff } from '../backup/backup-handoff';
import { BACKUP_PATH } from '../backup/backup-listener';
import type { AppConfig } from '../config';
import { openDatabase } from '../db/database';
import { callerPath, CliUsageError, type ParsedArgs } from './cli-args';
import type { CommandResult } from './import.command';

export const BACKUP_USAGE = 'pnpm overblik backup --out <folder>';

export const POSTGRES_BACKUP =
  "Overblik runs on PostgreSQL (DATABASE_URL): back it up with PostgreSQL's own tools while it runs, e.g. " +
  'pg_dump --format=custom --file=overblik-$(date +%F).dump "$DATABASE_URL" (README, "Backing up and moving an organisation").';

async function throughServer(server: Handoff): Promise<Buffer> {
  let res: Response;
  try {
    res = await fetch(`http://127.0.0.1:${server.port}${BACKUP_PATH}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}` },
    });
  } catch {
    throw new Error(
      `The Overblik server (process ${server.pid}) owns the data folder, but its backup listener on 127.0.0.1:${server.port} does not answer.`,
    );
  }
  if (!res.ok) throw new Error(`The Overblik server refused the backup (HTTP ${res.status}).`);
  return Buffer.from(await res.arrayBuffer());
}

async function fromFolder(dataDir: string): Promise<Buffer> {
  const db = await openDatabase({ dataDir });
  try {
    return await db.snapshot!();
  } finally {
    await db.close();
  }
}

/**
 * `pnpm overblik backup --out <folder>`: a consistent copy of the embedded database (ADR 0040).
 * While a server runs, the server takes it (it owns the folder) and goes on serving; otherwise the
 * command opens the folder itself. The file is a gzipped tarball of the data folder.
 */
export async function runBackup(config: AppConfig, args: ParsedArgs): Promise<CommandResult> {
  const out = args.options.out;
  if (!out || out === 'true') throw new CliUsageError('--out is required.', BACKUP_USAGE);
  if (config.databaseUrl) return { lines: [POSTGRES_BACKUP], exitCode: 1 };
  const server = runningServer(config.dataDir);
  if (!server && !existsSync(path.join(config.dataDir, 'PG_VERSION'))) {
    return {
      lines: [`There is no embedded database in ${config.dataDir} (OVERBLIK_DATA_DIR).`],
      exitCode: 1,
    };
  }
  const folder = callerPath(out);
  mkdirSync(folder, { recursive: true });
  const at = new Date();
  const tarball = server ? await throughServer(server) : await fromFolder(config.dataDir);
  const file = await writeBackup(folder, tarball, at);
  const mb = (tarball.length / 1024 / 1024).toFixed(1);
  const how = server
    ? `taken by the running server (process ${server.pid})`
    : 'read from the stopped data folder';
  return {
    lines: [
      `Backup written: ${file} (${mb} MB, ${how}).`,
      `Restore it with: pnpm overblik restore-backup --from ${file} [--data-dir <empty folder>]`,
    ],
    exitCode: 0,
  };
}
