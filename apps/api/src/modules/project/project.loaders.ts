import {
  latestStatusByProject,
  missingStatusReport,
  mustReportStatus,
  type ProjectStatus,
} from '@overblik/domain';
import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { phaseModel } from './project-phases';
import { projectRepository as repo, type StatusReportRow } from './project.repository';
import { toStatusReportNode } from './status-report.mapper';

/**
 * Loaders of this module, made once per request context (the WeakMap dies with the request), so a
 * list of projects asks for its latest status reports in one query.
 */
const perRequest = new WeakMap<Context, ReturnType<typeof create>>();

function create(ctx: Context) {
  return {
    latestStatus: new DataLoader<ReportingProject, ReturnType<typeof toLatest>, string>(
      async (projects) => {
        const ids = projects.map((p) => p.id);
        const rows = await repo.statusReports(ctx.prisma, ids);
        const byProject = latestStatusByProject(
          ids,
          rows.map((r) => ({ ...toDomainReport(r), row: r })),
          ctx.today,
        );
        // Whether a report is due depends on the phase's place in the organisation's own model.
        const models = new Map<string, string[]>();
        for (const organisationId of new Set(projects.map((p) => p.organisationId))) {
          models.set(
            organisationId,
            (await phaseModel(ctx.prisma, organisationId)).map((p) => p.key),
          );
        }
        return projects.map((p) => toLatest(p, models.get(p.organisationId)!, byProject.get(p.id)!));
      },
      { cacheKeyFn: (p) => p.id },
    ),
    dependsOnIds: new DataLoader<string, string[]>(async (ids) => {
      const edges = await repo.dependencyEdgesOf(ctx.prisma, [...ids]);
      return ids.map((id) => edges.filter((e) => e.projectId === id).map((e) => e.dependsOnId));
    }),
  };
}

const toDomainReport = (r: StatusReportRow) => ({
  id: r.id,
  projectId: r.projectId,
  reportDate: r.periodEnd.toISOString().slice(0, 10),
  time: r.ragTime,
  cost: r.ragCost,
  quality: r.ragQuality,
  scope: r.ragScope,
});

/** What the latest status needs to know of a project: its reporting duty follows status and phase. */
export interface ReportingProject {
  id: string;
  organisationId: string;
  status: ProjectStatus;
  phase: string;
}

function toLatest(
  project: ReportingProject,
  phaseKeys: readonly string[],
  s: {
    report: ({ row: StatusReportRow } & ReturnType<typeof toDomainReport>) | null;
    ageDays: number | null;
    missing: boolean;
  },
) {
  return {
    report: s.report ? toStatusReportNode(s.report.row) : null,
    ageDays: s.ageDays,
    mustReport: mustReportStatus(project, phaseKeys),
    missing: missingStatusReport(project, phaseKeys, s),
  };
}

export function projectLoaders(ctx: Context) {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
