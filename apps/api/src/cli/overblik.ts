import 'reflect-metadata';
import { readConfig, type AppConfig } from '../config';
import type { Database } from '../db/database';
import { InstallationAlreadyInitialised } from '../modules/installation/installation.service';
import { DomainError } from '../shared/errors';
import { translate } from '../shared/messages';
import { clearDemoPasswords } from '../start/demo-passwords';
import { BACKUP_USAGE, runBackup } from './backup.command';
import { CliUsageError, parseArgs, type ParsedArgs } from './cli-args';
import { openMigratedDatabase } from './cli-database';
import { EXPORT_USAGE, runExport } from './export.command';
import { INIT_USAGE, runInit } from './init.command';
import { IMPORT_USAGE, runImport, type CommandResult } from './import.command';
import { RESTORE_USAGE, runRestore } from './restore.command';
import { RESTORE_BACKUP_USAGE, runRestoreBackup } from './restore-backup.command';

type Result = string[] | CommandResult;

/**
 * `pnpm overblik <command> [--options]`: operations on an installation, run next to the server
 * against the same database. Each command returns the lines it prints.
 */
const COMMANDS: Record<
  string,
  {
    usage: string;
    /** Words the command takes after its name (`import kitos`); none by default. */
    positionals?: string[][];
    run?: (db: Database, args: ParsedArgs, publicUrl: string) => Promise<Result>;
    /** A command that opens no database before it runs (backups: the folder may be a server's). */
    standalone?: (config: AppConfig, args: ParsedArgs) => Promise<Result>;
  }
> = {
  init: { usage: INIT_USAGE, run: runInit },
  import: { usage: IMPORT_USAGE, positionals: [['kitos', 'generic']], run: runImport },
  export: { usage: EXPORT_USAGE, run: runExport },
  restore: { usage: RESTORE_USAGE, run: runRestore },
  backup: { usage: BACKUP_USAGE, standalone: runBackup },
  'restore-backup': { usage: RESTORE_BACKUP_USAGE, standalone: runRestoreBackup },
  'clear-demo-passwords': {
    usage: 'pnpm overblik clear-demo-passwords',
    run: async (db, _args, publicUrl) => {
      const links = await clearDemoPasswords(db.prisma, publicUrl);
      if (!links.length) return ['No account has the demo password.'];
      return [
        `Removed the demo password from ${links.length} account(s). One-time links (24 h) to choose a new one:`,
        ...links.map((l) => `  ${l.email.padEnd(36)} ${l.link}`),
      ];
    },
  },
};

const usage = () => ['Usage:', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const command = args.command ? COMMANDS[args.command] : undefined;
  if (!command) {
    console.error(args.command ? `Unknown command "${args.command}".\n${usage()}` : usage());
    return 2;
  }
  const expected = command.positionals ?? [];
  if (
    args.positionals.length !== expected.length ||
    args.positionals.some((word, i) => !expected[i].includes(word))
  ) {
    throw new CliUsageError(`Unexpected arguments "${args.positionals.join(' ')}".`, command.usage);
  }
  const config = readConfig();
  const print = (result: Result) => {
    const { lines, exitCode } = Array.isArray(result) ? { lines: result, exitCode: 0 } : result;
    for (const line of lines) console.log(line);
    return exitCode;
  };
  if (command.standalone) return print(await command.standalone(config, args));
  const db = await openMigratedDatabase(config);
  try {
    return print(await command.run!(db, args, config.publicUrl));
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliUsageError) {
      console.error(`${error.message}\n\nUsage: ${error.usage || usage()}`);
      process.exit(2);
    }
    if (error instanceof DomainError) console.error(translate('en', error.messageKey, error.params));
    else console.error(error instanceof InstallationAlreadyInitialised ? error.message : error);
    process.exit(1);
  },
);
