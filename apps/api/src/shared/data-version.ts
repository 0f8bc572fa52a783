import type { Context } from '../context';
import { CATALOGUE_SCOPE, dataVersionRepository } from './data-version.repository';

/**
 * The data version of a read model built from one organisation's data and the shared catalogues:
 * both database-kept versions (ADR 0015) and the day, since contract and project dates move with it.
 */
export async function organisationDataVersion(
  ctx: Pick<Context, 'prisma'>,
  organisationId: string,
  today: string,
): Promise<string> {
  const versions = await dataVersionRepository.read(ctx.prisma, [organisationId, CATALOGUE_SCOPE]);
  return `${versions.get(organisationId)}:${versions.get(CATALOGUE_SCOPE)}@${today}`;
}
