import { aUsage, anOrganisation, startTestServer, type GraphQLResult, type TestServer } from '../test-server';

const CAPABILITIES = `{ capabilities { id parentId name kitosBusinessType archived usageCount version } }`;
const CREATE = `mutation($i: CapabilityCreateInput!) { createCapability(input: $i) { id parentId name version } }`;
const RENAME = `mutation($i: CapabilityRenameInput!) { renameCapability(input: $i) { id name version } }`;
const MOVE = `mutation($i: CapabilityMoveInput!) { moveCapability(input: $i) { id parentId version } }`;
const ARCHIVE = `mutation($id: ID!, $v: Int!, $a: Boolean!) {
  setCapabilityArchived(id: $id, version: $v, archived: $a) { id archived version } }`;
const UPDATE_USAGE = `mutation($i: SystemUsageUpdateInput!) {
  updateSystemUsage(input: $i) { id capabilities capabilityIds switchingCost migrationMonths version } }`;
const OVERLAPS = `{ overlaps { horizonMonths
  capabilities { capabilityId capability combinedYearlyCost usages { usageId yearlyCost }
    consolidations { survivorUsageId yearlySaving migrationCost fullSavingFrom netSaving
      retired { usageId migrationCost savingFrom savedWithinHorizon } } }
  accepted { overlap { capabilityId } acceptance { id reason usageNames } } } }`;
const ACCEPT = `mutation($i: OverlapAcceptInput!) { acceptOverlap(input: $i) { id capabilityName usageIds reason version } }`;
const REOPEN = `mutation($id: ID!, $v: Int!, $r: String) {
  reopenOverlapAcceptance(id: $id, version: $v, reason: $r) { id reopenedAt reopenReason version } }`;
const HISTORY = `{ overlapAcceptances { id capabilityName reason reopenedAt reopenReason usageNames } }`;

interface Capability {
  id: string;
  parentId: string | null;
  name: string;
  kitosBusinessType: string | null;
  archived: boolean;
  usageCount: number;
  version: number;
}

const code = (r: GraphQLResult) => r.errors?.[0].extensions?.code;
const fields = (r: GraphQLResult) => r.errors?.[0].extensions?.fields;

