import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const acceptanceSelect = {
  id: true,
  organisationId: true,
  capabilityId: true,
  capability: { select: { name: true } },
  usageIds: true,
  reason: true,
  acceptedById: true,
  acceptedAt: true,
  reopenedById: true,
  reopenedAt: true,
  reopenReason: true,
  version: true,
} as const satisfies Prisma.OverlapAcceptanceSelect;

const view = ({
  capability,
  ...row
}: Prisma.OverlapAcceptanceGetPayload<{ select: typeof acceptanceSelect }>) => ({
  ...row,
  capabilityName: capability.name,
});

export const overlapRepository = {
  /** The move-off facts of the given usages and the organisation's settings (default migration months). */
  async consolidationFacts(db: Db, organisationId: string, usageIds: string[]) {
    const [usages, organisation] = await Promise.all([
      db.systemUsage.findMany({
        where: { organisationId, id: { in: usageIds } },
        select: { id: true, switchingCost: true, migrationMonths: true },
      }),
      db.organisation.findUnique({ where: { id: organisationId }, select: { settings: true } }),
    ]);
    return { usages, settings: organisation?.settings ?? {} };
  },

  capabilityIdsByName: async (db: Db, organisationId: string) =>
    new Map(
      (
        await db.capability.findMany({
          where: { organisationId, archivedAt: null },
          select: { id: true, name: true },
        })
      ).map((c) => [c.name, c.id]),
    ),

  capability: (db: Db, organisationId: string, id: string) =>
    db.capability.findFirst({ where: { id, organisationId }, select: { id: true, name: true } }),

  /** Every acceptance of the organisation, newest first: open ones and reopened ones (history). */
  acceptances: async (db: Db, organisationId: string) =>
    (
      await db.overlapAcceptance.findMany({
        where: { organisationId },
        select: acceptanceSelect,
        orderBy: [{ acceptedAt: 'desc' }, { id: 'asc' }],
      })
    ).map(view),

  acceptance: async (db: Db, organisationIds: string[], id: string) => {
    const row = await db.overlapAcceptance.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: acceptanceSelect,
    });
    return row ? view(row) : null;
  },

  createAcceptance: async (
    db: Db,
    data: {
      organisationId: string;
      capabilityId: string;
      usageIds: string[];
      reason: string;
      acceptedById: string;
    },
  ) => view(await db.overlapAcceptance.create({ data, select: acceptanceSelect })),

  reopen: (
    db: Db,
    id: string,
    version: number,
    data: { reopenedById: string; reopenReason: string | null },
  ) =>
    db.overlapAcceptance.updateMany({
      where: { id, version, reopenedAt: null },
      data: { ...data, reopenedAt: new Date(), version: { increment: 1 } },
    }),

  usageNames: async (db: Db, organisationId: string, ids: string[]) =>
    new Map(
      (
        await db.systemUsage.findMany({
          where: { organisationId, id: { in: ids } },
          select: { id: true, localName: true, system: { select: { name: true } } },
        })
      ).map((u) => [u.id, u.localName ?? u.system.name]),
    ),
};

export type OverlapAcceptanceRow = Awaited<ReturnType<typeof overlapRepository.acceptances>>[number];
