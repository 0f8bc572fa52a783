import { startTestServer, type TestServer } from '../test-server';
import { aLandscape } from '../landscape/landscape-fixture';

const PROFILE = `query($id: ID!) { dataSource(id: $id) { id name profile {
  authoritativeSource { id name kind } copies { id name kind }
  readers { usageId usageName unitName channel purpose yearlyCost authoritative plannedTargetSourceName plannedSwitchDate }
  byUnit { unitId unitName readerCount yearlyCost }
  byChannel { channel readerCount yearlyCost }
  byPurpose { purpose readerCount yearlyCost }
  yearlyCost copyYearlyCost
  exit { totalYearlySaving totalSwitchingCost rows { usageId recommendation alternative { dataSourceId } } }
  contracts { id name effectiveEnd usageIds }
  projects { id name usageIds } } } }`;

interface Profile {
  authoritativeSource: { id: string; name: string; kind: string } | null;
  copies: { id: string }[];
  readers: Record<string, unknown>[];
  byUnit: Record<string, unknown>[];
  byChannel: Record<string, unknown>[];
  byPurpose: Record<string, unknown>[];
  yearlyCost: number;
  copyYearlyCost: number;
  exit: { totalYearlySaving: number; totalSwitchingCost: number; rows: Record<string, unknown>[] };
  contracts: Record<string, unknown>[];
  projects: Record<string, unknown>[];
}
type Result = { dataSource: { id: string; profile: Profile } };

/**
 * On top of the landscape fixture (A: Sag reads CPR-kopi for 120.000 kr, Ydelse reads CPR; B: BSys
 * reads CPR), Portal also reads the copy for 30.000 kr with a plan to move to CPR, and a project works
 * on Sag. B has a local source of its own.
 */
describe('data-source profile', () => {
  let server: TestServer;
  let f: Awaited<ReturnType<typeof aLandscape>>;
  let bLocalId: string;
  let exitProjectId: string;

  beforeAll(async () => {
    server = await startTestServer();
    f = await aLandscape(server.db, 'dspa', 'dspb');
    const p = server.db.prisma;
    await p.usageDataSource.update({ where: { id: f.sagCopy.id }, data: { purpose: 'Sagsbehandling' } });
    await p.usageDataSource.create({
      data: {
        organisationId: f.a.org.id,
        usageId: f.portal.id,
        dataSourceId: f.copy.id,
        channel: 'DIRECT',
        authoritative: false,
        yearlyCost: 30_000,
        purpose: 'sagsbehandling ',
        plannedTargetSourceId: f.cpr.id,
        plannedSwitchDate: new Date('2028-01-01T00:00:00Z'),
      },
    });
    const project = await p.project.create({
      data: {
        organisationId: f.a.org.id,
        name: 'Kopiregister-exit',
        rankKey: 'a1',
        systems: { create: [{ usageId: f.sag.id }] },
      },
    });
    exitProjectId = project.id;
    const local = await p.dataSource.create({
      data: { name: 'B lokal', kind: 'INTERNAL', visibility: 'LOCAL', ownerOrganisationId: f.b.org.id },
    });
    bLocalId = local.id;
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);

  it("shows a copy register's readers by unit, channel and purpose, its cost, exit plan, contracts and projects", async () => {
    const client = await as(f.a.email('reader'));
    const result = await client.gql<Result>(PROFILE, { id: f.copy.id });
    expect(result.errors).toBeUndefined();
    const profile = result.data!.dataSource.profile;
    expect(profile.authoritativeSource).toEqual({ id: f.cpr.id, name: f.cpr.name, kind: 'BASE_REGISTER' });
    expect(profile.copies).toEqual([]);
    expect(profile.readers).toEqual([
      {
        usageId: f.portal.id,
        usageName: 'Portal dspa',
        unitName: null,
        channel: 'DIRECT',
        purpose: 'sagsbehandling',
        yearlyCost: 30_000,
        authoritative: false,
        plannedTargetSourceName: f.cpr.name,
        plannedSwitchDate: '2028-01-01',
      },
      {
        usageId: f.sag.id,
        usageName: 'Sag dspa',
        unitName: 'IT og Digitalisering',
        channel: 'FILE_TRANSFER',
        purpose: 'Sagsbehandling',
        yearlyCost: 120_000,
        authoritative: false,
        plannedTargetSourceName: null,
        plannedSwitchDate: null,
      },
    ]);
    expect(profile.byUnit).toEqual([
      { unitId: f.a.unit.id, unitName: 'IT og Digitalisering', readerCount: 1, yearlyCost: 120_000 },
      { unitId: null, unitName: null, readerCount: 1, yearlyCost: 30_000 },
    ]);
    expect(profile.byChannel).toEqual([
      { channel: 'FILE_TRANSFER', readerCount: 1, yearlyCost: 120_000 },
      { channel: 'DIRECT', readerCount: 1, yearlyCost: 30_000 },
    ]);
    // One purpose whatever the case; named as Portal (first by name) wrote it.
    expect(profile.byPurpose).toEqual([{ purpose: 'sagsbehandling', readerCount: 2, yearlyCost: 150_000 }]);
    expect(profile.yearlyCost).toBe(150_000);
    expect(profile.copyYearlyCost).toBe(150_000);
    expect(profile.exit).toMatchObject({ totalYearlySaving: 150_000, totalSwitchingCost: 50_000 });
    expect(profile.exit.rows.map((r) => r.usageId)).toEqual([f.sag.id, f.portal.id]);
    expect(profile.contracts).toEqual([
      { id: f.contract.id, name: 'Sagskontrakt', effectiveEnd: '2030-12-31', usageIds: [f.sag.id] },
    ]);
    // "Ny portal" works on Portal, a reader too.
    expect(profile.projects).toEqual([
      { id: exitProjectId, name: 'Kopiregister-exit', usageIds: [f.sag.id] },
      { id: f.project.id, name: 'Ny portal', usageIds: [f.portal.id] },
    ]);
  });

  it('names the copies of an authoritative source', async () => {
    const client = await as(f.a.email('reader'));
    const result = await client.gql<Result>(PROFILE, { id: f.cpr.id });
    const profile = result.data!.dataSource.profile;
    expect(profile.authoritativeSource).toBeNull();
    expect(profile.copies).toEqual([{ id: f.copy.id, name: f.copy.name, kind: 'COPY_REGISTER' }]);
    expect(profile.readers.map((r) => [r.usageName, r.authoritative])).toEqual([['Ydelse dspa', true]]);
    expect(profile.copyYearlyCost).toBe(0);
    expect(profile.exit.rows).toEqual([]);
  });

  it("shows another organisation only its own readers of a shared source, and none of A's contracts or projects", async () => {
    const client = await as(f.b.email('reader'));
    const copy = (await client.gql<Result>(PROFILE, { id: f.copy.id })).data!.dataSource.profile;
    expect(copy).toMatchObject({ readers: [], byUnit: [], yearlyCost: 0, contracts: [], projects: [] });
    expect(copy.exit.rows).toEqual([]);
    const cpr = (await client.gql<Result>(PROFILE, { id: f.cpr.id })).data!.dataSource.profile;
    expect(cpr.readers.map((r) => r.usageName)).toEqual(['BSys dspb']);
    expect(cpr.contracts).toEqual([]);
    expect(cpr.projects).toEqual([]);
  });

  it("refuses another organisation's local source, and anonymous callers", async () => {
    const client = await as(f.a.email('reader'));
    const other = await client.gql(PROFILE, { id: bLocalId });
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(other.data).toBeNull();
    const anonymous = await server.client().gql(PROFILE, { id: f.copy.id });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
