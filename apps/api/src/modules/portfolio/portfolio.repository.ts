import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

/** Projects the board ranks: proposed and approved (active) ones. */
export const BOARD_STATUSES = ['PROPOSED', 'ACTIVE'] as const;

const contractTermsSelect = {
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

const onBoard = (organisationId: string): Prisma.ProjectWhereInput => ({
  organisationId,
  status: { in: [...BOARD_STATUSES] },
});

export const portfolioRepository = {
  boardProjects: (db: Db, organisationId: string) =>
    db.project.findMany({ where: { organisationId, status: { in: [...BOARD_STATUSES] } } }),

  boardKeys: (db: Db, organisationId: string) =>
    db.project.findMany({
      where: { organisationId, status: { in: [...BOARD_STATUSES] } },
      select: { id: true, rankKey: true },
    }),

  /**
   * Serialises rank changes within one organisation: a reorder reads the current keys and writes
   * one, so two moves at once must not both compute from the same snapshot.
   */
  lockOrganisation: (db: Tx, organisationId: string) =>
    db.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisationId}::uuid FOR UPDATE`,

  setRankKey: (db: Db, id: string, rankKey: string) =>
    db.project.update({ where: { id }, data: { rankKey } }),

  /*
   * The board's reads are all scoped by organisation (not by a list of ids from a first query), so
   * they go to the database in one wave.
   */
  scores: (db: Db, organisationId: string) =>
    db.criterionScore.findMany({
      where: {
        project: onBoard(organisationId),
        criterion: { model: { organisationId, active: true } },
      },
      select: { projectId: true, criterionId: true, value: true },
    }),

  /** The system usages each board project touches. */
  projectUsages: (db: Db, organisationId: string) =>
    db.projectSystem.findMany({
      where: { project: onBoard(organisationId) },
      select: { projectId: true, usageId: true },
    }),

  /** Usages that get data through a copy register (a non-authoritative edge). */
  usagesOnCopyRegisters: async (db: Db, organisationId: string) =>
    (
      await db.usageDataSource.findMany({
        where: { organisationId, authoritative: false },
        select: { usageId: true },
        distinct: ['usageId'],
      })
    ).map((r) => r.usageId),

  /** Contracts covering usages that board projects touch, with the terms for the re-tender date. */
  coveringContracts: (db: Db, organisationId: string) =>
    db.contractCoverage.findMany({
      where: { usage: { organisationId, projects: { some: { project: onBoard(organisationId) } } } },
      select: { usageId: true, contract: { select: contractTermsSelect } },
    }),

  people: (db: Db, organisationId: string) =>
    db.person.findMany({
      where: { organisationId },
      select: {
        id: true,
        unitId: true,
        weeklyCapacityHours: true,
        competencies: { select: { competencyId: true } },
      },
    }),

  demands: (db: Db, organisationId: string) =>
    db.resourceDemand.findMany({
      where: { project: onBoard(organisationId) },
      select: { projectId: true, competencyId: true, quarter: true, hoursPerWeek: true },
    }),

  competencies: (db: Db, organisationId: string) =>
    db.competency.findMany({ where: { organisationId }, orderBy: { name: 'asc' } }),

  scenario: (db: Db, organisationId: string, id: string) =>
    db.portfolioScenario.findFirst({ where: { id, organisationId } }),

  scenarios: (db: Db, organisationId: string) =>
    db.portfolioScenario.findMany({ where: { organisationId }, orderBy: { createdAt: 'desc' } }),

  scenarioKeys: (db: Db, scenarioId: string) =>
    db.scenarioRank.findMany({ where: { scenarioId }, select: { projectId: true, rankKey: true } }),

  createScenario: (
    db: Db,
    data: { organisationId: string; name: string; createdById: string },
    ranks: { projectId: string; rankKey: string }[],
  ) => db.portfolioScenario.create({ data: { ...data, ranks: { create: ranks } } }),

  setScenarioKey: (db: Db, scenarioId: string, projectId: string, rankKey: string) =>
    db.scenarioRank.upsert({
      where: { scenarioId_projectId: { scenarioId, projectId } },
      create: { scenarioId, projectId, rankKey },
      update: { rankKey },
    }),

  approveScenario: (db: Db, id: string, version: number) =>
    db.portfolioScenario.updateMany({
      where: { id, version, approvedAt: null },
      data: { approvedAt: new Date(), version: { increment: 1 } },
    }),
};
