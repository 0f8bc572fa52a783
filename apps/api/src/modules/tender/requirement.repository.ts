import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const requirementSelect = {
  id: true,
  organisationId: true,
  category: true,
  title: true,
  description: true,
  active: true,
  version: true,
} satisfies Prisma.StandardRequirementSelect;

const checkSelect = {
  id: true,
  projectId: true,
  fulfilled: true,
  note: true,
  version: true,
  requirement: { select: requirementSelect },
  project: { select: { organisationId: true } },
} satisfies Prisma.RequirementCheckSelect;

export const requirementRepository = {
  list: (db: Db, organisationId: string, includeInactive: boolean) =>
    db.standardRequirement.findMany({
      where: { organisationId, ...(includeInactive ? {} : { active: true }) },
      select: requirementSelect,
      orderBy: [{ category: 'asc' }, { title: 'asc' }, { id: 'asc' }],
    }),

  one: (db: Db, organisationIds: string[], id: string) =>
    db.standardRequirement.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: requirementSelect,
    }),

  create: (db: Db, data: Prisma.StandardRequirementUncheckedCreateInput) =>
    db.standardRequirement.create({ data, select: requirementSelect }),

  update: (db: Db, id: string, version: number, data: Prisma.StandardRequirementUpdateManyMutationInput) =>
    db.standardRequirement.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    }),

  delete: (db: Db, id: string, version: number) =>
    db.standardRequirement.deleteMany({ where: { id, version } }),

  checkCount: (db: Db, requirementId: string) => db.requirementCheck.count({ where: { requirementId } }),

  project: (db: Db, organisationIds: string[], id: string) =>
    db.project.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: { id: true, organisationId: true },
    }),

  checks: (db: Db, projectId: string) =>
    db.requirementCheck.findMany({
      where: { projectId },
      select: checkSelect,
      orderBy: [{ requirement: { category: 'asc' } }, { requirement: { title: 'asc' } }, { id: 'asc' }],
    }),

  check: (db: Db, id: string) => db.requirementCheck.findUnique({ where: { id }, select: checkSelect }),

  /** The checklist from the organisation's active requirements; existing checks are kept. */
  async addChecklist(db: Db, organisationId: string, projectId: string) {
    const active = await db.standardRequirement.findMany({
      where: { organisationId, active: true },
      select: { id: true },
    });
    if (!active.length) return 0;
    const { count } = await db.requirementCheck.createMany({
      data: active.map((r) => ({ projectId, requirementId: r.id })),
      skipDuplicates: true,
    });
    return count;
  },

  updateCheck: (db: Db, id: string, version: number, data: { fulfilled: boolean; note?: string }) =>
    db.requirementCheck.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),
};
