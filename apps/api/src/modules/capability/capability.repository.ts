import type { PrismaClient } from '@prisma/client';
import type { CapabilityNode as DomainCapabilityNode } from '@overblik/domain';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const capabilitySelect = {
  id: true,
  organisationId: true,
  parentId: true,
  name: true,
  kitosBusinessType: true,
  archivedAt: true,
  version: true,
  _count: { select: { usages: true } },
} as const;

type Row = {
  id: string;
  organisationId: string;
  parentId: string | null;
  name: string;
  kitosBusinessType: string | null;
  archivedAt: Date | null;
  version: number;
  _count: { usages: number };
};

const view = ({ archivedAt, _count, ...row }: Row) => ({
  ...row,
  archived: archivedAt !== null,
  usageCount: _count.usages,
});

export type CapabilityRow = ReturnType<typeof view>;

export const capabilityRepository = {
  list: async (db: Db, organisationId: string) =>
    (
      await db.capability.findMany({
        where: { organisationId },
        select: capabilitySelect,
        orderBy: { name: 'asc' },
      })
    ).map(view),

  /** The tree as the domain rules see it. */
  nodes: async (db: Db, organisationId: string): Promise<DomainCapabilityNode[]> =>
    (
      await db.capability.findMany({
        where: { organisationId },
        select: { id: true, parentId: true, name: true, archivedAt: true },
      })
    ).map(({ archivedAt, ...n }) => ({ ...n, archived: archivedAt !== null })),

  get: async (db: Db, organisationId: string, id: string) => {
    const row = await db.capability.findFirst({ where: { id, organisationId }, select: capabilitySelect });
    return row ? view(row) : null;
  },

  organisationOf: (db: Db, id: string, organisationIds: string[]) =>
    db.capability.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: { organisationId: true },
    }),

  create: async (db: Db, data: { organisationId: string; name: string; parentId: string | null }) =>
    view(await db.capability.create({ data, select: capabilitySelect })),

  update: (
    db: Db,
    id: string,
    version: number,
    data: { name?: string; parentId?: string | null; archivedAt?: Date | null },
  ) => db.capability.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  /** Active capabilities of the organisation among `ids` (for linking usages). */
  activeAmong: (db: Db, organisationId: string, ids: string[]) =>
    db.capability.findMany({
      where: { organisationId, id: { in: ids }, archivedAt: null },
      select: { id: true },
    }),

  usageLinks: (db: Db, usageId: string) =>
    db.usageCapability.findMany({ where: { usageId }, select: { capabilityId: true } }),

  /** Replaces the usage's links; the database trigger refreshes SystemUsage.capabilities. */
  setUsageLinks: async (db: Db, usageId: string, capabilityIds: string[]) => {
    await db.usageCapability.deleteMany({ where: { usageId, capabilityId: { notIn: capabilityIds } } });
    await db.usageCapability.createMany({
      data: capabilityIds.map((capabilityId) => ({ usageId, capabilityId })),
      skipDuplicates: true,
    });
  },
};
