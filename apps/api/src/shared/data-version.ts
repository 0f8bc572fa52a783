import type { Context } from '../context';
import { CATALOGUE_SCOPE, dataVersionRepository } from './data-version.repository';

/** The read models kept under a data version of their own (ADR 0036). */
export const READ_MODEL_AREAS = ['landscape', 'contracts', 'portfolio', 'benefits'] as const;
export type ReadModelArea = (typeof READ_MODEL_AREAS)[number];

/**
 * The data version of a read model built from one organisation's data and the shared catalogues:
 * the organisation's version for that read model's area and the catalogues' (database-kept, ADR
 * 0015 and 0036) and the day, since contract and project dates move with it.
 */
export async function organisationDataVersion(
  ctx: Pick<Context, 'prisma'>,
  organisationId: string,
  today: string,
  area: ReadModelArea,
): Promise<string> {
  const scope = `${organisationId}/${area}`;
  const versions = await dataVersionRepository.read(ctx.prisma, [scope, CATALOGUE_SCOPE]);
  return `${versions.get(scope)}:${versions.get(CATALOGUE_SCOPE)}@${today}`;
}
