import type { Prisma } from '@prisma/client';
import type { Db } from '../../db/handles';
import { likeLiteral } from '../../shared/like';

interface Window {
  skip: number;
  take: number;
}

/** Shared catalogue rows, or those the viewer's organisations own. */
const visible = (organisationIds: string[]) => ({
  OR: [{ visibility: 'SHARED' as const }, { ownerOrganisationId: { in: organisationIds } }],
});
const nameSearch = (search: string | null | undefined) =>
  search?.trim()
    ? { name: { contains: likeLiteral(search.trim()), mode: 'insensitive' as Prisma.QueryMode } }
    : {};

export const systemLandscapeRepository = {
  infrastructureComponents: (db: Db, organisationIds: string[], search: string | null, window: Window) => {
    const where = { ...visible(organisationIds), ...nameSearch(search) };
    return Promise.all([
      db.infrastructureComponent.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...window }),
      db.infrastructureComponent.count({ where }),
    ]);
  },
};
