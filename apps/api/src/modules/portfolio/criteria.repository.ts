import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

export const criteriaRepository = {
  activeModel: (db: Db, organisationId: string) =>
    db.prioritisationModel.findFirst({
      where: { organisationId, active: true },
      include: {
        criteria: { orderBy: { ordinal: 'asc' } },
        categories: { orderBy: [{ dimension: 'asc' }, { name: 'asc' }] },
      },
      orderBy: { createdAt: 'asc' },
    }),

  createModel: (db: Db, organisationId: string) =>
    db.prioritisationModel.create({
      data: { organisationId, name: 'Prioriteringsmodel' },
      include: { criteria: true, categories: true },
    }),

  criterion: (db: Db, organisationId: string, id: string) =>
    db.criterion.findFirst({ where: { id, model: { organisationId } } }),

  createCriterion: (db: Db, data: Prisma.CriterionUncheckedCreateInput) => db.criterion.create({ data }),

  updateCriterion: (db: Db, id: string, version: number, data: Prisma.CriterionUncheckedUpdateManyInput) =>
    db.criterion.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  deleteCriterion: (db: Db, id: string, version: number) =>
    db.criterion.deleteMany({ where: { id, version } }),

  score: (db: Db, projectId: string, criterionId: string) =>
    db.criterionScore.findUnique({ where: { projectId_criterionId: { projectId, criterionId } } }),

  upsertScore: (db: Db, projectId: string, criterionId: string, value: number) =>
    db.criterionScore.upsert({
      where: { projectId_criterionId: { projectId, criterionId } },
      create: { projectId, criterionId, value },
      update: { value, version: { increment: 1 } },
    }),

  scoresOf: (db: Db, projectId: string) =>
    db.criterionScore.findMany({ where: { projectId }, orderBy: { criterion: { ordinal: 'asc' } } }),

  category: (db: Db, organisationId: string, id: string) =>
    db.category.findFirst({ where: { id, model: { organisationId } } }),

  /** Another category of the model with this dimension and name (names are unique per dimension). */
  categoryNamed: (db: Db, modelId: string, dimension: string, name: string, exceptId?: string) =>
    db.category.findFirst({
      where: {
        modelId,
        dimension,
        name: { equals: name, mode: 'insensitive' },
        ...(exceptId ? { NOT: { id: exceptId } } : {}),
      },
    }),

  createCategory: (db: Db, data: Prisma.CategoryUncheckedCreateInput) => db.category.create({ data }),

  updateCategory: (db: Db, id: string, version: number, data: { dimension: string; name: string }) =>
    db.category.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  deleteCategory: (db: Db, id: string, version: number) => db.category.deleteMany({ where: { id, version } }),

  /** Every category of the organisation's models (for checking an assignment). */
  categoriesOf: (db: Db, organisationId: string) =>
    db.category.findMany({ where: { model: { organisationId } }, select: { id: true, dimension: true } }),

  projectCategories: (db: Db, projectIds: readonly string[]) =>
    db.projectCategory.findMany({
      where: { projectId: { in: [...projectIds] } },
      include: { category: true },
      orderBy: [{ category: { dimension: 'asc' } }, { category: { name: 'asc' } }],
    }),

  replaceProjectCategories: async (db: Db, projectId: string, categoryIds: readonly string[]) => {
    await db.projectCategory.deleteMany({ where: { projectId } });
    if (categoryIds.length)
      await db.projectCategory.createMany({
        data: categoryIds.map((categoryId) => ({ projectId, categoryId })),
      });
  },
};