describe('capability taxonomy and overlap analysis', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let smsOne: { id: string };
  let smsTwo: { id: string };

  beforeAll(async () => {
    server = await startTestServer();
    const p = server.db.prisma;
    a = await anOrganisation(server.db, 'ova', {
      admin: ['ADMINISTRATOR'],
      owner: ['SYSTEM_OWNER'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'ovb', { admin: ['ADMINISTRATOR'] });
    smsOne = await aUsage(server.db, a.org.id, 'SMS One ova', { ownerUserId: a.userIds.owner });
    smsTwo = await aUsage(server.db, a.org.id, 'SMS Two ova', { ownerUserId: a.userIds.owner });
    // SMS One: 60.000 kr/yr under a contract that cannot end before 2031-06-30 (irrevocable), so
    // retiring it saves nothing within three years whatever today is.
    await p.contract.create({
      data: {
        organisationId: a.org.id,
        name: 'SMS-kontrakt',
        startDate: new Date('2024-01-01T00:00:00Z'),
        endDate: new Date('2031-12-31T00:00:00Z'),
        irrevocableUntil: new Date('2031-06-30T00:00:00Z'),
        noticePeriodMonths: 3,
        coverage: { create: [{ usageId: smsOne.id }] },
        economyLines: { create: [{ kind: 'YEARLY_OPERATION', amount: 60_000 }] },
      },
    });
    // SMS Two: no contract, 24.000 kr/yr for its SMS gateway data.
    const gateway = await p.dataSource.create({ data: { name: 'SMS-gateway ova', kind: 'EXTERNAL' } });
    await p.usageDataSource.create({
      data: {
        organisationId: a.org.id,
        usageId: smsTwo.id,
        dataSourceId: gateway.id,
        channel: 'DIRECT',
        yearlyCost: 24_000,
      },
    });
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);
  const taxonomy = async (email: string) =>
    (await (await as(email)).gql<{ capabilities: Capability[] }>(CAPABILITIES)).data!.capabilities;
  const named = (list: Capability[], name: string) => list.find((c) => c.name === name)!;

  it("seeds every new organisation with KITOS's 18 business types, private to it", async () => {
    const own = await taxonomy(a.email('reader'));
    expect(own).toHaveLength(18);
    expect(own.every((c) => c.kitosBusinessType === c.name && c.parentId === null && !c.archived)).toBe(true);
    expect(own.map((c) => c.name)).toEqual(expect.arrayContaining(['Kommunikation', 'GIS', 'Sagsbærende']));
    const other = await taxonomy(b.email('admin'));
    expect(other.map((c) => c.id).some((id) => own.some((c) => c.id === id))).toBe(false);
  });

  it('lets only administrators add, rename and move capabilities, with audit, validation and no cycles', async () => {
    const admin = await as(a.email('admin'));
    const kommunikation = named(await taxonomy(a.email('admin')), 'Kommunikation');

    expect(code(await (await as(a.email('owner'))).gql(CREATE, { i: { name: 'SMS' } }))).toBe('FORBIDDEN');
    const empty = await admin.gql(CREATE, { i: { name: '  ' } });
    expect(code(empty)).toBe('VALIDATION_FAILED');
    expect(fields(empty)).toEqual([{ field: 'name', message: 'Skal udfyldes.' }]);

    const sms = await admin.gql<{ createCapability: Capability }>(CREATE, {
      i: { name: 'SMS', parentId: kommunikation.id },
    });
    expect(sms.errors).toBeUndefined();
    const id = sms.data!.createCapability.id;
    expect(await server.db.prisma.auditEntry.count({ where: { entityId: id } })).toBe(1);
    expect(code(await admin.gql(CREATE, { i: { name: 'SMS' } }))).toBe('CONFLICT');

    const child = (
      await admin.gql<{ createCapability: Capability }>(CREATE, {
        i: { name: 'Massebeskeder', parentId: id },
      })
    ).data!.createCapability;
    // SMS under its own child would be a cycle: refused, localised, nothing changed.
    const english = await as(a.email('admin'));
    english.locale = 'en';
    const cycle = await english.gql(MOVE, { i: { id, version: 1, parentId: child.id } });
    expect(code(cycle)).toBe('VALIDATION_FAILED');
    expect(fields(cycle)).toEqual([
      {
        field: 'parentId',
        message: 'A capability cannot be placed under itself or one of its sub-capabilities.',
      },
    ]);
    expect(named(await taxonomy(a.email('admin')), 'SMS').parentId).toBe(kommunikation.id);

    const renamed = await admin.gql<{ renameCapability: Capability }>(RENAME, {
      i: { id, version: 1, name: 'SMS-beskeder' },
    });
    expect(renamed.data!.renameCapability).toEqual({ id, name: 'SMS-beskeder', version: 2 });
    expect(code(await admin.gql(RENAME, { i: { id, version: 1, name: 'SMS' } }))).toBe('STALE_VERSION');
    const back = await admin.gql(RENAME, { i: { id, version: 2, name: 'SMS' } });
    expect(back.errors).toBeUndefined();

    // Another organisation's administrator cannot see or touch it.
    expect(
      code(await (await as(b.email('admin'))).gql(MOVE, { i: { id, version: 3, parentId: null } })),
    ).toBe('NOT_FOUND');
    const outsider = await as(b.email('admin'));
    expect(code(await outsider.gql(RENAME, { i: { id, version: 3, name: 'Overtaget' } }))).toBe('NOT_FOUND');
    expect(code(await outsider.gql(ARCHIVE, { id, v: 3, a: true }))).toBe('NOT_FOUND');
    const moved = await admin.gql<{ moveCapability: Capability }>(MOVE, {
      i: { id, version: 3, parentId: null },
    });
    expect(moved.data!.moveCapability).toEqual({ id, parentId: null, version: 4 });
  });

  it('archives only capabilities without active children and keeps archived ones off usages', async () => {
    const admin = await as(a.email('admin'));
    const list = await taxonomy(a.email('admin'));
    const sms = named(list, 'SMS');
    const child = named(list, 'Massebeskeder');
    expect(code(await admin.gql(ARCHIVE, { id: sms.id, v: sms.version, a: true }))).toBe('CONFLICT');
    const archived = await admin.gql<{ setCapabilityArchived: Capability }>(ARCHIVE, {
      id: child.id,
      v: child.version,
      a: true,
    });
    expect(archived.data!.setCapabilityArchived).toMatchObject({
      archived: true,
      version: child.version + 1,
    });

    const owner = await as(a.email('owner'));
    const toArchived = await owner.gql(UPDATE_USAGE, {
      i: { id: smsOne.id, version: 1, capabilityIds: [child.id] },
    });
    expect(code(toArchived)).toBe('VALIDATION_FAILED');
    const foreign = named(await taxonomy(b.email('admin')), 'Kommunikation');
    const toForeign = await owner.gql(UPDATE_USAGE, {
      i: { id: smsOne.id, version: 1, capabilityIds: [foreign.id] },
    });
    expect(code(toForeign)).toBe('VALIDATION_FAILED');
    expect(await server.db.prisma.usageCapability.count({ where: { usageId: smsOne.id } })).toBe(0);
  });

  it('links usages to capabilities and shows the overlap with the net saving for each possible survivor', async () => {
    const owner = await as(a.email('owner'));
    const list = await taxonomy(a.email('owner'));
    const sms = named(list, 'SMS');
    const kommunikation = named(list, 'Kommunikation');
    const one = await owner.gql<{ updateSystemUsage: Record<string, unknown> }>(UPDATE_USAGE, {
      i: {
        id: smsOne.id,
        version: 1,
        capabilityIds: [sms.id, kommunikation.id],
        switchingCost: 10_000,
        migrationMonths: 2,
      },
    });
    expect(one.data!.updateSystemUsage).toEqual({
      id: smsOne.id,
      capabilities: ['Kommunikation', 'SMS'],
      capabilityIds: expect.arrayContaining([sms.id, kommunikation.id]),
      switchingCost: 10_000,
      migrationMonths: 2,
      version: 2,
    });
    await owner.gql(UPDATE_USAGE, { i: { id: smsTwo.id, version: 1, capabilityIds: [sms.id] } });

    const result = await (
      await as(a.email('reader'))
    ).gql<{ overlaps: { capabilities: unknown[] } }>(OVERLAPS);
    expect(result.errors).toBeUndefined();
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    // Keep SMS One: retire SMS Two (24.000/yr = 2.000/month, no switching cost, default 0 migration
    // months, no contract): saves from today, 36 months × 2.000 = 72.000 net.
    // Keep SMS Two: retire SMS One (60.000/yr = 5.000/month): migration 10.000 + 2 × 5.000 = 20.000;
    // free only from 2031-07-01, after the horizon: net −20.000. Neither is preselected.
    expect(result.data!.overlaps).toEqual({
      horizonMonths: 36,
      accepted: [],
      capabilities: [
        {
          capabilityId: sms.id,
          capability: 'SMS',
          combinedYearlyCost: 84_000,
          usages: [
            { usageId: smsTwo.id, yearlyCost: 24_000 },
            { usageId: smsOne.id, yearlyCost: 60_000 },
          ],
          consolidations: [
            {
              survivorUsageId: smsTwo.id,
              yearlySaving: 60_000,
              migrationCost: 20_000,
              fullSavingFrom: '2031-07-01',
              netSaving: -20_000,
              retired: [
                {
                  usageId: smsOne.id,
                  migrationCost: 20_000,
                  savingFrom: '2031-07-01',
                  savedWithinHorizon: 0,
                },
              ],
            },
            {
              survivorUsageId: smsOne.id,
              yearlySaving: 24_000,
              migrationCost: 0,
              fullSavingFrom: today,
              netSaving: 72_000,
              retired: [
                { usageId: smsTwo.id, migrationCost: 0, savingFrom: today, savedWithinHorizon: 72_000 },
              ],
            },
          ],
        },
      ],
    });
  });

  it('accepts an overlap with a reason, keeps it in history and reopens it', async () => {
    const sms = named(await taxonomy(a.email('owner')), 'SMS');
    const input = {
      capabilityId: sms.id,
      usageIds: [smsOne.id, smsTwo.id],
      reason: 'Borger-SMS og intern SMS er adskilt ved lov.',
    };
    expect(code(await (await as(a.email('reader'))).gql(ACCEPT, { i: input }))).toBe('FORBIDDEN');
    const owner = await as(a.email('owner'));
    expect(code(await owner.gql(ACCEPT, { i: { ...input, reason: ' ' } }))).toBe('VALIDATION_FAILED');
    expect(code(await owner.gql(ACCEPT, { i: { ...input, usageIds: [smsOne.id, a.unit.id] } }))).toBe(
      'CONFLICT',
    );
    expect(code(await (await as(b.email('admin'))).gql(ACCEPT, { i: input }))).toBe('VALIDATION_FAILED');

    const accepted = await owner.gql<{ acceptOverlap: { id: string; version: number } }>(ACCEPT, {
      i: input,
    });
    expect(accepted.errors).toBeUndefined();
    const { id, version } = accepted.data!.acceptOverlap;
    expect(await server.db.prisma.auditEntry.count({ where: { entityId: id } })).toBe(1);
    expect(code(await owner.gql(ACCEPT, { i: input }))).toBe('CONFLICT');

    const after = await owner.gql<{ overlaps: { capabilities: unknown[]; accepted: unknown[] } }>(OVERLAPS);
    expect(after.data!.overlaps.capabilities).toEqual([]);
    expect(after.data!.overlaps.accepted).toEqual([
      {
        overlap: { capabilityId: sms.id },
        acceptance: {
          id,
          reason: input.reason,
          usageNames: expect.arrayContaining(['SMS One ova', 'SMS Two ova']),
        },
      },
    ]);

    expect(code(await (await as(b.email('admin'))).gql(REOPEN, { id, v: version }))).toBe('NOT_FOUND');
    expect(code(await owner.gql(REOPEN, { id, v: version + 1 }))).toBe('STALE_VERSION');
    const reopened = await owner.gql<{
      reopenOverlapAcceptance: { reopenedAt: string; reopenReason: string };
    }>(REOPEN, {
      id,
      v: version,
      r: 'Ny lovgivning',
    });
    expect(reopened.data!.reopenOverlapAcceptance).toMatchObject({
      reopenReason: 'Ny lovgivning',
      version: version + 1,
    });
    expect(code(await owner.gql(REOPEN, { id, v: version + 1 }))).toBe('CONFLICT');

    const open = await owner.gql<{ overlaps: { capabilities: unknown[]; accepted: unknown[] } }>(OVERLAPS);
    expect(open.data!.overlaps.capabilities).toHaveLength(1);
    expect(open.data!.overlaps.accepted).toEqual([]);
    const history = await owner.gql<{ overlapAcceptances: { id: string; reopenedAt: string | null }[] }>(
      HISTORY,
    );
    expect(history.data!.overlapAcceptances).toEqual([
      expect.objectContaining({
        id,
        capabilityName: 'SMS',
        reason: input.reason,
        reopenReason: 'Ny lovgivning',
      }),
    ]);
    expect(history.data!.overlapAcceptances[0].reopenedAt).not.toBeNull();
    expect(
      (await (await as(b.email('admin'))).gql<{ overlapAcceptances: unknown[] }>(HISTORY)).data!
        .overlapAcceptances,
    ).toEqual([]);
  });

  it('shows a renamed capability at once, although the landscape behind the analysis is cached', async () => {
    const reader = await as(a.email('reader'));
    await reader.gql(OVERLAPS); // warms the cache
    const sms = named(await taxonomy(a.email('admin')), 'SMS');
    const renamed = await (
      await as(a.email('admin'))
    ).gql(RENAME, {
      i: { id: sms.id, version: sms.version, name: 'SMS-tjenester' },
    });
    expect(renamed.errors).toBeUndefined();
    const after = await reader.gql<{
      overlaps: { capabilities: { capabilityId: string; capability: string }[] };
    }>(OVERLAPS);
    expect(after.data!.overlaps.capabilities.map((c) => [c.capabilityId, c.capability])).toEqual([
      [sms.id, 'SMS-tjenester'],
    ]);
  });

  it('turns free-text tags written straight into the database into taxonomy links, matching names loosely', async () => {
    const p = server.db.prisma;
    const tagged = await aUsage(server.db, b.org.id, 'Kortet ovb');
    await p.systemUsage.update({ where: { id: tagged.id }, data: { capabilities: ['gis ', 'Skoleintra'] } });
    await p.$executeRaw`SELECT overblik_adopt_capability_tags()`;
    const links = await p.usageCapability.findMany({
      where: { usageId: tagged.id },
      select: { capability: { select: { name: true, kitosBusinessType: true } } },
    });
    expect(links.map((l) => l.capability).sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: 'GIS', kitosBusinessType: 'GIS' },
      { name: 'Skoleintra', kitosBusinessType: null },
    ]);
    const row = await p.systemUsage.findUniqueOrThrow({ where: { id: tagged.id } });
    expect(row.capabilities).toEqual(['GIS', 'Skoleintra']);
  });
});
