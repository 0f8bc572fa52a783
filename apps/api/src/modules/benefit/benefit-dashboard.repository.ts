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

type BenefitSqlRow = Omit<DashboardBenefit, 'profile' | 'measurements'> & {
  profile: string | null;
  measurements: string | null;
};

/**
 * "2025-01-01 600000.00;2026-01-01 400000.00" → dated values, in the order PostgreSQL listed them.
 * Decimal text parses to the same double as a float8 cast, so the numbers equal the stored ones.
 */
export function parseDatedValues(text: string | null): { date: string; value: number }[] {
  if (!text) return [];
  return text.split(';').map((pair) => {
    const space = pair.indexOf(' ');
    return { date: pair.slice(0, space), value: Number(pair.slice(space + 1)) };
  });
}

export const benefitDashboardRepository = {
  /**
   * The organisation's benefits with profile, measurements and project strategies in one SQL
   * query. The dashboard reads every benefit of the organisation (1,000 benefits and 10,000
   * measurements on the large profile). Each benefit's profile and measurements come back as one
   * compact text aggregate instead of a row each: on PGlite, reading 10,000 result rows cost about
   * five times the query itself, while the aggregate keeps the result at one row per benefit.
   * Measurements keep recording order within a day, so a same-day correction is read as the latest.
   */
  async benefits(db: PrismaClient, organisationId: string): Promise<DashboardBenefit[]> {
    const rows = await db.$queryRaw<BenefitSqlRow[]>`
      SELECT b.id, b."projectId", p.name AS "projectName", b.title, b.type::text AS type, b.cashable,
             b."responsibleUserId", b."harvestingUnitId", b.baseline::float8 AS baseline,
             b.target::float8 AS target, b.direction::text AS direction,
             to_char(b."startDate", 'YYYY-MM-DD') AS "startDate", to_char(b."dueDate", 'YYYY-MM-DD') AS "dueDate",
             b.verification::text AS verification, b."verificationUsageId", b."verificationContractId",
             b."verificationEdgeId",
             COALESCE((SELECT array_agg(ps."strategyId"::text) FROM "ProjectStrategy" ps
                       WHERE ps."projectId" = b."projectId"), ARRAY[]::text[]) AS "strategyIds",
             (SELECT string_agg(to_char(pp.date, 'YYYY-MM-DD') || ' ' || pp."plannedValue"::text, ';'
                                ORDER BY pp.date)
              FROM "BenefitProfilePoint" pp WHERE pp."benefitId" = b.id) AS profile,
             (SELECT string_agg(to_char(m."measuredOn", 'YYYY-MM-DD') || ' ' || m.value::text, ';'
                                ORDER BY m."measuredOn", m."createdAt", m.id)
              FROM "BenefitMeasurement" m WHERE m."benefitId" = b.id) AS measurements
      FROM "Benefit" b LEFT JOIN "Project" p ON p.id = b."projectId"
      WHERE b."organisationId" = ${organisationId}::uuid
      ORDER BY b.id`;
    return rows.map(({ profile, measurements, ...b }) => ({
      ...b,
      profile: parseDatedValues(profile).map((p) => ({ date: p.date, plannedValue: p.value })),
      measurements: parseDatedValues(measurements).map((m) => ({ measuredOn: m.date, value: m.value })),
    }));
  },

  /**
   * Names and business-case flags the dashboard needs beside the benefits. A business case is
   * either lines in the project's economy or the BUSINESS_CASE artefact; both are checked in SQL
   * so the projects cost one statement rather than one per relation.
   */
  async context(db: PrismaClient, organisationId: string) {
    const [projects, units, strategies] = await Promise.all([
      db.$queryRaw<{ id: string; name: string; hasBusinessCase: boolean }[]>`
        SELECT p.id, p.name,
               (EXISTS (SELECT 1 FROM "BusinessCaseLine" bc WHERE bc."projectId" = p.id)
                OR EXISTS (SELECT 1 FROM "ProjectArtefact" a
                           WHERE a."projectId" = p.id AND a.kind = 'BUSINESS_CASE')) AS "hasBusinessCase"
        FROM "Project" p
        WHERE p."organisationId" = ${organisationId}::uuid AND p.status <> 'REJECTED'
        ORDER BY p.id`,
      db.unit.findMany({ where: { organisationId }, select: { id: true, name: true } }),
      db.strategy.findMany({ where: { organisationId }, select: { id: true, name: true } }),
    ]);
    return { projects, units, strategies };
  },
};
