import type { Context } from '../../context';
import { groupedBy } from '../../shared/loaders';
import { invoiceRepository } from './invoice.repository';

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
            fromUsageId: true,
            toUsageId: true,
            data: true,
            direction: true,
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
