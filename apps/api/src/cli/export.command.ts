import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Database } from '../db/database';
import { organisationExportRepository } from '../modules/organisation-export/organisation-export.repository';
import { organisationExportService } from '../modules/organisation-export/organisation-export.service';
import { CliUsageError, type ParsedArgs } from './cli-args';

export const EXPORT_USAGE =
  'pnpm overblik export --organisation <slug> --out <file.json|file.xlsx> [--format json|xlsx]';

/**
 * Writes the whole organisation as one JSON document (docs/organisation-export.schema.json), or
 * with `--format xlsx` (or an .xlsx file name) as one workbook of a sheet per table (ADR 0043).
 */
export async function runExport(db: Database, args: ParsedArgs): Promise<string[]> {
  const slug = args.options.organisation;
  const out = args.options.out;
  if (!slug || !out) throw new CliUsageError('Both --organisation and --out are required.', EXPORT_USAGE);
  const format = args.options.format ?? (out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'json');
  if (format !== 'json' && format !== 'xlsx')
    throw new CliUsageError(`--format is json or xlsx, not "${format}".`, EXPORT_USAGE);
  const organisation = await organisationExportRepository.organisationBySlug(db.prisma, slug);
  if (!organisation) throw new CliUsageError(`No organisation has the slug "${slug}".`, EXPORT_USAGE);
  let document;
  if (format === 'xlsx') {
    const workbook = await organisationExportService.exportWorkbook(db.prisma, organisation.id);
    const file = createWriteStream(out);
    const closed = new Promise<void>((resolve, reject) => file.on('close', resolve).on('error', reject));
    await workbook.write(file);
    await closed;
    document = workbook.document;
  } else {
    document = await organisationExportService.exportOrganisation(db.prisma, organisation.id);
    await writeFile(out, JSON.stringify(document, null, 1));
  }
  const rows = Object.values(document.tables).reduce((n, t) => n + t.length, 0);
  return [`Exported ${slug}: ${rows} rows in ${Object.keys(document.tables).length} tables to ${out}`];
}
