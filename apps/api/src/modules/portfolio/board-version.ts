import type { Context } from '../../context';

/** count:sum(hash of the listed columns) for a table's rows that belong to the organisation. */
const hashed = (table: string, columns: string, scope: string) =>
  `(SELECT count(*) || ':' || coalesce(sum(hashtext(${columns})), 0) FROM "${table}" t ${scope})`;
const viaProject = `JOIN "Project" p ON p.id = t."projectId" WHERE p."organisationId" = $1::uuid`;
const own = `WHERE t."organisationId" = $1::uuid`;

const PARTS = [
  hashed('Project', `t.id::text || t."rankKey" || t.status::text || t.name || t.version::text`, own),
  hashed('PrioritisationModel', `t.id::text || t.active::text || t.version::text`, own),
  hashed(
    'Criterion',
    `t.id::text || t.version::text || t.weight::text || t."scaleMin"::text || t."scaleMax"::text || t.direction::text || t.mandatory::text`,
    `JOIN "PrioritisationModel" m ON m.id = t."modelId" WHERE m."organisationId" = $1::uuid`,
  ),
  hashed(
    'Category',
    `t.id::text || t.version::text || t.dimension || t.name`,
    `JOIN "PrioritisationModel" m ON m.id = t."modelId" WHERE m."organisationId" = $1::uuid`,
  ),
  hashed('ProjectCategory', `t."projectId"::text || t."categoryId"::text`, viaProject),
  hashed('CriterionScore', `t."projectId"::text || t."criterionId"::text || t.value::text`, viaProject),
  hashed(
    'ResourceDemand',
    `t."projectId"::text || t."competencyId"::text || t.quarter || t."hoursPerWeek"::text`,
    viaProject,
  ),
  hashed('ProjectSystem', `t."projectId"::text || t."usageId"::text`, viaProject),
  hashed('Person', `t.id::text || t.version::text || t."weeklyCapacityHours"::text`, own),
  hashed(
    'PersonCompetency',
    `t."personId"::text || t."competencyId"::text`,
    `JOIN "Person" x ON x.id = t."personId" WHERE x."organisationId" = $1::uuid`,
  ),
  hashed('Competency', `t.id::text || t.name`, own),
  hashed('UsageDataSource', `t.id::text || t.authoritative::text || t."usageId"::text`, own),
  hashed('Contract', `t.id::text || t.version::text`, own),
  hashed(
    'ContractCoverage',
    `t."contractId"::text || t."usageId"::text`,
    `JOIN "Contract" c ON c.id = t."contractId" WHERE c."organisationId" = $1::uuid`,
  ),
  hashed(
    'ContractOption',
    `t.id::text || t.version::text || coalesce(t."exercisedOn"::text, '')`,
    `JOIN "Contract" c ON c.id = t."contractId" WHERE c."organisationId" = $1::uuid`,
  ),
  hashed(
    'ScenarioRank',
    `t."scenarioId"::text || t."projectId"::text || t."rankKey"`,
    `JOIN "PortfolioScenario" s ON s.id = t."scenarioId" WHERE s."organisationId" = $1::uuid`,
  ),
];

/**
 * The data version of an organisation's ranking board: a fingerprint of every row it is computed
 * from (projects and their keys, the model and its categories, scores, demands, people, landscape and contract facts,
 * scenario keys) plus today's date (time criticality moves with it). Any change makes the next
 * board request rebuild; one statement of index scans.
 */
export async function boardVersion(ctx: Context, organisationId: string): Promise<string> {
  const [row] = await ctx.prisma.$queryRawUnsafe<{ fingerprint: string }[]>(
    `SELECT concat_ws('|', ${PARTS.join(', ')}) AS fingerprint`,
    organisationId,
  );
  return `${row.fingerprint}@${ctx.today}`;
}
