import { latestStatusByProject } from '@overblik/domain';
import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { projectRepository as repo, type StatusReportRow } from './project.repository';
import { toStatusReportNode } from './status-report.mapper';

/**
 * Loaders of this module, made once per request context (the WeakMap dies with the request), so a
 * list of projects asks for its latest status reports in one query.
 */
const perRequest = new WeakMap<Context, ReturnType<typeof create>>();

function create(ctx: Context) {
  return {
    latestStatus: new DataLoader<string, ReturnType<typeof toLatest>>(async (ids) => {
      const rows = await repo.statusReports(ctx.prisma, [...ids]);
      const byProject = latestStatusByProject(
        [...ids],
        rows.map((r) => ({ ...toDomainReport(r), row: r })),
        ctx.today,
      );
      return ids.map((id) => toLatest(byProject.get(id)!));
    }),
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

function toLatest(s: {
  report: ({ row: StatusReportRow } & ReturnType<typeof toDomainReport>) | null;
  ageDays: number | null;
  missing: boolean;
}) {
  return {
    report: s.report ? toStatusReportNode(s.report.row) : null,
    ageDays: s.ageDays,
    missing: s.missing,
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
