import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { contractList } from '../../src/modules/contract/contract-list-version';
import { buildOverblikSchema } from '../../src/schema/build-schema';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo-seed';
import { READ_MODEL_AREAS, type ReadModelArea } from '../../src/shared/data-version';
import { dataVersionRepository } from '../../src/shared/data-version.repository';
import { startTestServer, type TestServer } from '../test-server';

/**
 * The cached root fields (app.ts) and the data-version area each answer is kept under (ADR 0036),
 * with the fields below them that the cache never covers (their queries always execute).
 */
const CACHED: Record<string, { area: ReadModelArea; never: readonly string[] }> = {
  landscapeGraph: { area: 'landscape', never: [] },
  portfolioBoard: { area: 'portfolio', never: [] },
  benefitDashboard: { area: 'benefits', never: [] },
  contracts: { area: 'contracts', never: contractList.never },
};

/** Every field below a type that takes no required argument, a type at most once per path. */
function fullSelection(type: GraphQLObjectType, never: readonly string[], path: string[] = []): string {
  const fields = Object.values(type.getFields()).filter(
    (f: GraphQLField<unknown, unknown>) =>
      !never.includes(f.name) && f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined),
  );
  const parts: string[] = [];
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && !path.includes(named.name) && path.length < 7) {
      const below = fullSelection(named, never, [...path, named.name]);
      if (below) parts.push(`${field.name} { ${below} }`);
    }
  }
  return parts.join(' ');
}

const TABLE = /(?:FROM|JOIN)\s+(?:"public"\.)?"([A-Za-z]+)"/g;

/**
 * Tables every signed-in request reads before its operation (session, sign-in provider, user,
 * memberships, the versions themselves), which carry no data-version trigger (data-versions.test.ts).
 */
const PER_REQUEST = ['Session', 'SignInProvider', 'User', 'Membership', 'DataVersion'];

/** Tables read without a trigger of their own, each with why its changes still move the version. */
const COVERED_BY_PARENT: Record<string, string> = {
  ProposalDecision:
    "written only in the transaction that moves its proposal's status (proposal.service), whose trigger moves it",
};

/** Each table's data-version areas from its trigger's arguments; 'catalogue' for shared catalogues. */
async function triggerAreas(server: TestServer): Promise<Map<string, string[]>> {
  const rows = await server.db.sql.query<{ table: string; args: string }>(
    `SELECT c.relname AS table, encode(t.tgargs, 'escape') AS args FROM pg_trigger t
     JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'overblik_data_version_insert'`,
  );
  return new Map(
    rows.map(({ table, args }) => {
      const [orgColumn, , areas = ''] = args.split('\\000');
      if (orgColumn === '') return [table, ['catalogue']];
      return [table, areas === '' ? [...READ_MODEL_AREAS] : areas.split(',')];
    }),
  );
}

describe('read-model areas: every table a cached answer reads moves that answer’s data version', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.db);
  });
  afterAll(() => server?.close());

  it.each(Object.keys(CACHED))('%s', async (root) => {
    const { area, never } = CACHED[root];
    const schema = await buildOverblikSchema();
    const field = schema.getQueryType()!.getFields()[root];
    const type = getNamedType(field.type) as GraphQLObjectType;
    const query = `{ ${root} { ${fullSelection(type, never, [type.name])} } }`;
    const client = await server.client().signIn('koordinator@norddal.dk', DEMO_PASSWORD);
    const org = await server.db.prisma.organisation.findFirstOrThrow({ where: { slug: 'norddal' } });
    client.organisationId = org.id;
    const { result, queries } = await server.db.captureQueries(() => client.gql(query));
    expect(result.errors).toBeUndefined();
    const tables = [...new Set(queries.flatMap((q) => [...q.matchAll(TABLE)].map((m) => m[1])))].sort();
    const areas = await triggerAreas(server);
    // Sanity: the capture saw the read model's own tables.
    expect(tables).toEqual(expect.arrayContaining(['Organisation', 'SystemUsage']));
    const uncovered = tables.filter(
      (t) =>
        !PER_REQUEST.includes(t) &&
        !COVERED_BY_PARENT[t] &&
        !areas.get(t)?.some((a) => a === area || a === 'catalogue'),
    );
    expect(uncovered).toEqual([]);
  });

  it('a write moves the versions of the areas its table feeds and leaves the others', async () => {
    const org = await server.db.prisma.organisation.findFirstOrThrow({ where: { slug: 'norddal' } });
    const scopes = [org.id, ...READ_MODEL_AREAS.map((a) => `${org.id}/${a}`)];
    const read = () => dataVersionRepository.read(server.db.prisma, scopes);
    const moved = (before: Map<string, string>, after: Map<string, string>) =>
      scopes.filter((s) => before.get(s) !== after.get(s)).map((s) => s.replace(`${org.id}/`, ''));

    let before = await read();
    await server.db.prisma.person.create({
      data: { organisationId: org.id, name: 'Versions-Vera', weeklyCapacityHours: 37 },
    });
    expect(moved(before, await read())).toEqual([org.id, 'portfolio']);

    before = await read();
    await server.db.prisma.unit.create({ data: { organisationId: org.id, name: 'Versionsenheden' } });
    expect(moved(before, await read())).toEqual([org.id, ...READ_MODEL_AREAS]);
  });
});
