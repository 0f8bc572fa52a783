import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const invoiceSelect = {
  id: true,
  organisationId: true,
  contractId: true,
  number: true,
  invoiceDate: true,
  periodStart: true,
  periodEnd: true,
  amount: true,
  note: true,
  version: true,
} satisfies Prisma.InvoiceSelect;

export type InvoiceRow = Prisma.InvoiceGetPayload<{ select: typeof invoiceSelect }>;

export const invoiceRepository = {
  /** The contract's price inputs: yearly operation, price base date, indexation and the org's settings. */
  priceOf: (db: Db, organisationIds: string[], contractId: string) =>
    db.contract.findFirst({
      where: { id: contractId, organisationId: { in: organisationIds } },
      select: {
        id: true,
        organisationId: true,
        startDate: true,
        indexationPercent: true,
        economyLines: { where: { kind: 'YEARLY_OPERATION' }, select: { amount: true } },
        organisation: { select: { settings: true } },
      },
    }),

  forContracts: (db: Db, contractIds: string[]) =>
    db.invoice.findMany({
      where: { contractId: { in: contractIds } },
      select: invoiceSelect,
      orderBy: [{ periodStart: 'desc' }, { number: 'asc' }],
    }),

  existingNumbers: async (db: Db, contractId: string, numbers: string[]) =>
    (
      await db.invoice.findMany({ where: { contractId, number: { in: numbers } }, select: { number: true } })
    ).map((r) => r.number),

  create: (db: Db, data: Prisma.InvoiceUncheckedCreateInput) =>
    db.invoice.create({ data, select: invoiceSelect }),
};
