import type { Context } from '../../context';
import { copenhagenToday } from '../contract/contract-today';
import { visibleContracts } from './joint-tender-sharing';
import { tenderRepository as repo } from './tender.repository';

/** count:sum(hash of the listed columns) over a table's rows of the visible organisations ($1). */
const hashed = (table: string, columns: string, scope: string) =>
  `(SELECT count(*) || ':' || coalesce(sum(hashtext(${columns})), 0) FROM "${table}" t ${scope})`;
const own = `WHERE t."organisationId" = ANY($1::uuid[])`;
const viaContract = `JOIN "Contract" c ON c.id = t."contractId" WHERE c."organisationId" = ANY($1::uuid[])`;
/** A catalogue table shared by all organisations: its names label the candidates. */
const catalogue = (table: string) =>
  `(SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max("updatedAt")::text, '') FROM "${table}")`;

const PARTS = [
  // updatedAt beside version: a writer outside the services (SQL, seed) may not bump the version.
  hashed('Contract', `t.id::text || t.version::text || t."updatedAt"::text`, own),
  hashed('SystemUsage', `t.id::text || t.version::text || t."updatedAt"::text`, own),
  hashed('Integration', `t.id::text || t.version::text || t."updatedAt"::text`, own),
  hashed(
    'Organisation',
    `t.id::text || t.version::text || t."updatedAt"::text`,
    `WHERE t.id = ANY($1::uuid[])`,
  ),
  hashed('ContractCoverage', `t."contractId"::text || t."usageId"::text`, viaContract),
  hashed(
    'ContractOption',
    `t.id::text || t.version::text || t.months::text || coalesce(t."exercisedOn"::text, '')`,
    viaContract,
  ),
  hashed(
    'ContractEconomyLine',
    `t.id::text || t.version::text || t.amount::text || t.kind::text`,
    viaContract,
  ),
  catalogue('ItSystem'),
  catalogue('Supplier'),
];

/**
 * The data version of an organisation's joint-tender discovery: its collaborations with their
 * members and what each shares (read exactly, so revoking a share hides the contracts on the next
 * request), a fingerprint of every row discovery reads for the organisations whose contracts it may
 * see (contracts with options, costs and coverage, the usages and integrations that set migration
 * times, their settings and names, the system and supplier names), and today's date, since
 * validity and decision dates move with it.
 */
export async function jointTenderVersion(ctx: Context, organisationId: string): Promise<string> {
  const collaborations = await repo.collaborationsOf(ctx.prisma, organisationId);
  const { visible } = visibleContracts(organisationId, collaborations);
  const [row] = await ctx.prisma.$queryRawUnsafe<{ fingerprint: string }[]>(
    `SELECT concat_ws('|', ${PARTS.join(', ')}) AS fingerprint`,
    [...visible],
  );
  const members = collaborations.map(
    (c) =>
      `${c.id}(${c.members.map((m) => `${m.organisationId}:${[...m.shares].sort().join(',')}`).join(';')})`,
  );
  return `${members.join('')}#${row.fingerprint}@${copenhagenToday()}`;
}
