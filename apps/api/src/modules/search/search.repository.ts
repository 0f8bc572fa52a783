import type { SearchKind } from '@overblik/domain';
import { Prisma, type PrismaClient } from '@prisma/client';

export interface SearchHitRow {
  kind: SearchKind;
  id: string;
  name: string;
  detail: string | null;
  score: number;
}

/** Hits per kind: the list groups them by kind, and a name search rarely needs more to find it. */
const PER_KIND = 8;
/**
 * Word similarity a typo must reach (pg_trgm's default is 0.6): "økonmi" reaches 0.57 against
 * "Økonomi og løn", while unrelated names stay below 0.4.
 */
const TYPO_THRESHOLD = '0.5';

/**
 * Score of one name: exact name first, then names that start with the text, then the full-text
 * rank and the trigram word similarity (both 0..1).
 */
const score = (name: Prisma.Sql, doc: Prisma.Sql | null, text: string, query: string) => Prisma.sql`(
  CASE WHEN lower(${name}) = lower(${text}) THEN 4
       WHEN starts_with(lower(${name}), lower(${text})) THEN 2 ELSE 0 END
  + ${doc ? Prisma.sql`ts_rank(${doc}, to_tsquery('danish', ${query}))` : Prisma.sql`0`}
  + COALESCE(word_similarity(${text}, ${name}), 0))::float8`;

/** How one table is searched; column names are SQL, never input. */
interface Searched {
  kind: SearchKind;
  table: string;
  name: string;
  /** Indexed as `to_tsvector('danish', name || ' ' || description)` by an `…_fts` index. */
  withDescription: boolean;
  detail: string;
  /** Another exact match (a contract reference, a CVR), besides name and words. */
  exact?: string;
  scope: 'organisation' | 'catalogue';
}

const SEARCHED: Searched[] = [
  {
    kind: 'DATA_SOURCE',
    table: 'DataSource',
    name: 'name',
    withDescription: true,
    detail: 'NULL',
    scope: 'catalogue',
  },
  {
    kind: 'INTERFACE',
    table: 'Interface',
    name: 'name',
    withDescription: true,
    detail: 'NULL',
    scope: 'catalogue',
  },
  {
    kind: 'CONTRACT',
    table: 'Contract',
    name: 'name',
    withDescription: false,
    detail: 'reference',
    exact: 'reference',
    scope: 'organisation',
  },
  {
    kind: 'SUPPLIER',
    table: 'Supplier',
    name: 'name',
    withDescription: false,
    detail: 'cvr',
    exact: 'cvr',
    scope: 'catalogue',
  },
  {
    kind: 'PROJECT',
    table: 'Project',
    name: 'name',
    withDescription: true,
    detail: 'NULL',
    scope: 'organisation',
  },
  {
    kind: 'BENEFIT',
    table: 'Benefit',
    name: 'title',
    withDescription: true,
    detail: 'NULL',
    scope: 'organisation',
  },
];

/** The expression the table's `…_fts` index is built on (migration `…_search`); it must match exactly. */
const docOf = (name: string, alias = '') => {
  const at = alias ? `${alias}.` : '';
  return Prisma.raw(`to_tsvector('danish', ${at}${name} || ' ' || ${at}description)`);
};

/**
 * Ids of a table's rows whose name is like the text (typos) or whose name and description hold
 * its words: one index scan each, so only matches are scored, whatever the table's size.
 */
function candidates(
  table: string,
  name: string,
  withDescription: boolean,
  exact: string | undefined,
  t: string,
  q: string,
) {
  const from = Prisma.raw(`"${table}"`);
  const parts = [Prisma.sql`SELECT id FROM ${from} WHERE ${t} <% ${Prisma.raw(name)}`];
  if (withDescription)
    parts.push(Prisma.sql`SELECT id FROM ${from} WHERE ${docOf(name)} @@ to_tsquery('danish', ${q})`);
  if (exact) parts.push(Prisma.sql`SELECT id FROM ${from} WHERE lower(${Prisma.raw(exact)}) = lower(${t})`);
  return Prisma.join(parts, ' UNION ');
}

function branch(kind: SearchKind, select: Prisma.Sql, from: Prisma.Sql, where: Prisma.Sql) {
  return Prisma.sql`(SELECT ${kind}::text AS kind, ${select} FROM ${from} WHERE ${where}
    ORDER BY score DESC LIMIT ${PER_KIND})`;
}

/**
 * One query over every searched kind: the organisation's own usages, contracts, projects and
 * benefits, and the catalogue entries its organisations see (ADR 0006: shared ones and their own
 * local ones). `query` is the text as a prefix tsquery (words joined with &), or empty when the
 * text has no words.
 */
export function searchSql(
  organisationId: string,
  catalogueOrganisationIds: string[],
  t: string,
  q: string,
): Prisma.Sql {
  const usageScore = Prisma.sql`GREATEST(${score(Prisma.sql`s.name`, docOf('name', 's'), t, q)},
    ${score(Prisma.sql`u."localName"`, null, t, q)})`;
  const usages = branch(
    'SYSTEM',
    Prisma.sql`u.id, COALESCE(u."localName", s.name) AS name,
      CASE WHEN u."localName" IS NULL THEN NULL ELSE s.name END AS detail, ${usageScore} AS score`,
    Prisma.sql`"SystemUsage" u JOIN "ItSystem" s ON s.id = u."systemId"`,
    Prisma.sql`u."organisationId" = ${organisationId}::uuid AND (
      u."systemId" IN (${candidates('ItSystem', 'name', true, undefined, t, q)})
      OR u.id IN (SELECT id FROM "SystemUsage" WHERE ${t} <% "localName"))`,
  );
  const others = SEARCHED.map((k) => {
    const name = Prisma.raw(`x.${k.name}`);
    const scope =
      k.scope === 'organisation'
        ? Prisma.sql`x."organisationId" = ${organisationId}::uuid`
        : Prisma.sql`(x.visibility = 'SHARED' OR x."ownerOrganisationId" = ANY(${catalogueOrganisationIds}::uuid[]))`;
    return branch(
      k.kind,
      Prisma.sql`x.id, ${name} AS name, ${Prisma.raw(k.detail === 'NULL' ? 'NULL' : `x.${k.detail}`)} AS detail,
        ${score(name, k.withDescription ? docOf(k.name, 'x') : null, t, q)} AS score`,
      Prisma.raw(`"${k.table}" x`),
      Prisma.sql`${scope} AND x.id IN (${candidates(k.table, k.name, k.withDescription, k.exact, t, q)})`,
    );
  });
  return Prisma.sql`${Prisma.join([usages, ...others], ' UNION ALL ')} ORDER BY score DESC, name`;
}

export const searchRepository = {
  async search(
    prisma: PrismaClient,
    organisationId: string,
    catalogueOrganisationIds: string[],
    text: string,
    query: string,
  ): Promise<SearchHitRow[]> {
    const sql = searchSql(organisationId, catalogueOrganisationIds, text, query);
    // The typo threshold is set for this transaction only, so the `<%` operator (and its trigram
    // index) applies it; a bare word_similarity() comparison could use no index.
    const [, rows] = await prisma.$transaction([
      prisma.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${TYPO_THRESHOLD}, true)`,
      prisma.$queryRaw<SearchHitRow[]>(sql),
    ]);
    return rows;
  },
};
