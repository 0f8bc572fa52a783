import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import type { Criticality } from '../../shared/enums';
import { likeLiteral } from '../../shared/like';

type Db = PrismaClient | Tx;

/** Columns every contract projection needs, including what the date rules and the yearly cost read. */
export const contractListSelect = {
  id: true,
  organisationId: true,
  name: true,
  reference: true,
  supplierId: true,
  parentId: true,
  successorId: true,
  contractType: true,
  template: true,
  purchaseForm: true,
  criticality: true,
  startDate: true,
  endDate: true,
  durationMonths: true,
  ongoing: true,
  irrevocableUntil: true,
  noticePeriodMonths: true,
  noticeRule: true,
  terminatedOn: true,
  retenderPlan: true,
  uptimePercent: true,
  availability: true,
  changeHandling: true,
  documentationDuties: true,
  ownerUserId: true,
  managerUserId: true,
  invoiceRecipient: true,
  indexationPercent: true,
  version: true,
  updatedAt: true,
  supplier: { select: { name: true } },
  options: {
    select: { id: true, ordinal: true, months: true, exercisedOn: true },
    orderBy: { ordinal: 'asc' },
  },
  economyLines: { select: { id: true, unitId: true, kind: true, amount: true, note: true } },
} satisfies Prisma.ContractSelect;

export type ContractListRow = Prisma.ContractGetPayload<{ select: typeof contractListSelect }>;

/** What the date rules need of an ancestor that is not in the page. */
const termsSelect = {
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
  options: { select: { ordinal: true, months: true, exercisedOn: true } },
} satisfies Prisma.ContractSelect;

export interface ContractQuery {
  organisationId: string;
  search?: string | null;
  supplierId?: string | null;
  unitId?: string | null;
  criticalities?: Criticality[] | null;
}

function contractWhere(q: ContractQuery): Prisma.ContractWhereInput {
  const search = q.search?.trim();
  return {
    organisationId: q.organisationId,
    ...(q.supplierId ? { supplierId: q.supplierId } : {}),
    ...(q.criticalities?.length ? { criticality: { in: q.criticalities } } : {}),
    ...(q.unitId
      ? {
          OR: [
            { economyLines: { some: { unitId: q.unitId } } },
            { coverage: { some: { usage: { responsibleUnitId: q.unitId } } } },
          ],
        }
      : {}),
    ...(search
      ? {
          AND: [
            {
              OR: [
                { name: { contains: likeLiteral(search), mode: 'insensitive' } },
                { reference: { contains: likeLiteral(search), mode: 'insensitive' } },
                { supplier: { name: { contains: likeLiteral(search), mode: 'insensitive' } } },
              ],
            },
          ],
        }
      : {}),
  };
}

