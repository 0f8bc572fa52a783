import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

export const criteriaRepository = {
  activeModel: (db: Db, organisationId: string) =>
    db.prioritisationModel.findFirst({
      where: { organisationId, active: true },
      include: { criteria: { orderBy: { ordinal: 'asc' } } },
      orderBy: { createdAt: 'asc' },
    }),

  createModel: (db: Db, organisationId: string) =>
    db.prioritisationModel.create({
      data: { organisationId, name: 'Prioriteringsmodel' },
      include: { criteria: true },
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
};
