import type { GraphQLBenchCase } from '../bench-case';

/** Storby's first system name with its second letter dropped ("Affaldssystem" → "Afaldssystem"). */
const TYPED = `SELECT left(s.name, 1) || substr(s.name, 3) AS text
  FROM "SystemUsage" u JOIN "ItSystem" s ON s.id = u."systemId"
  JOIN "Organisation" o ON o.id = u."organisationId" WHERE o.slug = 'storby' ORDER BY s.name LIMIT 1`;

/** The API's database call for the text `typed` selects; the prefix query built as the API builds it. */
const searchSql = (
  typed: string,
) => `SELECT h.* FROM (${typed}) typed, LATERAL overblik_search($1, ARRAY[$1]::uuid[], typed.text,
  array_to_string(ARRAY(SELECT w[1] || ':*' FROM regexp_matches(lower(typed.text), '([[:alnum:]]+)', 'g') w), ' & ')) h`;

const QUERY = `query SearchBench($text: String!) { search(text: $text) { kind id name detail score } }`;

/**
 * Global search (issue 17, ADR 0020) on the `large` profile, over every searched kind at once:
 * a typed name with a typo, and a common word that most names share (the most hits to score).
 * Target: p95 ≤ 50 ms single client. The raw SQL is the same database call the API makes, so the
 * ratio shows the cost of HTTP, GraphQL and Prisma around it.
 */
export const cases: GraphQLBenchCase[] = [
  {
    name: 'global search (typo, every kind)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: QUERY,
    // A real name of the profile with a letter dropped, so trigram matching must work.
    variables: async (sql) => {
      const [row] = await sql.query<{ text: string }>(TYPED);
      return { text: row.text };
    },
    rawSql: searchSql(TYPED),
    targets: { p95Ms: 50 },
  },
  {
    name: 'global search (common word, every kind)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: QUERY,
    variables: { text: 'system' },
    rawSql: searchSql(`SELECT 'system' AS text`),
    targets: { p95Ms: 50 },
  },
];
