import type { PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

export const systemSharingRepository = {
  // Shares are filtered in JS (domain `sharingPartners`): an enum-array `has` filter is
  // mis-encoded by pglite-prisma-adapter 0.6; an organisation is in few collaborations.
  collaborations: (db: Db, organisationId: string) =>
    db.collaboration.findMany({
      where: { members: { some: { organisationId } } },
      select: { members: { select: { organisationId: true, shares: true } } },
    }),

  usagesOf: (db: Db, systemId: string, organisationIds: string[]) =>
    db.systemUsage.findMany({
      where: { systemId, organisationId: { in: organisationIds } },
      select: {
        lifecycle: true,
        organisation: { select: { id: true, name: true, slug: true, type: true, municipalityCode: true } },
      },
      orderBy: { organisation: { name: 'asc' } },
    }),
};
