import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import type { DataSourceKind } from '../../shared/enums';
import { likeLiteral } from '../../shared/like';

type Db = PrismaClient | Tx;

/** Catalogue entries an organisation can see: shared ones and its own local ones. */
const visible = (organisationIds: string[]): Prisma.DataSourceWhereInput => ({
  OR: [{ visibility: 'SHARED' }, { ownerOrganisationId: { in: organisationIds } }],
});

const refSelect = { id: true, name: true, kind: true } satisfies Prisma.DataSourceSelect;

export const dataSourceRepository = {
  async list(
    db: Db,
    organisationIds: string[],
    filter: { search?: string | null; kinds?: DataSourceKind[] | null },
    page: { skip: number; take: number },
  ) {
    const search = filter.search?.trim();
    const where: Prisma.DataSourceWhereInput = {
      AND: [
        visible(organisationIds),
        filter.kinds?.length ? { kind: { in: filter.kinds } } : {},
        search
          ? {
              OR: [
                { name: { contains: likeLiteral(search), mode: 'insensitive' } },
                { registerFamily: { contains: likeLiteral(search), mode: 'insensitive' } },
              ],
            }
          : {},
      ],
    };
    const [items, totalCount] = await Promise.all([
      db.dataSource.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...page }),
      db.dataSource.count({ where }),
    ]);
    return { items, totalCount };
  },

  get: (db: Db, organisationIds: string[], id: string) =>
    db.dataSource.findFirst({ where: { id, ...visible(organisationIds) } }),

  /** The name and kind of a visible source, for links between sources. */
  ref: (db: Db, organisationIds: string[], id: string) =>
    db.dataSource.findFirst({ where: { id, ...visible(organisationIds) }, select: refSelect }),

  /** The visible copy registers of a source, by name. */
  copiesOf: (db: Db, organisationIds: string[], id: string) =>
    db.dataSource.findMany({
      where: { copyOfId: id, ...visible(organisationIds) },
      select: refSelect,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),

  create: (db: Db, data: Prisma.DataSourceUncheckedCreateInput) => db.dataSource.create({ data }),

  update: (db: Db, id: string, version: number, data: Prisma.DataSourceUncheckedUpdateManyInput) =>
    db.dataSource.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  visibleCount: (db: Db, organisationIds: string[], id: string) =>
    db.dataSource.count({ where: { id, ...visible(organisationIds) } }),

  supplierVisible: (db: Db, organisationIds: string[], id: string) =>
    db.supplier.count({
      where: { id, OR: [{ visibility: 'SHARED' }, { ownerOrganisationId: { in: organisationIds } }] },
    }),
};
