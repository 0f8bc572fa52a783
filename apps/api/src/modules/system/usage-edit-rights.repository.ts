import type { PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

export const keeperSelect = {
  id: true,
  organisationId: true,
  ownerUserId: true,
  custodianUserId: true,
  responsibleUnitId: true,
} as const;

export const usageEditRightsRepository = {
  /** The viewer's unit there and the organisation's settings JSON, for the usage rule. */
  async viewerFacts(db: Db, organisationId: string, userId: string) {
    const [membership, organisation] = await Promise.all([
      db.membership.findUnique({
        where: { userId_organisationId: { userId, organisationId } },
        select: { unitId: true },
      }),
      db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { settings: true } }),
    ]);
    return { unitId: membership?.unitId ?? null, settings: organisation.settings };
  },

  units: (db: Db, organisationId: string) =>
    db.unit.findMany({ where: { organisationId }, select: { id: true, parentId: true } }),

  /** The usages among `ids` in the given organisations, with the people and unit that keep them. */
  keepers: (db: Db, organisationIds: string[], ids: string[]) =>
    db.systemUsage.findMany({
      where: { id: { in: ids }, organisationId: { in: organisationIds } },
      select: keeperSelect,
    }),
};
