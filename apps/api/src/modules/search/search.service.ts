import { searchSchema } from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireOrganisation } from '../../shared/access';
import { validate } from '../../shared/validation';
import { searchRepository } from './search.repository';

/**
 * The text as a Danish prefix tsquery: every word must match (stemmed, as a prefix, so a word
 * typed halfway finds it). Only letters and digits pass, so no input can break the query syntax.
 */
export function prefixQuery(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => `${w}:*`).join(' & ');
}

export const searchService = {
  /** Global search in the chosen organisation: its own data and the catalogue entries it sees. */
  async search(ctx: Context, input: { text: string }) {
    const { organisationId } = requireOrganisation(ctx);
    const { text } = validate(searchSchema, input);
    return searchRepository.search(
      ctx.prisma,
      organisationId,
      memberOrganisationIds(ctx),
      text,
      prefixQuery(text),
    );
  },
};
