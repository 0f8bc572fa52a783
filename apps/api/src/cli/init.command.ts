import { ORGANISATION_TYPES } from '@overblik/domain';
import type { Database } from '../db/database';
import { installationService } from '../modules/installation/installation.service';
import { DomainError } from '../shared/errors';
import { translate } from '../shared/messages';
import { CliUsageError, type ParsedArgs } from './cli-args';

/** `--type` takes the Danish words an IT chief would type, or the enum's own names. */
const TYPE_WORDS: Record<string, (typeof ORGANISATION_TYPES)[number]> = {
  kommune: 'MUNICIPALITY',
  region: 'OTHER_PUBLIC_BODY',
  myndighed: 'OTHER_PUBLIC_BODY',
  faellesskab: 'COLLABORATION',
  leverandoer: 'SUPPLIER',
};

export const INIT_USAGE =
  'pnpm overblik init --organisation "<name>" --cvr <8 digits> --type kommune|region|myndighed|faellesskab|leverandoer --admin-email <e-mail>';

function organisationType(word: string | undefined): string {
  if (!word) return '';
  const lower = word.toLowerCase();
  return TYPE_WORDS[lower] ?? ORGANISATION_TYPES.find((t) => t.toLowerCase() === lower) ?? word;
}

/**
 * Sets up an empty installation: its first organisation, whose administrator becomes installation
 * administrator and gets a single-use first sign-in link (24 h). Returns the lines to print.
 */
export async function runInit(db: Database, args: ParsedArgs, publicUrl: string): Promise<string[]> {
  const input = {
    name: args.options.organisation ?? '',
    cvr: args.options.cvr ?? '',
    type: organisationType(args.options.type),
    adminEmail: args.options['admin-email'] ?? '',
  };
  try {
    const created = await installationService.init(db.prisma, input, publicUrl);
    return [
      `Organisation created: ${created.organisation.name} (CVR ${created.organisation.cvr}, /${created.organisation.slug})`,
      `Administrator: ${created.email} (installation administrator)`,
      '',
      'One-time sign-in link (works once, for 24 hours) – open it to choose a password:',
      `  ${created.link}`,
    ];
  } catch (error) {
    if (error instanceof DomainError && error.fields.length) {
      const option: Record<string, string> = { name: '--organisation', adminEmail: '--admin-email' };
      const lines = error.fields.map(
        (f) => `  ${option[f.field] ?? `--${f.field}`}: ${translate('en', f.message, f.params)}`,
      );
      throw new CliUsageError(['Nothing was created:', ...lines].join('\n'), INIT_USAGE);
    }
    throw error;
  }
}
