import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatError } from '../../src/shared/format-error';
import { translate } from '../../src/shared/messages';
import { anOrganisation, startTestServer, type TestServer } from '../test-server';

type Errors = {
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; message: string }[] };
  }[];
};

describe('bad requests get GraphQL-shaped, localised answers that change nothing', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'haerd', { admin: ['ADMINISTRATOR'] });
  }, 60_000);
  afterAll(() => server.close());

  const raw = (body: string, locale = 'da') =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-overblik-locale': locale },
      body,
    });

  /** Nothing of the server's inside: no stack frames, file paths or library names. */
  const leaksNothing = (text: string) => {
    expect(text).not.toMatch(/<html|<pre|\bat \S+ \(|\/work\/|node_modules|SyntaxError|PayloadTooLarge/i);
  };

  it('answers malformed JSON with a JSON error in the viewer’s language', async () => {
    const da = await raw('{"query": "{ viewer { id } }"');
    expect(da.status).toBe(400);
    expect(da.headers.get('content-type')).toMatch(/application\/json/);
    const text = await da.text();
    leaksNothing(text);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: 'Forespørgslen kunne ikke læses: den skal være gyldig JSON.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const en = (await (await raw('{oops', 'en')).json()) as Errors;
    expect(en.errors![0].message).toBe('The request could not be read: it must be valid JSON.');
  });

  it("marks every answer no-store, without an ETag: one viewer's data is never kept by a browser or proxy", async () => {
    const anonymous = await raw(JSON.stringify({ query: '{ contractToday }' }));
    const admin = await server.client().signIn(a.email('admin'));
    const signedIn = await admin.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ units { id } }' }),
    });
    for (const res of [anonymous, signedIn]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('etag')).toBeNull();
    }
  });

  it('answers a body over the limit with 413 and a JSON error', async () => {
    const big = JSON.stringify({ query: '{ viewer { id } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const res = await raw(big);
    expect(res.status).toBe(413);
    const text = await res.text();
    leaksNothing(text);
    expect(JSON.parse(text)).toEqual({
      errors: [
        { message: 'Forespørgslen er for stor (højst 1 MB).', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
      ],
    });
  });

  it('answers the same in production mode: JSON, GraphQL-shaped, nothing of the inside', async () => {
    const production = await startTestServer({ production: true });
    try {
      const post = (body: string, locale: string) =>
        fetch(`${production.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-overblik-locale': locale },
          body,
        });
      const malformed = await post('{"query": "{ viewer { id } }"', 'en');
      expect(malformed.status).toBe(400);
      expect(malformed.headers.get('content-type')).toMatch(/application\/json/);
      const malformedText = await malformed.text();
      leaksNothing(malformedText);
      expect(JSON.parse(malformedText)).toEqual({
        errors: [
          {
            message: 'The request could not be read: it must be valid JSON.',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
      const big = JSON.stringify({ query: '{ viewer { id } }', variables: { pad: 'x'.repeat(1_100_000) } });
      const tooLarge = await post(big, 'da');
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.headers.get('content-type')).toMatch(/application\/json/);
      const tooLargeText = await tooLarge.text();
      leaksNothing(tooLargeText);
      expect(JSON.parse(tooLargeText)).toEqual({
        errors: [
          { message: 'Forespørgslen er for stor (højst 1 MB).', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
        ],
      });
    } finally {
      await production.close();
    }
  });

  it('refuses NUL and other control characters in text, naming the field, before anything is written', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const before = await server.db.prisma.unit.count();
    const CREATE = 'mutation($i: UnitCreateInput!) { createUnit(input: $i) { id } }';
    const res = await admin.post(CREATE, { i: { name: 'Løn\u0000og personale', code: 'LP\u0007' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Errors;
    expect(body.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(body.errors![0].message).toBe('Nogle felter er ikke udfyldt korrekt. Intet er gemt.');
    expect(body.errors![0].extensions!.fields).toEqual([
      { field: 'name', message: 'Må ikke indeholde kontroltegn (fx NUL).' },
      { field: 'code', message: 'Må ikke indeholde kontroltegn (fx NUL).' },
    ]);
    // Written into the query text instead of a variable: the same answer.
    const inline = (await admin.gql(
      'mutation { createUnit(input: { name: "Løn\\u0000" }) { id } }',
    )) as Errors;
    expect(inline.errors![0].extensions!.fields).toEqual([
      { field: 'input.name', message: 'Må ikke indeholde kontroltegn (fx NUL).' },
    ]);
    // Tabs and line breaks are ordinary text.
    const fine = await admin.gql<{ createUnit: { id: string } }>(CREATE, {
      i: { name: 'Løn\tog\npersonale' },
    });
    expect(fine.errors).toBeUndefined();
    expect(await server.db.prisma.unit.count()).toBe(before + 1);
  });

  it('answers a rename to a name another row has with CONFLICT, as creating does', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const CREATE = 'mutation($i: UnitCreateInput!) { createUnit(input: $i) { id version } }';
    await admin.gql(CREATE, { i: { name: 'Borgerservice' } });
    const other = (
      await admin.gql<{ createUnit: { id: string; version: number } }>(CREATE, { i: { name: 'Jobcenter' } })
    ).data!.createUnit;
    const renamed = (await admin.gql('mutation($i: UnitUpdateInput!) { updateUnit(input: $i) { id } }', {
      i: { id: other.id, version: other.version, name: 'Borgerservice' },
    })) as Errors;
    expect(renamed.errors![0].extensions!.code).toBe('CONFLICT');
    expect(renamed.errors![0].message).toBe('Enheden kan ikke gemmes: navnet er allerede brugt af en anden.');
    expect((await server.db.prisma.unit.findUnique({ where: { id: other.id } }))!.name).toBe('Jobcenter');
  });

  it('refuses queries over the limits in the viewer’s language, not as syntax errors', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const refusal = async (query: string) => {
      const body = (await (await admin.post(query)).json()) as Errors;
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions!.code).toBe('QUERY_LIMIT_EXCEEDED');
      expect(body.errors![0].message).not.toMatch(/syntax/i);
      return body.errors![0].message;
    };
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`;
    expect(await refusal(aliases)).toBe('Forespørgslen bruger for mange aliasser: højst 15.');
    const deep = `{ systemUsages { items { system { ${'parentSystem { '.repeat(12)}id${' }'.repeat(12)} } } } }`;
    expect(await refusal(deep)).toBe('Forespørgslen er for dybt indlejret: højst 12 niveauer.');
    // The same field may be selected many times (the selections merge), each with its own directive.
    const directives = `{ viewer { ${'id @include(if: true) '.repeat(25)} } }`;
    expect(await refusal(directives)).toBe('Forespørgslen har for mange direktiver: højst 20.');
    const tokens = `{ ${Array.from({ length: 1_300 }, () => 'viewer { id }').join(' ')} }`;
    expect(await refusal(tokens)).toBe('Forespørgslen er for lang: højst 5000 led.');
    admin.locale = 'en';
    expect(await refusal(aliases)).toBe('The query uses too many aliases: at most 15.');
    expect(await refusal(deep)).toBe('The query is nested too deeply: at most 12 levels.');
  });

  it('treats % and _ in a search as the characters themselves', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    await server.db.prisma.supplier.createMany({
      data: [{ name: 'Procent 100% A/S' }, { name: 'Under_streg ApS' }, { name: 'Almindelig ApS' }],
    });
    const names = async (search: string) =>
      (
        await admin.gql<{ suppliers: { items: { name: string }[] } }>(
          'query($s: String) { suppliers(search: $s) { items { name } } }',
          { s: search },
        )
      ).data!.suppliers.items.map((s) => s.name);
    expect(await names('%')).toEqual(['Procent 100% A/S']);
    expect(await names('_')).toEqual(['Under_streg ApS']);
  });
});

describe('formatError', () => {
  it('turns the cost limit, which no small test query reaches, into a localisable refusal', () => {
    const armor = 'Syntax Error: Query Cost limit of 50000 exceeded, found 61234.';
    // As sent: the Danish default until the request's language is known; nothing internal.
    expect(JSON.parse(JSON.stringify(formatError({ message: armor }, new Error(armor))))).toEqual({
      message: translate('da', 'error.limit.cost', { limit: 50000 }),
      extensions: { code: 'QUERY_LIMIT_EXCEEDED' },
    });
  });

  it('turns a unique index the database enforced, that no service caught, into CONFLICT', () => {
    const unique = Object.assign(new Error('Unique constraint failed'), {
      code: 'P2002',
      meta: { modelName: 'Unit', target: ['organisationId', 'name'] },
    });
    expect(formatError({ message: 'x' }, unique)).toEqual({
      message: translate('da', 'error.conflict.duplicate', { entity: 'Unit', field: 'name' }),
      extensions: { code: 'CONFLICT' },
    });
    // Through a driver adapter only the SQLSTATE may arrive: a generic conflict, never an internal error.
    const bare = Object.assign(new Error('duplicate key'), { cause: { code: '23505' } });
    expect(formatError({ message: 'x' }, bare)).toEqual({
      message: translate('da', 'error.conflict.unique', { field: 'value' }),
      extensions: { code: 'CONFLICT' },
    });
  });
});

describe('every text filter of the API', () => {
  /** Every TypeScript file of the API's source. */
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
    });

  it('escapes % and _ (Prisma passes contains/startsWith/endsWith to LIKE as they are)', () => {
    const unescaped = sources(join(__dirname, '../../src')).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /\b(?:contains|startsWith|endsWith): (?!likeLiteral\()[^,}\n]+/g,
        ),
      ]
        // An array filter (`has`) or a literal without wildcards cannot be a user's pattern.
        .filter((m) => !/^\w+: '[^'%_]*'$/.test(m[0]))
        .map((m) => `${file.slice(file.indexOf('src/'))}: ${m[0]}`),
    );
    expect(unescaped).toEqual([]);
  });
});
