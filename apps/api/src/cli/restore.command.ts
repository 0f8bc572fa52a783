import { readFile } from 'node:fs/promises';
import type { Database } from '../db/database';
import { organisationRestoreService } from '../modules/organisation-export/organisation-restore.service';
import { DomainError } from '../shared/errors';
import { CliUsageError, type ParsedArgs } from './cli-args';

export const RESTORE_USAGE = 'pnpm overblik restore --file <file.json> --into <new-slug> [--name "<name>"]';

/** Restores an export into a new, empty organisation of this installation (all or nothing). */
export async function runRestore(db: Database, args: ParsedArgs): Promise<string[]> {
  const file = args.options.file;
  const slug = args.options.into;
  if (!file || !slug) throw new CliUsageError('Both --file and --into are required.', RESTORE_USAGE);
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new DomainError('VALIDATION_FAILED', 'error.restore.notJson');
  }
  const restored = await organisationRestoreService.restore(
    db.prisma,
    { document, slug, name: args.options.name },
    { viewer: null },
  );
  return [
    `Restored ${restored.organisation.name} as /${restored.organisation.slug}.`,
    'People new to this installation have no password yet: they choose one with "Forgot password".',
  ];
}
