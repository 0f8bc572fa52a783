import { purgeIdempotencyKeys } from '../../src/shared/idempotency';
import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';

const CREATE = `mutation CreatePerson($input: PersonCreateInput!) { createPerson(input: $input) { id name } }`;

interface Answer {
  status: number;
  replayed: string | null;
  retryAfter: string | null;
  body: {
    data?: { createPerson: { id: string; name: string } } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

async function create(client: TestClient, name: string, key?: string): Promise<Answer> {
  const res = await client.post(
    CREATE,
    { input: { name } },
    key === undefined ? {} : { 'Idempotency-Key': key },
  );
  return {
    status: res.status,
    replayed: res.headers.get('idempotent-replayed'),
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as Answer['body'],
  };
}

describe('Idempotency-Key on mutations', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'idem-a', {
      coordinator: ['PROJECT_COORDINATOR'],
      other: ['PROJECT_COORDINATOR'],
    });
    b = await anOrganisation(server.db, 'idem-b', { coordinator: ['PROJECT_COORDINATOR'] });
  });
  afterAll(() => server.close());

  const people = (organisationId: string, name: string) =>
    server.db.prisma.person.count({ where: { organisationId, name } });
  const audits = (organisationId: string) =>
    server.db.prisma.auditEntry.count({ where: { organisationId, entityType: 'Person', action: 'CREATE' } });

  it('replays the first answer to a retry with the same key: one row, one audit entry', async () => {
    const client = await server.client().signIn(a.email('coordinator'));
    const auditsBefore = await audits(a.org.id);
    const first = await create(client, 'Retry Rasmussen', 'key-retry-1');
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBeNull();
    const retry = await create(client, 'Retry Rasmussen', 'key-retry-1');
    expect(retry.replayed).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await people(a.org.id, 'Retry Rasmussen')).toBe(1);
    expect(await audits(a.org.id)).toBe(auditsBefore + 1);
    // Without a key the same request makes a second row: the key is what prevents it.
    await create(client, 'Retry Rasmussen');
    expect(await people(a.org.id, 'Retry Rasmussen')).toBe(2);
  });

  it('treats whitespace and comments in the operation as the same request', async () => {
    const client = await server.client().signIn(a.email('coordinator'));
    const first = await create(client, 'Whitespace Winther', 'key-ws');
    const res = await client.post(
      `# retried by the client\nmutation CreatePerson( $input : PersonCreateInput! ) {\n  createPerson(input: $input) { id, name }\n}`,
      { input: { name: 'Whitespace Winther' } },
      { 'Idempotency-Key': 'key-ws' },
    );
    expect(res.headers.get('idempotent-replayed')).toBe('true');
    expect(await res.json()).toEqual(first.body);
    expect(await people(a.org.id, 'Whitespace Winther')).toBe(1);
  });

  it('refuses the key with another request, in the viewer’s language, and changes nothing', async () => {
    const client = await server.client().signIn(a.email('coordinator'));
    await create(client, 'Første Fischer', 'key-reused');
    const other = await create(client, 'Anden Andersen', 'key-reused');
    expect(other.body.data ?? null).toBeNull();
    expect(other.body.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.body.errors?.[0].message).toMatch(/Idempotency-Key er allerede brugt/);
    expect(await people(a.org.id, 'Anden Andersen')).toBe(0);
    client.locale = 'en';
    const english = await create(client, 'Anden Andersen', 'key-reused');
    expect(english.body.errors?.[0].message).toMatch(/already used for a different change/);
    // Another viewer of the same organisation is another request too.
    const colleague = await server.client().signIn(a.email('other'));
    const theirs = await create(colleague, 'Første Fischer', 'key-reused');
    expect(theirs.body.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await people(a.org.id, 'Første Fischer')).toBe(1);
  });

  it('keeps keys per organisation: the same key in another organisation is its own', async () => {
    const inA = await server.client().signIn(a.email('coordinator'));
    const inB = await server.client().signIn(b.email('coordinator'));
    const first = await create(inA, 'Tenant Thomsen', 'key-shared');
    const second = await create(inB, 'Tenant Thomsen', 'key-shared');
    expect(second.replayed).toBeNull();
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data!.createPerson.id).not.toBe(first.body.data!.createPerson.id);
    expect(await people(a.org.id, 'Tenant Thomsen')).toBe(1);
    expect(await people(b.org.id, 'Tenant Thomsen')).toBe(1);
    expect(
      await server.db.prisma.person.count({
        where: { id: second.body.data!.createPerson.id, organisationId: b.org.id },
      }),
    ).toBe(1);
  });

  it('runs concurrent requests with one key once; the others get its answer', async () => {
    const client = await server.client().signIn(a.email('coordinator'));
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => create(client, 'Samtidig Sørensen', 'key-concurrent')),
    );
    expect(await people(a.org.id, 'Samtidig Sørensen')).toBe(1);
    const ids = new Set(answers.map((x) => x.body.data?.createPerson.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toEqual(expect.any(String));
    expect(answers.filter((x) => x.replayed === 'true')).toHaveLength(4);
  });

  it('tells a retry to come back while the first request holds the key, and takes over an abandoned one', async () => {
    const client = await server.client().signIn(a.email('coordinator'));
    await create(client, 'Held Hansen', 'key-held');
    // As if the first request were still running: it holds the key and has stored no answer.
    const held = { organisationId_key: { organisationId: a.org.id, key: 'key-held' } };
    await server.db.prisma.idempotencyKey.update({
      where: held,
      data: { response: null, lockedAt: new Date() },
    });
    const waiting = await create(client, 'Held Hansen', 'key-held');
    expect(waiting.body.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(waiting.retryAfter).toBe('1');
    expect(await people(a.org.id, 'Held Hansen')).toBe(1);
    // Its process died: after a minute the key is given to the retry.
    await server.db.prisma.idempotencyKey.update({
      where: held,
      data: { lockedAt: new Date(Date.now() - 2 * 60_000) },
    });
    const takenOver = await create(client, 'Held Hansen', 'key-held');
    expect(takenOver.body.errors).toBeUndefined();
    expect((await create(client, 'Held Hansen', 'key-held')).replayed).toBe('true');
  });

  it('gives the key up after a failed request, so the corrected retry runs', async () => {
    const client = await server.client().signIn(a.email('coordinator'));
    const failed = await create(client, '', 'key-failed');
    expect(failed.body.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const again = await create(client, '', 'key-failed');
    expect(again.replayed).toBeNull();
    expect(again.body.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(await server.db.prisma.idempotencyKey.count({ where: { key: 'key-failed' } })).toBe(0);
  });

  it('refuses a malformed key and changes nothing', async () => {
    const client = await server.client().signIn(a.email('coordinator'));
    const bad = await create(client, 'Bad Key Bach', 'has spaces in it');
    expect(bad.body.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors?.[0].message).toMatch(/Idempotency-Key skal være/);
    expect(await people(a.org.id, 'Bad Key Bach')).toBe(0);
  });

  it('answers after 24 hours as a new request, and the purge deletes expired keys and only those', async () => {
    const client = await server.client().signIn(a.email('coordinator'));
    await create(client, 'Udløbet Ulriksen', 'key-expired');
    await server.db.prisma.idempotencyKey.updateMany({
      where: { key: 'key-expired' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const later = await create(client, 'Udløbet Ulriksen', 'key-expired');
    expect(later.replayed).toBeNull();
    expect(await people(a.org.id, 'Udløbet Ulriksen')).toBe(2);

    await server.db.prisma.idempotencyKey.updateMany({
      where: { key: 'key-expired' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const live = await server.db.prisma.idempotencyKey.count({ where: { expiresAt: { gt: new Date() } } });
    expect(live).toBeGreaterThan(0);
    // One process of several runs it (the claim is tested with the other scheduled jobs in operations.test.ts).
    expect(await purgeIdempotencyKeys(server.db)).toBe(1);
    expect(await server.db.prisma.idempotencyKey.count({ where: { key: 'key-expired' } })).toBe(0);
    expect(await server.db.prisma.idempotencyKey.count({ where: { expiresAt: { gt: new Date() } } })).toBe(
      live,
    );
  });
});
