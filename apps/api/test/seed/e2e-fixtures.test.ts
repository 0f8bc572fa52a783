import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { readConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { todayInCopenhagen } from '../../src/shared/today';
import { runContractAlerts } from '../../src/modules/notification/contract-alert.job';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/seed/demo-seed';
import { freshDatabase } from '../test-database';
import { TestClient } from '../test-server';

interface WorldAnswer {
  tag: string;
  password: string;
  users: Record<string, string>;
}

const VIEWER = '{ viewer { email memberships { organisation { slug name } } } }';
const CONTRACTS = '{ contracts(limit: 200) { totalCount items { id name } } }';

/** The real app on a random loopback port, with or without the test-only fixture endpoint. */
async function serve(db: Database, e2eFixtures: boolean) {
  const app = await createApp({ ...readConfig(), production: false, e2eFixtures }, db);
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.stop();
  };
  return { url, close };
}

describe('e2e fixture endpoint (POST /e2e/worlds)', () => {
  let db: Database;
  let on: Awaited<ReturnType<typeof serve>>;
  let off: Awaited<ReturnType<typeof serve>>;
  let first: WorldAnswer;
  let second: WorldAnswer;
  let systemsBefore: number;

  const createWorld = async (url: string) => fetch(`${url}/e2e/worlds`, { method: 'POST' });

  beforeAll(async () => {
    db = await freshDatabase();
    await seedDemoIfEmpty(db);
    systemsBefore = await db.prisma.itSystem.count();
    [on, off] = await Promise.all([serve(db, true), serve(db, false)]);
    first = (await (await createWorld(on.url)).json()) as WorldAnswer;
    second = (await (await createWorld(on.url)).json()) as WorldAnswer;
  }, 240_000);
  afterAll(async () => {
    await Promise.all([on.close(), off.close()]);
    await db.close();
  });

  it('does not exist unless OVERBLIK_E2E_FIXTURES=1 turns it on', async () => {
    expect(readConfig({}).e2eFixtures).toBe(false);
    expect(readConfig({ OVERBLIK_E2E_FIXTURES: 'true' }).e2eFixtures).toBe(false);
    expect(readConfig({ OVERBLIK_E2E_FIXTURES: '1' }).e2eFixtures).toBe(true);
    const organisations = await db.prisma.organisation.count();
    expect((await createWorld(off.url)).status).toBe(404);
    expect(await db.prisma.organisation.count()).toBe(organisations);
  });

  it('refuses a cross-site browser request and seeds nothing', async () => {
    const organisations = await db.prisma.organisation.count();
    const res = await fetch(`${on.url}/e2e/worlds`, {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(await db.prisma.organisation.count()).toBe(organisations);
  });

  it('answers every demo login under a fresh tag, reusing the shared catalogue', async () => {
    expect(first.tag).not.toBe(second.tag);
    expect(first.password).toBe(DEMO_PASSWORD);
    expect(first.users['kontrakt@norddal.dk']).toBe(`kontrakt@${first.tag}.norddal.dk`);
    expect(first.users['faelles@samarbejde.dk']).toBe(`faelles@${first.tag}.samarbejde.dk`);
    expect(Object.keys(first.users)).toHaveLength(17);
    // 2 municipalities and their collaboration per world, beside the demo's own 3.
    expect(await db.prisma.organisation.count()).toBe(9);
    expect(await db.prisma.organisation.count({ where: { slug: { endsWith: `-${first.tag}` } } })).toBe(3);
    expect(await db.prisma.itSystem.count()).toBe(systemsBefore);
  });

  it("signs a world's people in to that world's organisations only", async () => {
    const client = await new TestClient(on.url).signIn(first.users['faelles@samarbejde.dk'], DEMO_PASSWORD);
    const { data, errors } = await client.gql<{
      viewer: { memberships: { organisation: { slug: string; name: string } }[] };
    }>(VIEWER);
    expect(errors).toBeUndefined();
    expect(data!.viewer.memberships.map((m) => m.organisation.slug).sort()).toEqual([
      `norddal-${first.tag}`,
      `sovang-${first.tag}`,
    ]);
    expect(data!.viewer.memberships.map((m) => m.organisation.name).sort()).toEqual([
      'Norddal Kommune',
      'Søvang Kommune',
    ]);
  });

  it('leaves the contract alerts waiting, as a server start does for the demo', async () => {
    const count = '{ unreadNotificationCount }';
    const sign = (email: string) => new TestClient(on.url).signIn(email, DEMO_PASSWORD);
    const [demo, world] = await Promise.all([
      sign('systemejer@norddal.dk'),
      sign(first.users['systemejer@norddal.dk']),
    ]);
    const worldCount = await world.gql<{ unreadNotificationCount: number }>(count);
    // The demo's alerts come from the server's start; here the job runs for the demo alone.
    const demoOrgs = await db.prisma.organisation.findMany({
      where: { slug: { in: ['norddal', 'sovang', 'norddal-sovang'] } },
      select: { id: true },
    });
    await runContractAlerts(db, todayInCopenhagen(), { organisationIds: demoOrgs.map((o) => o.id) });
    const demoCount = await demo.gql<{ unreadNotificationCount: number }>(count);
    expect(demoCount.data!.unreadNotificationCount).toBeGreaterThan(0);
    expect(worldCount.data!.unreadNotificationCount).toBe(demoCount.data!.unreadNotificationCount);
  });

  it("keeps each world's data private: the demo and two worlds show the same story in rows of their own", async () => {
    const sign = (email: string) => new TestClient(on.url).signIn(email, DEMO_PASSWORD);
    const [demo, a, b] = await Promise.all([
      sign('kontrakt@norddal.dk'),
      sign(first.users['kontrakt@norddal.dk']),
      sign(second.users['kontrakt@norddal.dk']),
    ]);
    type List = { contracts: { totalCount: number; items: { id: string; name: string }[] } };
    const [demoList, aList, bList] = await Promise.all([demo, a, b].map((c) => c.gql<List>(CONTRACTS)));
    // The same story in each: as many contracts, with the same names, but none of the same rows.
    expect(aList.data!.contracts.totalCount).toBe(demoList.data!.contracts.totalCount);
    expect(aList.data!.contracts.items.map((c) => c.name).sort()).toEqual(
      demoList.data!.contracts.items.map((c) => c.name).sort(),
    );
    const aIds = new Set(aList.data!.contracts.items.map((c) => c.id));
    expect(bList.data!.contracts.items.some((c) => aIds.has(c.id))).toBe(false);
    expect(demoList.data!.contracts.items.some((c) => aIds.has(c.id))).toBe(false);

    const other = await b.gql('query($id: ID!) { contract(id: $id) { id } }', {
      id: aList.data!.contracts.items[0].id,
    });
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
