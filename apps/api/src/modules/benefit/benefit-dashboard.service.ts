import {
  addDays,
  addMonths,
  type BenefitDashboardGroup,
  benefitDashboard,
  followUpGaps,
  type IsoDate,
  plannedVsRealisedSeries,
} from '@overblik/domain';
import type { Context } from '../../context';
import { requireOrganisation } from '../../shared/access';
import { benefitDashboardRepository } from './benefit-dashboard.repository';
import type { BenefitDashboardNode, BenefitDashboardRowNode, BenefitGroupBy } from './benefit-dashboard.type';
import { verifyBenefits } from './benefit-verification';
import type { VarianceRag } from './benefit.type';
import { applyVerification } from './benefit.view';

const MONTHS_BACK = 24;
const MONTHS_AHEAD = 12;

/** Month ends from MONTHS_BACK − 1 months before asOf's month to MONTHS_AHEAD months after it. */
export function seriesMonths(asOf: IsoDate): IsoDate[] {
  const firstOfMonth = `${asOf.slice(0, 8)}01`;
  const months: IsoDate[] = [];
  for (let i = -(MONTHS_BACK - 1); i <= MONTHS_AHEAD; i++) {
    months.push(addDays(addMonths(firstOfMonth, i + 1), -1));
  }
  return months;
}

const toRow = (group: BenefitDashboardGroup, label: string | null): BenefitDashboardRowNode => ({
  key: group.key,
  label,
  benefitCount: group.benefitCount,
  plannedKr: group.plannedKr,
  realisedKr: group.realisedKr,
  targetKr: group.targetKr,
  realisationPercent: group.realisationPercent,
  rag: group.rag as VarianceRag | null,
  cashable: group.cashable,
  nonCashable: group.nonCashable,
  qualitativeCount: group.qualitative.count,
});

export const benefitDashboardService = {
  /**
   * One batched load of the organisation's benefits (with profile, measurements and project
   * strategies), the landscape records verified benefits point at, and the names to label groups;
   * everything else is the domain rules over that data in memory.
   */
  async dashboard(
    ctx: Context,
    groupBy: BenefitGroupBy,
    asOfArg: IsoDate | null,
  ): Promise<BenefitDashboardNode> {
    const { organisationId } = requireOrganisation(ctx);
    const asOf = asOfArg ?? ctx.today;
    const [rows, context] = await Promise.all([
      benefitDashboardRepository.benefits(ctx.prisma, organisationId),
      benefitDashboardRepository.context(ctx.prisma, organisationId),
    ]);
    const verifications = await verifyBenefits(ctx.prisma, organisationId, rows, asOf);
    const benefits = rows.map((row) => applyVerification(row, verifications.get(row.id), asOf));

    const names = new Map<string, string>([
      ...context.units.map((u) => [u.id, u.name] as const),
      ...context.strategies.map((s) => [s.id, s.name] as const),
      ...context.projects.map((p) => [p.id, p.name] as const),
    ]);
    const [total] = benefitDashboard(benefits, asOf, 'ORGANISATION');
    const groups = groupBy === 'ORGANISATION' ? [total] : benefitDashboard(benefits, asOf, groupBy);

    const gaps = followUpGaps(benefits, context.projects, asOf);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const benefitRefs = (ids: string[]) =>
      ids.map((id) => {
        const row = byId.get(id)!;
        return { id, title: row.title, projectId: row.projectId, projectName: row.projectName };
      });

    return {
      asOf,
      groupBy,
      total: toRow(total, null),
      rows: groups.map((g) => toRow(g, g.key === null ? null : (names.get(g.key) ?? null))),
      series: plannedVsRealisedSeries(benefits, seriesMonths(asOf)).map((p) => ({
        ...p,
        realisedKr: p.date > asOf ? null : p.realisedKr,
      })),
      gaps: {
        projectsWithoutBenefits: gaps.projectsWithoutBenefits.map((id) => ({
          id,
          name: names.get(id) ?? '',
        })),
        benefitsWithoutOwner: benefitRefs(gaps.benefitsWithoutOwner),
        benefitsWithoutMeasurements: benefitRefs(gaps.benefitsWithoutMeasurements),
        overdueBenefits: benefitRefs(gaps.overdueBenefits),
      },
      verifiedCount: [...verifications.values()].filter((v) => v.verified).length,
    };
  },
};
