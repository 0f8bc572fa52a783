import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import type { ProjectStatus, ProjectTeamRole } from '../../shared/enums';
import { likeLiteral } from '../../shared/like';

type Db = PrismaClient | Tx;

export interface ProjectQuery {
  organisationId: string;
  search?: string | null;
  statuses?: ProjectStatus[] | null;
  phase?: string | null;
  unitId?: string | null;
  strategyId?: string | null;
}

function projectWhere(q: ProjectQuery): Prisma.ProjectWhereInput {
  const search = q.search?.trim();
  return {
    organisationId: q.organisationId,
    ...(q.statuses?.length ? { status: { in: q.statuses } } : {}),
    ...(q.phase ? { phase: q.phase } : {}),
    ...(q.unitId ? { unitId: q.unitId } : {}),
    ...(q.strategyId ? { strategies: { some: { strategyId: q.strategyId } } } : {}),
    ...(search ? { name: { contains: likeLiteral(search), mode: 'insensitive' } } : {}),
  };
}

const ORDER: Record<string, (dir: Prisma.SortOrder) => Prisma.ProjectOrderByWithRelationInput[]> = {
  NAME: (dir) => [{ name: dir }, { id: 'asc' }],
  STATUS: (dir) => [{ status: dir }, { name: 'asc' }, { id: 'asc' }],
  PHASE: (dir) => [{ phase: dir }, { name: 'asc' }, { id: 'asc' }],
  START_DATE: (dir) => [{ startDate: { sort: dir, nulls: 'last' } }, { id: 'asc' }],
  UPDATED_AT: (dir) => [{ updatedAt: dir }, { id: 'asc' }],
};

const statusReportSelect = {
  id: true,
  projectId: true,
  reportedById: true,
  periodEnd: true,
  ragTime: true,
  ragCost: true,
  ragQuality: true,
  ragScope: true,
  progressPercent: true,
  spent: true,
  budget: true,
  risks: true,
  nextSteps: true,
  createdAt: true,
} satisfies Prisma.StatusReportSelect;

export type StatusReportRow = Prisma.StatusReportGetPayload<{ select: typeof statusReportSelect }>;

