import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import type { Lifecycle } from '../../shared/enums';
import { likeLiteral } from '../../shared/like';

type Db = PrismaClient | Tx;

export interface UsageQuery {
  organisationId: string;
  search?: string | null;
  lifecycles?: Lifecycle[] | null;
  responsibleUnitId?: string | null;
  capability?: string | null;
  taskArea?: string | null;
}

function usageWhere(q: UsageQuery): Prisma.SystemUsageWhereInput {
  const search = q.search?.trim();
  return {
    organisationId: q.organisationId,
    ...(q.lifecycles?.length ? { lifecycle: { in: q.lifecycles } } : {}),
    ...(q.responsibleUnitId ? { responsibleUnitId: q.responsibleUnitId } : {}),
    ...(q.capability ? { capabilities: { has: q.capability } } : {}),
    ...(q.taskArea ? { taskAreas: { has: q.taskArea } } : {}),
    ...(search
      ? {
          OR: [
            { localName: { contains: likeLiteral(search), mode: 'insensitive' } },
            { system: { name: { contains: likeLiteral(search), mode: 'insensitive' } } },
          ],
        }
      : {}),
  };
}

const ORDER: Record<string, (dir: Prisma.SortOrder) => Prisma.SystemUsageOrderByWithRelationInput[]> = {
  NAME: (dir) => [{ system: { name: dir } }, { id: 'asc' }],
  LIFECYCLE: (dir) => [{ lifecycle: dir }, { id: 'asc' }],
  USER_COUNT: (dir) => [{ userCount: { sort: dir, nulls: 'last' } }, { id: 'asc' }],
  UPDATED_AT: (dir) => [{ updatedAt: dir }, { id: 'asc' }],
};

/** Catalogue entries an organisation can see: shared ones and its own local ones. */
export const visibleCatalogue = (organisationIds: string[]): Prisma.ItSystemWhereInput => ({
  OR: [{ visibility: 'SHARED' }, { ownerOrganisationId: { in: organisationIds } }],
});

export const systemRepository = {
  async listUsages(
    db: Db,
    q: UsageQuery,
    sort: { field: string; direction: Prisma.SortOrder },
    page: { skip: number; take: number },
  ) {
    const where = usageWhere(q);
    const [items, totalCount] = await Promise.all([
      db.systemUsage.findMany({ where, orderBy: ORDER[sort.field](sort.direction), ...page }),
      db.systemUsage.count({ where }),
    ]);
    return { items, totalCount };
  },

  /** A recorded person of the usage's own organisation (the foreign key alone would not say whose). */
  recordedPerson: (db: Db, organisationId: string, id: string) =>
    db.person.findFirst({ where: { id, organisationId }, select: { id: true, name: true, email: true } }),

  usage: (db: Db, organisationIds: string[], id: string) =>
    db.systemUsage.findFirst({ where: { id, organisationId: { in: organisationIds } } }),

  createUsage: (db: Db, data: Prisma.SystemUsageUncheckedCreateInput) => db.systemUsage.create({ data }),

  updateUsage: (db: Db, id: string, version: number, data: Prisma.SystemUsageUncheckedUpdateManyInput) =>
    db.systemUsage.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  deleteUsage: (db: Db, id: string, version: number) => db.systemUsage.deleteMany({ where: { id, version } }),

  async listCatalogue(
    db: Db,
    organisationIds: string[],
    search: string | null | undefined,
    page: { skip: number; take: number },
  ) {
    const where: Prisma.ItSystemWhereInput = {
      AND: [
        visibleCatalogue(organisationIds),
        search ? { name: { contains: likeLiteral(search.trim()), mode: 'insensitive' } } : {},
      ],
    };
    const [items, totalCount] = await Promise.all([
      db.itSystem.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...page }),
      db.itSystem.count({ where }),
    ]);
    return { items, totalCount };
  },

  catalogueSystem: (db: Db, organisationIds: string[], id: string) =>
    db.itSystem.findFirst({ where: { id, ...visibleCatalogue(organisationIds) } }),

  /** How many of the given infrastructure components the organisations can see (shared or their own). */
  visibleInfrastructureCount: (db: Db, organisationIds: string[], ids: string[]) =>
    db.infrastructureComponent.count({
      where: {
        id: { in: ids },
        OR: [{ visibility: 'SHARED' }, { ownerOrganisationId: { in: organisationIds } }],
      },
    }),

  usageInfrastructureIds: async (db: Db, usageId: string) =>
    (
      await db.usageInfrastructure.findMany({
        where: { usageId },
        select: { componentId: true },
        orderBy: { componentId: 'asc' },
      })
    ).map((l) => l.componentId),

  /** Replaces the usage's infrastructure links. */
  setUsageInfrastructure: async (db: Db, organisationId: string, usageId: string, componentIds: string[]) => {
    await db.usageInfrastructure.deleteMany({ where: { usageId, componentId: { notIn: componentIds } } });
    await db.usageInfrastructure.createMany({
      data: componentIds.map((componentId) => ({ organisationId, usageId, componentId })),
      skipDuplicates: true,
    });
  },

  /** References that must belong to the organisation (owner, custodian, unit). */
  async referencesInOrganisation(
    db: Db,
    organisationId: string,
    refs: { userIds: string[]; unitIds: string[] },
  ) {
    const [members, units] = await Promise.all([
      refs.userIds.length
        ? db.membership.count({ where: { organisationId, userId: { in: refs.userIds } } })
        : Promise.resolve(0),
      refs.unitIds.length
        ? db.unit.count({ where: { organisationId, id: { in: refs.unitIds } } })
        : Promise.resolve(0),
    ]);
    return { users: members, units };
  },
};
