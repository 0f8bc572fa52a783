import { programmeRollup, type ProgrammeStatusReport } from '@overblik/domain';
import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { num } from '../../shared/scalars';
import { benefitDashboardRepository } from '../benefit/benefit-dashboard.repository';
import { verifyBenefits } from '../benefit/benefit-verification';
import { applyVerification } from '../benefit/benefit.view';
import { projectRepository } from '../project/project.repository';
import type { ProgrammeRollupNode } from './programme.type';
import { programmeRepository as repo, type ProgrammeRow } from './programme.repository';

/**
 * Loaders of this module, made once per request context, so a list of programmes reads its
 * projects, their status reports and the organisation's benefits once for all roll-ups.
 */
const perRequest = new WeakMap<Context, ReturnType<typeof create>>();

/**
 * The benefits the roll-ups count, as the benefit dashboard counts them (verified savings included),
 * read once per organisation the programmes belong to.
 */
async function benefitsOf(ctx: Context, organisationIds: string[]) {
  const perOrganisation = await Promise.all(
    organisationIds.map(async (organisationId) => {
      const rows = await benefitDashboardRepository.benefits(ctx.prisma, organisationId);
      const verifications = await verifyBenefits(ctx.prisma, organisationId, rows, ctx.today);
      return rows.map((row) => applyVerification(row, verifications.get(row.id), ctx.today));
    }),
  );
  return perOrganisation.flat();
}

function create(ctx: Context) {
  return {
    rollup: new DataLoader<ProgrammeRow, ProgrammeRollupNode, string>(
      async (programmes) => {
        const projects = await repo.rollupProjects(
          ctx.prisma,
          programmes.map((p) => p.id),
        );
        const [reports, benefits] = await Promise.all([
          projectRepository.statusReports(
            ctx.prisma,
            projects.map((p) => p.id),
          ),
          projects.length
            ? benefitsOf(ctx, [...new Set(programmes.map((p) => p.organisationId))])
            : Promise.resolve([]),
        ]);
        const domainReports: ProgrammeStatusReport[] = reports.map((r) => ({
          id: r.id,
          projectId: r.projectId,
          reportDate: r.periodEnd.toISOString().slice(0, 10),
          time: r.ragTime,
          cost: r.ragCost,
          quality: r.ragQuality,
          scope: r.ragScope,
          spent: num(r.spent) ?? 0,
          budget: num(r.budget) ?? 0,
          risks: r.risks,
        }));
        const names = new Map(projects.map((p) => [p.id, p.name]));
        return programmes.map((programme) => {
          const own = projects
            .filter((p) => p.programmeId === programme.id)
            .map((p) => ({ id: p.id, status: p.status, budget: num(p.budget) ?? 0 }));
          const rollup = programmeRollup(own, domainReports, benefits, ctx.today);
          return {
            ...rollup,
            risks: rollup.risks.map((r) => ({ ...r, projectName: names.get(r.projectId) ?? '' })),
          };
        });
      },
      { cacheKeyFn: (p) => p.id },
    ),
  };
}

export function programmeLoaders(ctx: Context) {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
