import { stat, readFile } from 'node:fs/promises';
import { GENERIC_KINDS, type GenericKind } from '@overblik/domain';
import type { Database } from '../db/database';
import { kitosImportRepository } from '../modules/import/kitos-import.repository';
import { kitosImportService, type KitosImportReport } from '../modules/import/kitos-import.service';
import { fileError, MAX_FILE_BYTES } from '../modules/import/kitos-workbook';
import { DomainError } from '../shared/errors';
import { translate } from '../shared/messages';
import { CliUsageError, type ParsedArgs } from './cli-args';

export const IMPORT_USAGE = [
  'pnpm overblik import kitos --organisation <slug> --file <file.xlsx> [--dry-run] [--skip-bad-rows] [--json]',
  `pnpm overblik import generic --kind <${GENERIC_KINDS.join('|')}> --organisation <slug> --file <file.xlsx|file.csv> [--dry-run] [--skip-bad-rows] [--json]`,
].join('\n       ');

/** Lines to print and the exit code: 1 when a row or the file was refused. */
export interface CommandResult {
  lines: string[];
  exitCode: number;
}

interface Summary {
  kind: string | null;
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; column: string; message: string }[];
}

const summary = (report: KitosImportReport): Summary => ({
  kind: report.kind,
  created: report.created,
  updated: report.updated,
  unchanged: report.unchanged,
  errors: report.lines.flatMap((l) =>
    l.errors.map((e) => ({ row: l.row, column: e.column, message: e.message })),
  ),
});

/**
 * `pnpm overblik import kitos|generic`: the administration page's import, run by the operator next to the
 * server (as `init` is); the audit log records the changes without a person. Stops on the first
 * error unless --skip-bad-rows; --dry-run changes nothing. Messages are in English.
 */
export async function runImport(db: Database, args: ParsedArgs): Promise<CommandResult> {
  const slug = args.options.organisation;
  const path = args.options.file;
  if (!slug || slug === 'true' || !path || path === 'true') {
    throw new CliUsageError('--organisation and --file are required.', IMPORT_USAGE);
  }
  // `import generic` names the template kind it expects; the file's header row must be that kind.
  let kind: GenericKind | undefined;
  if (args.positionals[0] === 'generic') {
    kind = GENERIC_KINDS.find((k) => k === args.options.kind);
    if (!kind) throw new CliUsageError(`--kind must be one of ${GENERIC_KINDS.join(', ')}.`, IMPORT_USAGE);
  }
  const organisation = await kitosImportRepository.organisationBySlug(db.prisma, slug);
  if (!organisation) throw new CliUsageError(`No organisation has the slug "${slug}".`, IMPORT_USAGE);
  const ctx = { prisma: db.prisma, viewer: null, locale: 'en' as const };
  let result: Summary;
  try {
    // The size is checked before the file is read: a 50 MB file is refused without loading it.
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES)
      throw fileError('import.file.tooLarge', { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
    const report = await kitosImportService.importInto(ctx, organisation.id, await readFile(path), {
      overrides: [],
      kind,
      dryRun: args.options['dry-run'] === 'true',
      mode: args.options['skip-bad-rows'] === 'true' ? 'SKIP_BAD_ROWS' : 'STOP_ON_ERROR',
    });
    result = summary(report);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EISDIR') {
      throw new CliUsageError(`Cannot read the file "${path}".`, IMPORT_USAGE);
    }
    if (!(error instanceof DomainError)) throw error;
    result = {
      kind: null,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: error.fields.map((f) => ({
        row: 0,
        column: '',
        message: translate('en', f.message, f.params),
      })),
    };
  }
  const exitCode = result.errors.length ? 1 : 0;
  if (args.options.json === 'true') return { lines: [JSON.stringify(result)], exitCode };
  const dry = args.options['dry-run'] === 'true' ? ' (dry run: nothing was changed)' : '';
  return {
    lines: [
      `${result.kind ?? 'No import'}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ${result.errors.length} error(s)${dry}`,
      ...result.errors.map(
        (e) => `  ${e.row ? `row ${e.row}` : 'file'}${e.column ? `, ${e.column}` : ''}: ${e.message}`,
      ),
    ],
    exitCode,
  };
}
