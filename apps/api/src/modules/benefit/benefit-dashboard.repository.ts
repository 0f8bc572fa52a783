import type { Benefit } from '@overblik/domain';
import type { PrismaClient } from '@prisma/client';
import type { VerificationKind } from '../../shared/enums';

/** A benefit as the dashboard reads it: the domain fields plus what labels and verification need. */
export interface DashboardBenefit extends Benefit {
  projectName: string | null;
  verification: VerificationKind;
  verificationUsageId: string | null;
  verificationContractId: string | null;
  verificationEdgeId: string | null;
}

type BenefitSqlRow = Omit<DashboardBenefit, 'profile' | 'measurements'>;
interface PointSqlRow {
  benefitId: string;
  date: string;
  value: number;
}

function groupByBenefit(rows: PointSqlRow[]) {
  const groups = new Map<string, PointSqlRow[]>();
  for (const row of rows) {
    const list = groups.get(row.benefitId);
    if (list) list.push(row);
    else groups.set(row.benefitId, [row]);
  }
  return groups;
}

export const benefitDashboardRepository = {
  /**
   * The organisation's benefits with profile, measurements and project strategies in three flat
   * SQL queries. The dashboard reads every benefit of the organisation (1,000 benefits and 10,000
   * measurements on the large profile); numbers and dates come out of PostgreSQL ready for the
   * rules (float8, ISO text), which halves the load against Prisma's nested select and Decimals.
   * Measurements keep recording order within a day, so a same-day correction is read as the latest.
   */
  async benefits(db: PrismaClient, organisationId: string): Promise<DashboardBenefit[]> {
    const [benefits, profile, measurements] = await Promise.all([
      db.$queryRaw<BenefitSqlRow[]>`
        SELECT b.id, b."projectId", p.name AS "projectName", b.title, b.type::text AS type, b.cashable,
               b."responsibleUserId", b."harvestingUnitId", b.baseline::float8 AS baseline,
               b.target::float8 AS target, b.direction::text AS direction,
               to_char(b."startDate", 'YYYY-MM-DD') AS "startDate", to_char(b."dueDate", 'YYYY-MM-DD') AS "dueDate",
               b.verification::text AS verification, b."verificationUsageId", b."verificationContractId",
               b."verificationEdgeId",
               COALESCE((SELECT array_agg(ps."strategyId"::text) FROM "ProjectStrategy" ps
                         WHERE ps."projectId" = b."projectId"), ARRAY[]::text[]) AS "strategyIds"
        FROM "Benefit" b LEFT JOIN "Project" p ON p.id = b."projectId"
        WHERE b."organisationId" = ${organisationId}::uuid
        ORDER BY b.id`,
      db.$queryRaw<PointSqlRow[]>`
        SELECT pp."benefitId", to_char(pp.date, 'YYYY-MM-DD') AS date, pp."plannedValue"::float8 AS value
        FROM "BenefitProfilePoint" pp JOIN "Benefit" b ON b.id = pp."benefitId"
        WHERE b."organisationId" = ${organisationId}::uuid
        ORDER BY pp.date`,
      db.$queryRaw<PointSqlRow[]>`
        SELECT m."benefitId", to_char(m."measuredOn", 'YYYY-MM-DD') AS date, m.value::float8 AS value
        FROM "BenefitMeasurement" m JOIN "Benefit" b ON b.id = m."benefitId"
        WHERE b."organisationId" = ${organisationId}::uuid
        ORDER BY m."measuredOn", m."createdAt", m.id`,
    ]);
    const profiles = groupByBenefit(profile);
    const measured = groupByBenefit(measurements);
    return benefits.map((b) => ({
      ...b,
      profile: (profiles.get(b.id) ?? []).map((p) => ({ date: p.date, plannedValue: p.value })),
      measurements: (measured.get(b.id) ?? []).map((m) => ({ measuredOn: m.date, value: m.value })),
    }));
  },

  /** Names and business-case flags the dashboard needs beside the benefits (three queries). */
  async context(db: PrismaClient, organisationId: string) {
    const [projects, units, strategies] = await Promise.all([
      db.project.findMany({
        where: { organisationId, status: { not: 'REJECTED' } },
        select: {
          id: true,
          name: true,
          _count: { select: { businessCase: true } },
          artefacts: { where: { kind: 'BUSINESS_CASE' }, select: { id: true } },
        },
      }),
      db.unit.findMany({ where: { organisationId }, select: { id: true, name: true } }),
      db.strategy.findMany({ where: { organisationId }, select: { id: true, name: true } }),
    ]);
    return {
      // A business case is either lines in the project's economy or the BUSINESS_CASE artefact.
      projects: projects.map((p) => ({
        id: p.id,
        name: p.name,
        hasBusinessCase: p._count.businessCase > 0 || p.artefacts.length > 0,
      })),
      units,
      strategies,
    };
  },
};
