import type { Context } from '../../context';
import { groupedBy } from '../../shared/loaders';
import { invoiceRepository } from './invoice.repository';

const USAGE_NAME = { localName: true, system: { select: { name: true } } } as const;

/**
 * Per-request loaders of the contract module. Keyed by the request's context in a WeakMap, so they
 * live exactly as long as the request (no cross-request cache) without touching the shared loaders.
 */
function create(ctx: Context) {
  const prisma = ctx.prisma;
  return {
    invoices: groupedBy(
      (row: { contractId: string }) => row.contractId,
      (contractIds: string[]) => invoiceRepository.forContracts(prisma, contractIds),
    ),
    coveredUsages: groupedBy(
      (row: { contractId: string }) => row.contractId,
      (contractIds: string[]) =>
        prisma.contractCoverage.findMany({
          where: { contractId: { in: contractIds } },
          select: { contractId: true, usage: true },
          orderBy: { usageId: 'asc' },
        }),
    ),
    integrations: groupedBy(
      (row: { contractId: string | null }) => row.contractId ?? '',
      (contractIds: string[]) =>
        prisma.integration.findMany({
          where: { contractId: { in: contractIds } },
          select: {
            id: true,
            contractId: true,
            organisationId: true,
            fromUsageId: true,
            toUsageId: true,
            data: true,
            direction: true,
            // Source and target tell a contract's integrations apart (their data often repeats).
            fromUsage: { select: USAGE_NAME },
            toUsage: { select: USAGE_NAME },
          },
          orderBy: { id: 'asc' },
        }),
    ),
  };
}

const perRequest = new WeakMap<Context, ReturnType<typeof create>>();

export function contractLoaders(ctx: Context) {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
