import { isEmptyFolder, NotABackup, resolveBackupFile, restoreBackup } from '../backup/backup-archive';
import { runningServer } from '../backup/backup-handoff';
import type { AppConfig } from '../config';
import { callerPath, CliUsageError, type ParsedArgs } from './cli-args';
import type { CommandResult } from './import.command';

export const RESTORE_BACKUP_USAGE =
  'pnpm overblik restore-backup --from <backup file or folder> [--data-dir <folder>] [--force]';

const POSTGRES_RESTORE =
  'Overblik runs on PostgreSQL (DATABASE_URL): restore a pg_dump backup with pg_restore --no-owner ' +
  '--dbname="$NEW_DATABASE_URL" overblik-….dump (README). To restore an embedded backup, name its folder with --data-dir.';

/**
 * `pnpm overblik restore-backup`: puts a `backup` file in place as an embedded data folder, which
 * must be empty and no server's (--force moves a filled one aside, never deletes it). The backup is
 * unpacked and checked beside the folder first, so a bad file changes nothing.
 */
export async function runRestoreBackup(config: AppConfig, args: ParsedArgs): Promise<CommandResult> {
  const from = args.options.from;
  if (!from || from === 'true') throw new CliUsageError('--from is required.', RESTORE_BACKUP_USAGE);
  const typedDir = args.options['data-dir'];
  if (typedDir === 'true') throw new CliUsageError('--data-dir needs a folder.', RESTORE_BACKUP_USAGE);
  if (config.databaseUrl && !typedDir) return { lines: [POSTGRES_RESTORE], exitCode: 1 };
  const dataDir = typedDir ? callerPath(typedDir) : config.dataDir;
  const file = resolveBackupFile(callerPath(from));
  if (!file) throw new CliUsageError(`No backup found at ${callerPath(from)}.`, RESTORE_BACKUP_USAGE);

  const server = runningServer(dataDir);
  if (server) {
    return {
      lines: [
        `An Overblik server (process ${server.pid}) runs on ${dataDir}. Stop it first. Nothing was changed.`,
      ],
      exitCode: 1,
    };
  }
  const force = args.options.force === 'true';
  if (!isEmptyFolder(dataDir) && !force) {
    return {
      lines: [
        `${dataDir} is not empty. Nothing was changed.`,
        'Restore into an empty folder (--data-dir), or add --force to move the present folder aside first.',
      ],
      exitCode: 1,
    };
  }
  const aside = force ? `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}` : null;
  try {
    const { migrations } = await restoreBackup(file, dataDir, aside);
    return {
      lines: [
        `Restored ${file} into ${dataDir} (${migrations} migrations applied in it).`,
        ...(aside && !isEmptyFolder(aside) ? [`The folder that was there is now ${aside}.`] : []),
        `Start Overblik on it: OVERBLIK_DATA_DIR=${dataDir} pnpm start (newer migrations run at start).`,
      ],
      exitCode: 0,
    };
  } catch (error) {
    if (error instanceof NotABackup) return { lines: [error.message], exitCode: 1 };
    throw error;
  }
}
