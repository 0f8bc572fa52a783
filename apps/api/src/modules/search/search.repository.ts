import type { SearchKind } from '@overblik/domain';
import type { PrismaClient } from '@prisma/client';

export interface SearchHitRow {
  kind: SearchKind;
  id: string;
  name: string;
  detail: string | null;
  score: number;
}

export const searchRepository = {
  /**
   * One call of the database function `overblik_search` (migration `…_search_function`, ADR 0020),
   * which holds the matching, the ranking (8 hits per kind, best first) and the tenancy rule: as a
   * plpgsql function its plan is kept for the session instead of planned on every search, and it
   * sets its own typo threshold, so no transaction is needed around it. `query` is the text as a
   * prefix tsquery (words joined with &), or empty when the text has no words.
   */
  search(
    prisma: PrismaClient,
    organisationId: string,
    catalogueOrganisationIds: string[],
    text: string,
    query: string,
  ): Promise<SearchHitRow[]> {
    return prisma.$queryRaw<SearchHitRow[]>`SELECT kind, id, name, detail, score
      FROM overblik_search(${organisationId}::uuid, ${catalogueOrganisationIds}::uuid[], ${text}, ${query})`;
  },
};
