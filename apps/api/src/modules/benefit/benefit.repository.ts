import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import type { BenefitType } from '../../shared/enums';
import { likeLiteral } from '../../shared/like';

type Db = PrismaClient | Tx;

/**
 * Everything the benefit rules need, in one select: Prisma loads each relation with one batched
 * `IN (...)` query for all rows, so a list of any length costs the same four statements.
 */
export const benefitSelect = {
  id: true,
  organisationId: true,
  projectId: true,
  title: true,
  description: true,
  type: true,
  cashable: true,
  responsibleUserId: true,
  accountableUserId: true,
  harvestingUnitId: true,
  baseline: true,
  target: true,
  unitOfMeasure: true,
  direction: true,
  startDate: true,
  dueDate: true,
  verification: true,
  verificationUsageId: true,
  verificationContractId: true,
  verificationEdgeId: true,
  version: true,
  updatedAt: true,
  profile: { select: { date: true, plannedValue: true }, orderBy: { date: 'asc' } },
  measurements: {
    select: { id: true, measuredOn: true, value: true, comment: true, recordedById: true, createdAt: true },
    orderBy: [{ measuredOn: 'asc' }, { createdAt: 'asc' }],
  },
  project: { select: { id: true, name: true, strategies: { select: { strategyId: true } } } },
} satisfies Prisma.BenefitSelect;

export type BenefitRow = Prisma.BenefitGetPayload<{ select: typeof benefitSelect }>;

export interface BenefitQuery {
  organisationId: string;
  projectId?: string | null;
  unitId?: string | null;
  types?: BenefitType[] | null;
  strategyId?: string | null;
  search?: string | null;
}

function benefitWhere(q: BenefitQuery): Prisma.BenefitWhereInput {
  const search = q.search?.trim();
  return {
    organisationId: q.organisationId,
    ...(q.projectId ? { projectId: q.projectId } : {}),
    ...(q.unitId ? { harvestingUnitId: q.unitId } : {}),
    ...(q.types?.length ? { type: { in: q.types } } : {}),
    ...(q.strategyId ? { project: { strategies: { some: { strategyId: q.strategyId } } } } : {}),
    ...(search ? { title: { contains: likeLiteral(search), mode: 'insensitive' } } : {}),
  };
}

const ORDER: Record<string, (dir: Prisma.SortOrder) => Prisma.BenefitOrderByWithRelationInput[]> = {
  TITLE: (dir) => [{ title: dir }, { id: 'asc' }],
  DUE_DATE: (dir) => [{ dueDate: { sort: dir, nulls: 'last' } }, { id: 'asc' }],
  TYPE: (dir) => [{ type: dir }, { title: 'asc' }, { id: 'asc' }],
  UPDATED_AT: (dir) => [{ updatedAt: dir }, { id: 'asc' }],
};

export const benefitRepository = {
  async list(
    db: Db,
    q: BenefitQuery,
    sort: { field: string; direction: Prisma.SortOrder },
    page: { skip: number; take: number },
  ) {
    const where = benefitWhere(q);
    const [items, totalCount] = await Promise.all([
      db.benefit.findMany({
        where,
        select: benefitSelect,
        orderBy: ORDER[sort.field](sort.direction),
        ...page,
      }),
      db.benefit.count({ where }),
    ]);
    return { items, totalCount };
  },

  byId: (db: Db, organisationIds: string[], id: string) =>
    db.benefit.findFirst({ where: { id, organisationId: { in: organisationIds } }, select: benefitSelect }),

  create: (db: Db, data: Prisma.BenefitUncheckedCreateInput) =>
    db.benefit.create({ data, select: { id: true } }),

  update: (db: Db, id: string, version: number, data: Prisma.BenefitUncheckedUpdateManyInput) =>
    db.benefit.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  async replaceProfile(db: Db, benefitId: string, points: { date: Date; plannedValue: number }[]) {
    await db.benefitProfilePoint.deleteMany({ where: { benefitId } });
    if (points.length) {
      await db.benefitProfilePoint.createMany({ data: points.map((p) => ({ ...p, benefitId })) });
    }
  },

  createMeasurement: (db: Db, data: Prisma.BenefitMeasurementUncheckedCreateInput) =>
    db.benefitMeasurement.create({ data }),

  mapNodeById: (db: Db, id: string) => db.benefitMapNode.findUnique({ where: { id } }),

  /** Project lead/owner for the edit permission; null when not in the organisations. */
  project: (db: Db, organisationIds: string[], id: string) =>
    db.project.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: { id: true, organisationId: true, leadUserId: true, ownerUserId: true },
    }),

  /** How many of the given users are members and units belong to the organisation. */
  async referencesInOrganisation(
    db: Db,
    organisationId: string,
    refs: { userIds: string[]; unitIds: string[] },
  ) {
    const [users, units] = await Promise.all([
      refs.userIds.length
        ? db.membership.count({ where: { organisationId, userId: { in: refs.userIds } } })
        : Promise.resolve(0),
      refs.unitIds.length
        ? db.unit.count({ where: { organisationId, id: { in: refs.unitIds } } })
        : Promise.resolve(0),
    ]);
    return { users, units };
  },

  /** Whether the landscape record a verification points at exists in the organisation. */
  async verificationTargetExists(
    db: Db,
    organisationId: string,
    target: { usageId?: string; contractId?: string; edgeId?: string },
  ) {
    if (target.usageId)
      return (await db.systemUsage.count({ where: { organisationId, id: target.usageId } })) > 0;
    if (target.contractId)
      return (await db.contract.count({ where: { organisationId, id: target.contractId } })) > 0;
    if (target.edgeId)
      return (await db.usageDataSource.count({ where: { organisationId, id: target.edgeId } })) > 0;
    return true;
  },

  mapNodes: (db: Db, projectId: string) =>
    db.benefitMapNode.findMany({ where: { projectId }, orderBy: [{ kind: 'asc' }, { label: 'asc' }] }),

  mapNode: (db: Db, projectId: string, id: string) =>
    db.benefitMapNode.findFirst({ where: { id, projectId } }),

  createMapNode: (db: Db, data: Prisma.BenefitMapNodeUncheckedCreateInput) =>
    db.benefitMapNode.create({ data }),

  updateMapNode: (db: Db, id: string, version: number, data: Prisma.BenefitMapNodeUncheckedUpdateManyInput) =>
    db.benefitMapNode.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  deleteMapNode: (db: Db, id: string, version: number) =>
    db.benefitMapNode.deleteMany({ where: { id, version } }),

  /** The nodes that contribute to (point at) the given node. */
  mapNodeContributors: (db: Db, projectId: string, targetId: string) =>
    db.benefitMapNode.findMany({ where: { projectId, targetId }, select: { id: true, kind: true } }),

  benefitInProject: (db: Db, projectId: string, id: string) => db.benefit.count({ where: { id, projectId } }),

  delete: (db: Db, id: string, version: number) => db.benefit.deleteMany({ where: { id, version } }),

  /** Map nodes that stood for a deleted benefit keep their place in the map, without the link. */
  unlinkMapNodes: (db: Db, benefitId: string) =>
    db.benefitMapNode.updateMany({
      where: { benefitId },
      data: { benefitId: null, version: { increment: 1 } },
    }),
};
