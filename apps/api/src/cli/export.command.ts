import { writeFile } from 'node:fs/promises';
import type { Database } from '../db/database';
import { organisationExportRepository } from '../modules/organisation-export/organisation-export.repository';
import { organisationExportService } from '../modules/organisation-export/organisation-export.service';
import { CliUsageError, type ParsedArgs } from './cli-args';

export const EXPORT_USAGE = 'pnpm overblik export --organisation <slug> --out <file.json>';

/** Writes the whole organisation as one JSON document (docs/organisation-export.schema.json). */
export async function runExport(db: Database, args: ParsedArgs): Promise<string[]> {
  const slug = args.options.organisation;
  const out = args.options.out;
  if (!slug || !out) throw new CliUsageError('Both --organisation and --out are required.', EXPORT_USAGE);
  const organisation = await organisationExportRepository.organisationBySlug(db.prisma, slug);
  if (!organisation) throw new CliUsageError(`No organisation has the slug "${slug}".`, EXPORT_USAGE);
  const document = await organisationExportService.exportOrganisation(db.prisma, organisation.id);
  await writeFile(out, JSON.stringify(document, null, 1));
  const rows = Object.values(document.tables).reduce((n, t) => n + t.length, 0);
  return [`Exported ${slug}: ${rows} rows in ${Object.keys(document.tables).length} tables to ${out}`];
}