export const projectRepository = {
  async list(
    db: Db,
    q: ProjectQuery,
    sort: { field: string; direction: Prisma.SortOrder },
    page: { skip: number; take: number },
  ) {
    const where = projectWhere(q);
    const [items, totalCount] = await Promise.all([
      db.project.findMany({ where, orderBy: ORDER[sort.field](sort.direction), ...page }),
      db.project.count({ where }),
    ]);
    return { items, totalCount };
  },

  project: (db: Db, organisationIds: string[], id: string) =>
    db.project.findFirst({ where: { id, organisationId: { in: organisationIds } } }),

  create: (db: Db, data: Prisma.ProjectUncheckedCreateInput) => db.project.create({ data }),

  update: (db: Db, id: string, version: number, data: Prisma.ProjectUncheckedUpdateManyInput) =>
    db.project.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  /** The last manual rank key, so a new project joins the bottom of the board. */
  lastRankKey: async (db: Db, organisationId: string) => {
    const rows = await db.project.findMany({ where: { organisationId }, select: { rankKey: true } });
    // Keys compare by code unit; the database collation may not, so the maximum is taken here.
    return rows.reduce<string | null>((max, r) => (max === null || r.rankKey > max ? r.rankKey : max), null);
  },

  phaseDefinitions: (db: Db, organisationId: string) =>
    db.phaseDefinition.findMany({ where: { organisationId }, orderBy: { ordinal: 'asc' } }),

  phaseHistory: (db: Db, projectId: string) =>
    db.projectPhaseHistory.findMany({ where: { projectId }, orderBy: { enteredAt: 'asc' } }),

  closePhase: (db: Db, projectId: string, at: Date) =>
    db.projectPhaseHistory.updateMany({ where: { projectId, leftAt: null }, data: { leftAt: at } }),

  openPhase: (db: Db, projectId: string, phase: string, at: Date) =>
    db.projectPhaseHistory.create({ data: { projectId, phase, enteredAt: at } }),

  gateDecisions: (db: Db, projectId: string) =>
    db.gateDecision.findMany({ where: { projectId }, orderBy: { decidedAt: 'asc' } }),

  createGateDecision: (db: Db, data: Prisma.GateDecisionUncheckedCreateInput) =>
    db.gateDecision.create({ data }),

  artefacts: (db: Db, projectId: string) =>
    db.projectArtefact.findMany({ where: { projectId }, orderBy: { kind: 'asc' } }),

  upsertArtefact: (
    db: Db,
    projectId: string,
    kind: Prisma.ProjectArtefactCreateInput['kind'],
    data: { title: string; content: string },
  ) =>
    db.projectArtefact.upsert({
      where: { projectId_kind: { projectId, kind } },
      create: { projectId, kind, ...data },
      update: { ...data, providedAt: new Date(), version: { increment: 1 } },
    }),

  businessCase: (db: Db, projectId: string) =>
    db.businessCaseLine.findMany({ where: { projectId }, orderBy: [{ kind: 'asc' }, { year: 'asc' }] }),

  replaceBusinessCase: async (
    db: Db,
    projectId: string,
    lines: Omit<Prisma.BusinessCaseLineCreateManyInput, 'projectId'>[],
  ) => {
    await db.businessCaseLine.deleteMany({ where: { projectId } });
    if (lines.length) await db.businessCaseLine.createMany({ data: lines.map((l) => ({ ...l, projectId })) });
  },

  strategies: (db: Db, projectId: string) =>
    db.strategy.findMany({ where: { projects: { some: { projectId } } }, orderBy: { name: 'asc' } }),

  replaceStrategies: async (db: Db, projectId: string, strategyIds: string[]) => {
    await db.projectStrategy.deleteMany({ where: { projectId } });
    if (strategyIds.length) {
      await db.projectStrategy.createMany({
        data: strategyIds.map((strategyId) => ({ projectId, strategyId })),
      });
    }
  },

  systems: (db: Db, projectId: string) =>
    db.projectSystem.findMany({
      where: { projectId },
      select: { usageId: true, usage: { select: { localName: true, system: { select: { name: true } } } } },
    }),

  replaceSystems: async (db: Db, projectId: string, usageIds: string[]) => {
    await db.projectSystem.deleteMany({ where: { projectId } });
    if (usageIds.length) {
      await db.projectSystem.createMany({ data: usageIds.map((usageId) => ({ projectId, usageId })) });
    }
  },

  dependencies: (db: Db, projectId: string) =>
    db.project.findMany({ where: { dependencyOf: { some: { projectId } } }, orderBy: { name: 'asc' } }),

  /** The projects that depend on this one. */
  dependants: (db: Db, projectId: string) =>
    db.project.findMany({
      where: { dependsOn: { some: { dependsOnId: projectId } } },
      orderBy: { name: 'asc' },
    }),

  /** Every dependency among the organisation's projects, to refuse a loop. */
  dependencyEdges: (db: Db, organisationId: string) =>
    db.projectDependency.findMany({
      where: { project: { organisationId } },
      select: { projectId: true, dependsOnId: true },
    }),

  /** The dependencies of these projects, for a list (one query). */
  dependencyEdgesOf: (db: Db, projectIds: string[]) =>
    db.projectDependency.findMany({
      where: { projectId: { in: projectIds } },
      select: { projectId: true, dependsOnId: true },
    }),

  replaceDependencies: async (db: Db, projectId: string, dependsOnIds: string[]) => {
    await db.projectDependency.deleteMany({ where: { projectId } });
    if (dependsOnIds.length) {
      await db.projectDependency.createMany({
        data: dependsOnIds.map((dependsOnId) => ({ projectId, dependsOnId })),
      });
    }
  },

  delete: (db: Db, id: string, version: number) => db.project.deleteMany({ where: { id, version } }),

  lifecycleDecisions: (db: Db, projectId: string) =>
    db.projectLifecycleDecision.findMany({ where: { projectId }, orderBy: { decidedAt: 'asc' } }),

  createLifecycleDecision: (db: Db, data: Prisma.ProjectLifecycleDecisionUncheckedCreateInput) =>
    db.projectLifecycleDecision.create({ data }),

  team: (db: Db, projectId: string) =>
    db.projectTeamMember.findMany({
      where: { projectId },
      select: { userId: true, role: true, user: { select: { id: true, name: true, email: true } } },
      orderBy: [{ role: 'asc' }, { user: { name: 'asc' } }],
    }),

  replaceTeam: async (db: Db, projectId: string, members: { userId: string; role: ProjectTeamRole }[]) => {
    await db.projectTeamMember.deleteMany({ where: { projectId } });
    if (members.length) {
      await db.projectTeamMember.createMany({ data: members.map((m) => ({ ...m, projectId })) });
    }
  },

  benefitCount: (db: Db, projectId: string) => db.benefit.count({ where: { projectId } }),

  listStrategies: (db: Db, organisationId: string) =>
    db.strategy.findMany({ where: { organisationId }, orderBy: { name: 'asc' } }),

  statusReports: (db: Db, projectIds: string[]) =>
    db.statusReport.findMany({
      where: { projectId: { in: projectIds } },
      select: statusReportSelect,
      orderBy: [{ periodEnd: 'asc' }, { createdAt: 'asc' }],
    }),

  createStatusReport: (db: Db, data: Prisma.StatusReportUncheckedCreateInput) =>
    db.statusReport.create({ data, select: statusReportSelect }),

  /** How many of the ids exist in the organisation, per kind of reference. */
  async countReferences(
    db: Db,
    organisationId: string,
    refs: {
      userIds: string[];
      unitIds: string[];
      strategyIds: string[];
      usageIds: string[];
      projectIds?: string[];
    },
  ) {
    const count = (ids: string[], fn: () => Promise<number>) => (ids.length ? fn() : Promise.resolve(0));
    const projectIds = refs.projectIds ?? [];
    const [users, units, strategies, usages, projects] = await Promise.all([
      count(refs.userIds, () =>
        db.membership.count({ where: { organisationId, userId: { in: refs.userIds } } }),
      ),
      count(refs.unitIds, () => db.unit.count({ where: { organisationId, id: { in: refs.unitIds } } })),
      count(refs.strategyIds, () =>
        db.strategy.count({ where: { organisationId, id: { in: refs.strategyIds } } }),
      ),
      count(refs.usageIds, () =>
        db.systemUsage.count({ where: { organisationId, id: { in: refs.usageIds } } }),
      ),
      count(projectIds, () => db.project.count({ where: { organisationId, id: { in: projectIds } } })),
    ]);
    return { users, units, strategies, usages, projects };
  },
};
