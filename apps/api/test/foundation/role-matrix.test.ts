import { ROLES, type Role } from '@overblik/domain';
import { getNamedType, isLeafType, type GraphQLField } from 'graphql';
import { buildOverblikSchema } from '../../src/schema/build-schema';
import { startTestServer, TestClient, type TestServer } from '../test-server';
import { matrixWorld, type MatrixWorld } from './role-matrix.fixture';
import { MATRIX, type MatrixEntry } from './role-matrix.table';

jest.setTimeout(120_000);

type Actor = Role | 'SIGNED_OUT';
const REFUSALS = ['FORBIDDEN', 'UNAUTHENTICATED'];

/** The mutation with exactly the arguments the input gives, selecting only `__typename`. */
function documentFor(field: GraphQLField<unknown, unknown>, vars: Record<string, unknown>) {
  const args = field.args.filter((a) => a.name in vars);
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

const allowedRoles = (entry: MatrixEntry): readonly Role[] =>
  typeof entry.allowed === 'string' ? ROLES : entry.allowed;

describe('role matrix: every mutation as every role and signed out (ADR 0029)', () => {
  const schema = buildOverblikSchema();
  let fields: Record<string, GraphQLField<unknown, unknown>>;
  let server: TestServer;
  let w: MatrixWorld;
  const clients = new Map<Actor, TestClient>();

  beforeAll(async () => {
    fields = (await schema).getMutationType()!.getFields();
    server = await startTestServer({ rateLimitPerMinute: 100_000 });
    w = await matrixWorld(server.db);
    for (const role of ROLES) clients.set(role, await signedIn(role));
    clients.set('SIGNED_OUT', anonymous());
  }, 120_000);
  afterAll(() => server.close());

  function anonymous() {
    const client = server.client();
    client.organisationId = w.organisationId;
    return client;
  }
  async function signedIn(role: Role) {
    const client = await server.client().signIn(w.email(role));
    client.organisationId = w.organisationId;
    return client;
  }

  /** The error code of one run ('OK' without errors), the client fresh where the entry says so. */
  async function run(name: string, entry: MatrixEntry, actor: Actor, vars: Record<string, unknown>) {
    const client = !entry.freshSession
      ? clients.get(actor)!
      : actor === 'SIGNED_OUT'
        ? anonymous()
        : await signedIn(actor);
    const result = await client.gql(documentFor(fields[name], vars), vars);
    // Signing out everywhere ends the shared session of that role too.
    if (entry.freshSession && actor !== 'SIGNED_OUT') clients.set(actor, await signedIn(actor));
    return result.errors?.length ? (result.errors[0].extensions?.code ?? 'NO_CODE') : 'OK';
  }

  it('has one entry per mutation of the built schema', () => {
    expect(Object.keys(fields).sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(Object.keys(MATRIX).sort())('%s', async (name) => {
    const entry = MATRIX[name];
    expect(fields[name]).toBeDefined();
    const allowed = allowedRoles(entry);
    const refusedInput = entry.invalid ?? entry.valid;
    const wrong: string[] = [];
    const expectCode = (actor: string, got: string, want: (code: string) => boolean, what: string) => {
      if (!want(got)) wrong.push(`${actor}: ${got}, expected ${what}`);
    };

    // Signed out: refused before anything else unless the mutation is public.
    const out = await run(
      name,
      entry,
      'SIGNED_OUT',
      (entry.allowed === 'PUBLIC' ? entry.valid : refusedInput)(w),
    );
    if (entry.allowed === 'PUBLIC') expectCode('SIGNED_OUT', out, (c) => !REFUSALS.includes(c), 'allowed');
    else expectCode('SIGNED_OUT', out, (c) => c === 'UNAUTHENTICATED', 'UNAUTHENTICATED');

    // Roles that may not: refused even for input that breaks a rule (permission before validation).
    for (const role of ROLES.filter((r) => !allowed.includes(r))) {
      expectCode(role, await run(name, entry, role, refusedInput(w)), (c) => c === 'FORBIDDEN', 'FORBIDDEN');
    }
    // The input really breaks a rule: a role that may run it hears about the rule.
    if (entry.invalid && allowed.length) {
      const code = await run(name, entry, allowed[0], entry.invalid(w));
      expectCode(`${allowed[0]} (invalid)`, code, (c) => c === 'VALIDATION_FAILED', 'VALIDATION_FAILED');
    }
    // Roles that may: never refused for who they are.
    for (const role of allowed) {
      const code = await run(name, entry, role, entry.valid(w));
      expectCode(
        role,
        code,
        (c) => !REFUSALS.includes(c) && !c.startsWith('GRAPHQL') && c !== 'BAD_USER_INPUT',
        'allowed',
      );
    }
    // A system owner on a usage they keep.
    if (entry.keeper) {
      const code = await run(name, entry, 'SYSTEM_OWNER', entry.keeper(w));
      expectCode('SYSTEM_OWNER (keeper)', code, (c) => !REFUSALS.includes(c), 'allowed');
    }
    expect(wrong).toEqual([]);
  });
});
