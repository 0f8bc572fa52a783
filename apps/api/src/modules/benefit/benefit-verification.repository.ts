import type { PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

/**
 * The landscape and contract records that verified benefits point at, loaded for a whole set of
 * benefits at once (at most three queries whatever the number of benefits).
 */
export const benefitVerificationRepository = {
  async facts(
    db: Db,
    organisationId: string,
    ids: { usageIds: string[]; contractIds: string[]; edgeIds: string[] },
  ) {
    const [usages, contracts, edges] = await Promise.all([
      ids.usageIds.length
        ? db.systemUsage.findMany({
            where: { organisationId, id: { in: ids.usageIds } },
            select: { id: true, lifecycle: true, inUseUntil: true, updatedAt: true },
          })
        : Promise.resolve([]),
      ids.usageIds.length || ids.contractIds.length
        ? db.contract.findMany({
            where: {
              organisationId,
              OR: [
                { id: { in: ids.contractIds } },
                { coverage: { some: { usageId: { in: ids.usageIds } } } },
              ],
            },
            select: {
              id: true,
              parentId: true,
              startDate: true,
              endDate: true,
              durationMonths: true,
              ongoing: true,
              irrevocableUntil: true,
              noticePeriodMonths: true,
              noticeRule: true,
              terminatedOn: true,
              purchaseForm: true,
              // The contract that renews or replaces this one: an ended contract with a successor
              // was renewed, so its cost did not stop.
              successorId: true,
              options: { select: { ordinal: true, months: true, exercisedOn: true } },
              economyLines: { where: { kind: 'YEARLY_OPERATION' }, select: { amount: true } },
              coverage: { select: { usageId: true } },
            },
          })
        : Promise.resolve([]),
      ids.edgeIds.length
        ? db.usageDataSource.findMany({
            where: { organisationId, id: { in: ids.edgeIds } },
            select: {
              id: true,
              authoritative: true,
              yearlyCost: true,
              plannedTargetSourceId: true,
              plannedSwitchDate: true,
              dataSource: { select: { kind: true } },
            },
          })
        : Promise.resolve([]),
    ]);
    return { usages, contracts, edges };
  },
};

export type VerificationRows = Awaited<ReturnType<typeof benefitVerificationRepository.facts>>;
