import type { GraphQLBenchCase } from '../bench-case';

/**
 * Global search (issue 17, ADR 0020) on the `large` profile: a typed name with a typo, over every
 * searched kind at once. Target: p95 ≤ 50 ms single client.
 */
export const cases: GraphQLBenchCase[] = [
  {
    name: 'global search (typo, every kind)',
    profile: 'large',
    user: 'bench@storby.dk',
    organisationSlug: 'storby',
    query: `query SearchBench($text: String!) { search(text: $text) { kind id name detail score } }`,
    // A real name of the profile with its second letter dropped, so trigram matching must work.
    variables: async (sql) => {
      const [row] = await sql.query<{ name: string }>(
        `SELECT s.name FROM "SystemUsage" u JOIN "ItSystem" s ON s.id = u."systemId"
          JOIN "Organisation" o ON o.id = u."organisationId" WHERE o.slug = 'storby' ORDER BY s.name LIMIT 1`,
      );
      return { text: row.name.slice(0, 1) + row.name.slice(2) };
    },
    targets: { p95Ms: 50 },
  },
];
