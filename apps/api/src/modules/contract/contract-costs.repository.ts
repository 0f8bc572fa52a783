import type { PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

export const contractCostsRepository = {
  /** Every economy line of the organisation's contracts: what the cost roll-ups are computed from. */
  economyLines: (db: Db, organisationId: string) =>
    db.contractEconomyLine.findMany({
      where: { contract: { organisationId } },
      select: { contractId: true, unitId: true, kind: true, amount: true },
    }),

  units: (db: Db, organisationId: string, ids: string[]) =>
    ids.length
      ? db.unit.findMany({ where: { organisationId, id: { in: ids } }, select: { id: true, name: true } })
      : Promise.resolve([]),
};