export const contractRepository = {
  /** All matching contracts of one organisation: computed-date filters and sorts run after this. */
  list: (db: Db, q: ContractQuery) =>
    db.contract.findMany({ where: contractWhere(q), select: contractListSelect, orderBy: { id: 'asc' } }),

  byIds: (db: Db, organisationIds: string[], ids: string[]) =>
    db.contract.findMany({
      where: { id: { in: ids }, organisationId: { in: organisationIds } },
      select: contractListSelect,
    }),

  one: (db: Db, organisationIds: string[], id: string) =>
    db.contract.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: contractListSelect,
    }),

  /** Ancestors of the given contracts, level by level (hierarchies are shallow). */
  async ancestors(db: Db, organisationId: string, parentIds: string[], known: Set<string>) {
    const found: Prisma.ContractGetPayload<{ select: typeof termsSelect }>[] = [];
    let wanted = [...new Set(parentIds)].filter((id) => !known.has(id));
    for (let depth = 0; wanted.length && depth < 10; depth++) {
      const rows = await db.contract.findMany({
        where: { id: { in: wanted }, organisationId },
        select: termsSelect,
      });
      rows.forEach((r) => known.add(r.id));
      found.push(...rows);
      wanted = [...new Set(rows.map((r) => r.parentId).filter((id): id is string => !!id))].filter(
        (id) => !known.has(id),
      );
    }
    return found;
  },

  organisationSettings: async (db: Db, organisationId: string) =>
    (await db.organisation.findUnique({ where: { id: organisationId }, select: { settings: true } }))
      ?.settings ?? {},

  coverage: (db: Db, contractId: string) =>
    db.contractCoverage.findMany({ where: { contractId }, select: { usageId: true } }),

  coveredUsages: (db: Db, contractId: string) =>
    db.systemUsage.findMany({
      where: { contracts: { some: { contractId } } },
      orderBy: [{ system: { name: 'asc' } }, { id: 'asc' }],
    }),

  integrations: (db: Db, contractId: string) =>
    db.integration.findMany({
      where: { contractId },
      select: { id: true, fromUsageId: true, toUsageId: true, data: true, direction: true },
      orderBy: { id: 'asc' },
    }),

  create: (db: Db, data: Prisma.ContractUncheckedCreateInput) =>
    db.contract.create({ data, select: { id: true } }),

  update: (db: Db, id: string, version: number, data: Prisma.ContractUncheckedUpdateManyInput) =>
    db.contract.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  delete: (db: Db, id: string, version: number) => db.contract.deleteMany({ where: { id, version } }),

  /** Replaces the contract's options, economy lines and coverage with the given lists. */
  async replaceChildren(
    db: Db,
    contractId: string,
    children: {
      options?: Prisma.ContractOptionCreateManyInput[];
      economyLines?: Prisma.ContractEconomyLineCreateManyInput[];
      coveredUsageIds?: string[];
    },
  ) {
    if (children.options) {
      await db.contractOption.deleteMany({ where: { contractId } });
      if (children.options.length) await db.contractOption.createMany({ data: children.options });
    }
    if (children.economyLines) {
      await db.contractEconomyLine.deleteMany({ where: { contractId } });
      if (children.economyLines.length)
        await db.contractEconomyLine.createMany({ data: children.economyLines });
    }
    if (children.coveredUsageIds) {
      await db.contractCoverage.deleteMany({ where: { contractId } });
      if (children.coveredUsageIds.length) {
        await db.contractCoverage.createMany({
          data: children.coveredUsageIds.map((usageId) => ({ contractId, usageId })),
        });
      }
    }
  },

  /** How many of the references exist in the organisation (users, units, usages, suppliers, parent). */
  async referenceCounts(
    db: Db,
    organisationId: string,
    refs: {
      userIds: string[];
      unitIds: string[];
      usageIds: string[];
      parentId: string | null;
      successorId?: string | null;
    },
  ) {
    const [users, units, usages, parent, successor] = await Promise.all([
      refs.userIds.length
        ? db.membership.count({ where: { organisationId, userId: { in: refs.userIds } } })
        : 0,
      refs.unitIds.length ? db.unit.count({ where: { organisationId, id: { in: refs.unitIds } } }) : 0,
      refs.usageIds.length
        ? db.systemUsage.count({ where: { organisationId, id: { in: refs.usageIds } } })
        : 0,
      refs.parentId ? db.contract.count({ where: { organisationId, id: refs.parentId } }) : 0,
      refs.successorId ? db.contract.count({ where: { organisationId, id: refs.successorId } }) : 0,
    ]);
    return { users, units, usages, parent, successor };
  },

  supplierVisible: (db: Db, organisationId: string, supplierId: string) =>
    db.supplier.count({
      where: { id: supplierId, OR: [{ visibility: 'SHARED' }, { ownerOrganisationId: organisationId }] },
    }),

  /** The renewal chain onwards from `id` (its successor, that one's successor, …), to refuse a cycle. */
  async successorChain(db: Db, organisationId: string, id: string) {
    const chain: string[] = [];
    let current: string | null = id;
    while (current && !chain.includes(current) && chain.length < 50) {
      chain.push(current);
      const row: { successorId: string | null } | null = await db.contract.findFirst({
        where: { id: current, organisationId },
        select: { successorId: true },
      });
      current = row?.successorId ?? null;
    }
    return chain;
  },

  /** The contracts this one renews or replaces (their successor is `id`). */
  predecessors: (db: Db, organisationId: string, id: string) =>
    db.contract.findMany({
      where: { organisationId, successorId: id },
      select: { id: true },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    }),

  /** The parent chain upwards from `id`, to refuse a parent that would create a cycle. */
  async parentChain(db: Db, organisationId: string, id: string) {
    const chain: string[] = [];
    let current: string | null = id;
    while (current && chain.length < 20) {
      chain.push(current);
      const row: { parentId: string | null } | null = await db.contract.findFirst({
        where: { id: current, organisationId },
        select: { parentId: true },
      });
      current = row?.parentId ?? null;
    }
    return chain;
  },
};
