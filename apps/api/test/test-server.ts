import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Role } from '@overblik/domain';
import { createApp } from '../src/app';
import { readConfig, type AppConfig } from '../src/config';
import type { Database } from '../src/db/database';
import { hashPassword } from '../src/modules/auth/auth.service';
import { freshDatabase } from './test-database';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; message: string }[] };
  }[];
}

/** A GraphQL client over real HTTP that keeps its own session cookie. */
export class TestClient {
  private cookie = '';
  organisationId: string | null = null;
  locale: 'da' | 'en' = 'da';

  constructor(readonly url: string) {}

  /** The same person (session cookie, organisation, language) talking to another server. */
  at(url: string): TestClient {
    const other = new TestClient(url);
    other.cookie = this.cookie;
    other.organisationId = this.organisationId;
    other.locale = this.locale;
    return other;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    const res = await this.post(query, variables);
    return (await res.json()) as GraphQLResult<T>;
  }

  /** The same, to the path that takes an uploaded workbook (/graphql-import). */
  async upload<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    const res = await this.post(query, variables, {}, '/graphql-import');
    return (await res.json()) as GraphQLResult<T>;
  }

  async post(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
    path = '/graphql',
  ) {
    const res = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-overblik-locale': this.locale,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.organisationId ? { 'x-overblik-organisation': this.organisationId } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return res;
  }

  /** Any other request to the server, with this client's session and language. */
  fetch(path: string, init: RequestInit = {}) {
    return fetch(`${this.url}${path}`, {
      ...init,
      headers: {
        'x-overblik-locale': this.locale,
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  }

  async signIn(email: string, password = TEST_PASSWORD) {
    const result = await this.gql<{ signIn: { id: string } }>(
      'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      { e: email, p: password },
    );
    if (result.errors) throw new Error(`sign-in failed: ${result.errors[0].message}`);
    return this;
  }
}

export const TEST_PASSWORD = 'test-password-1';
let passwordHash: Promise<string> | null = null;

export interface TestServer {
  url: string;
  db: Database;
  client(): TestClient;
  close(): Promise<void>;
}

/**
 * The real app (Express + Apollo) on a random port over a fresh database. `port` fixes the port,
 * for tests whose PUBLIC_URL must be known before the app starts (single sign-on callbacks).
 */
export async function startTestServer(config: Partial<AppConfig> = {}, port = 0): Promise<TestServer> {
  const db = await freshDatabase();
  // Listen first, so the app knows its own address (links and SAML endpoints are built from it).
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const app = await createApp({ ...readConfig(), production: false, publicUrl: url, ...config }, db);
  server.on('request', app.express);
  return {
    url,
    db,
    client: () => new TestClient(url),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await db.close();
    },
  };
}

/**
 * A second app process's worth — its own Express app, Apollo server and in-memory state — on the
 * same database as `server`, as two API processes behind a load balancer. Closing it leaves the database.
 */
export async function anotherInstance(server: TestServer, config: Partial<AppConfig> = {}) {
  const app = await createApp({ ...readConfig(), production: false, ...config }, server.db);
  const listener = app.express.listen(0);
  await new Promise<void>((resolve) => listener.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  return {
    url,
    client: () => new TestClient(url),
    close: async () => {
      await new Promise<void>((resolve) => listener.close(() => resolve()));
      await app.stop();
    },
  };
}

/** A port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => probe.once('listening', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** An organisation with a unit and one user per requested role set. Set-up only: bypasses the API. */
export async function anOrganisation(db: Database, slug: string, users: Record<string, Role[]>) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const org = await db.prisma.organisation.create({
    data: { name: `${slug} Kommune`, slug, type: 'MUNICIPALITY' },
  });
  const unit = await db.prisma.unit.create({
    data: { organisationId: org.id, name: 'IT og Digitalisering' },
  });
  const userIds: Record<string, string> = {};
  for (const [key, roles] of Object.entries(users)) {
    const user = await db.prisma.user.create({
      data: { email: `${key}@${slug}.test`, name: `${key} ${slug}`, passwordHash: hash },
    });
    await db.prisma.membership.create({ data: { userId: user.id, organisationId: org.id, roles } });
    userIds[key] = user.id;
  }
  const email = (key: string) => `${key}@${slug}.test`;
  return { org, unit, userIds, email };
}

/** A catalogue system with a usage in the organisation. */
export async function aUsage(
  db: Database,
  organisationId: string,
  name: string,
  extra: { responsibleUnitId?: string; ownerUserId?: string } = {},
) {
  const system = await db.prisma.itSystem.create({ data: { name } });
  return db.prisma.systemUsage.create({ data: { organisationId, systemId: system.id, ...extra } });
}
