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
const score = (name: Prisma.Sql, tsv: Prisma.Sql | null, text: string, query: string) => Prisma.sql`(
  CASE WHEN lower(${name}) = lower(${text}) THEN 4
       WHEN starts_with(lower(${name}), lower(${text})) THEN 2 ELSE 0 END
  + ${tsv ? Prisma.sql`ts_rank(${tsv}, to_tsquery('danish', ${query}))` : Prisma.sql`0`}
  + word_similarity(${text}, ${name}))::float8`;

/** A name matches by trigram similarity (typos) or, where a description is indexed, by Danish words. */
const matches = (name: Prisma.Sql, tsv: Prisma.Sql | null, text: string, query: string) =>
  tsv
    ? Prisma.sql`(${text} <% ${name} OR ${tsv} @@ to_tsquery('danish', ${query}))`
    : Prisma.sql`${text} <% ${name}`;

/** The expressions the `…_fts` indexes are built on (migration `…_search`); they must match exactly. */
const tsv = (table: string, name = 'name') =>
  Prisma.raw(`to_tsvector('danish', ${table}.${name} || ' ' || ${table}.description)`);

/** Catalogue entries the viewer's organisations see (ADR 0006): shared ones and their own local ones. */
const visible = (table: string, organisationIds: string[]) =>
  Prisma.sql`(${Prisma.raw(table)}.visibility = 'SHARED' OR ${Prisma.raw(table)}."ownerOrganisationId" = ANY(${organisationIds}::uuid[]))`;

function branch(kind: SearchKind, select: Prisma.Sql, from: Prisma.Sql, where: Prisma.Sql) {
  return Prisma.sql`(SELECT ${kind}::text AS kind, ${select} FROM ${from} WHERE ${where}
    ORDER BY score DESC LIMIT ${PER_KIND})`;
}

export const searchRepository = {
  /**
   * One query over every searched kind: the organisation's own usages, contracts, projects and
   * benefits, and the catalogue entries it sees. `query` is the text as a prefix tsquery (words
   * joined with &), or empty when the text has no words.
   */
  async search(
    prisma: PrismaClient,
    organisationId: string,
    catalogueOrganisationIds: string[],
    text: string,
    query: string,
  ): Promise<SearchHitRow[]> {
    const t = text;
    const q = query;
    const usageName = Prisma.sql`COALESCE(u."localName", s.name)`;
    const usageScore = Prisma.sql`GREATEST(${score(Prisma.sql`s.name`, tsv('s'), t, q)},
      COALESCE(${score(Prisma.sql`u."localName"`, null, t, q)}, 0))`;
    const named = (
      table: string,
      kind: SearchKind,
      name = 'name',
      withText = true,
      detail = Prisma.sql`NULL`,
    ) => {
      const col = Prisma.raw(`${table}.${name}`);
      const doc = withText ? tsv(table, name) : null;
      const s = score(col, doc, t, q);
      return { col, doc, s, kind, detail };
    };
    const ds = named('d', 'DATA_SOURCE');
    const it = named('i', 'INTERFACE');
    const ct = named('c', 'CONTRACT', 'name', false, Prisma.sql`c.reference`);
    const sp = named('sp', 'SUPPLIER', 'name', false, Prisma.sql`sp.cvr`);
    const pr = named('p', 'PROJECT');
    const bn = named('b', 'BENEFIT', 'title');
    const sql = Prisma.sql`
      ${branch(
        'SYSTEM',
        Prisma.sql`u.id, ${usageName} AS name, CASE WHEN u."localName" IS NULL THEN NULL ELSE s.name END AS detail, ${usageScore} AS score`,
        Prisma.sql`"SystemUsage" u JOIN "ItSystem" s ON s.id = u."systemId"`,
        Prisma.sql`u."organisationId" = ${organisationId}::uuid AND (${matches(Prisma.sql`s.name`, tsv('s'), t, q)}
          OR ${t} <% u."localName")`,
      )}
      UNION ALL ${branch(ds.kind, Prisma.sql`d.id, d.name, NULL AS detail, ${ds.s} AS score`, Prisma.sql`"DataSource" d`, Prisma.sql`${visible('d', catalogueOrganisationIds)} AND ${matches(ds.col, ds.doc, t, q)}`)}
      UNION ALL ${branch(it.kind, Prisma.sql`i.id, i.name, NULL AS detail, ${it.s} AS score`, Prisma.sql`"Interface" i`, Prisma.sql`${visible('i', catalogueOrganisationIds)} AND ${matches(it.col, it.doc, t, q)}`)}
      UNION ALL ${branch(ct.kind, Prisma.sql`c.id, c.name, ${ct.detail} AS detail, ${ct.s} AS score`, Prisma.sql`"Contract" c`, Prisma.sql`c."organisationId" = ${organisationId}::uuid AND (${t} <% c.name OR c.reference ILIKE ${t})`)}
      UNION ALL ${branch(sp.kind, Prisma.sql`sp.id, sp.name, ${sp.detail} AS detail, ${sp.s} AS score`, Prisma.sql`"Supplier" sp`, Prisma.sql`${visible('sp', catalogueOrganisationIds)} AND (${t} <% sp.name OR sp.cvr = ${t})`)}
      UNION ALL ${branch(pr.kind, Prisma.sql`p.id, p.name, NULL AS detail, ${pr.s} AS score`, Prisma.sql`"Project" p`, Prisma.sql`p."organisationId" = ${organisationId}::uuid AND ${matches(pr.col, pr.doc, t, q)}`)}
      UNION ALL ${branch(bn.kind, Prisma.sql`b.id, b.title AS name, NULL AS detail, ${bn.s} AS score`, Prisma.sql`"Benefit" b`, Prisma.sql`b."organisationId" = ${organisationId}::uuid AND ${matches(bn.col, bn.doc, t, q)}`)}
      ORDER BY score DESC, name`;
    // The typo threshold is set for this transaction only, so the `<%` operator (and its trigram
    // index) applies it; a bare word_similarity() comparison could use no index.
    const [, rows] = await prisma.$transaction([
      prisma.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${TYPO_THRESHOLD}, true)`,
      prisma.$queryRaw<SearchHitRow[]>(sql),
    ]);
    return rows;
  },
};
