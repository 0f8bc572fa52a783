import type { Context } from '../../context';
import { landscapeVersion } from '../landscape/landscape.service';

/** count:sum(hash of the listed columns) over a table's rows, scoped to the organisation. */
const hashed = (table: string, columns: string, scope: string) =>
  `(SELECT count(*) || ':' || coalesce(sum(hashtext(${columns})), 0) FROM "${table}" t ${scope})`;
const own = `WHERE t."organisationId" = $1::uuid`;
const viaBenefit = `JOIN "Benefit" b ON b.id = t."benefitId" WHERE b."organisationId" = $1::uuid`;
const viaProject = `JOIN "Project" p ON p.id = t."projectId" WHERE p."organisationId" = $1::uuid`;

const PARTS = [
  // Every column the dashboard reads that can change without a version bump (set null when a
  // project, person or unit is deleted) is hashed beside id and version.
  hashed(
    'Benefit',
    `t.id::text || t.version::text || coalesce(t."projectId"::text, '') || coalesce(t."responsibleUserId"::text, '')
     || coalesce(t."harvestingUnitId"::text, '') || coalesce(t."verificationUsageId"::text, '')
     || coalesce(t."verificationContractId"::text, '') || coalesce(t."verificationEdgeId"::text, '')`,
    own,
  ),
  hashed('BenefitProfilePoint', `t."benefitId"::text || t.date::text || t."plannedValue"::text`, viaBenefit),
  // Measurements are appended and deleted, never edited; id and value still go in the hash.
  hashed('BenefitMeasurement', `t.id::text || t.version::text || t.value::text`, viaBenefit),
  hashed('Strategy', `t.id::text || t.version::text || t.name`, own),
  hashed('ProjectStrategy', `t."projectId"::text || t."strategyId"::text`, viaProject),
  hashed('BusinessCaseLine', `t.id::text || t.version::text`, viaProject),
  hashed('ProjectArtefact', `t.id::text || t.version::text || t.kind::text`, viaProject),
];

/**
 * The data version of an organisation's benefit dashboard: a fingerprint of the benefits, their
 * profiles and measurements, strategies and business cases, plus the landscape's version (it covers
 * projects, units, usages, contracts with options, economy lines and coverage, and data-source
 * edges, which verified benefits are checked against) and today's date. Any change makes the next
 * dashboard request rebuild.
 */
export async function benefitDashboardVersion(ctx: Context, organisationId: string): Promise<string> {
  const [landscape, [row]] = await Promise.all([
    landscapeVersion(ctx, organisationId),
    ctx.prisma.$queryRawUnsafe<{ fingerprint: string }[]>(
      `SELECT concat_ws('|', ${PARTS.join(', ')}) AS fingerprint`,
      organisationId,
    ),
  ]);
  return `${row.fingerprint}#${landscape}`;
}
