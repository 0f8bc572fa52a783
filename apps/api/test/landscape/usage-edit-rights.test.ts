import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

jest.setTimeout(60_000);

const UPDATE = 'mutation($i: SystemUsageUpdateInput!) { updateSystemUsage(input: $i) { id version } }';
const CREATE_INTEGRATION = 'mutation($i: IntegrationCreateInput!) { createIntegration(input: $i) { id } }';
const SET_UNIT =
  'mutation($id: ID!, $v: Int!, $u: ID) { setMemberUnit(id: $id, version: $v, unitId: $u) { id unitId version } }';
const SETTINGS = '{ organisationSettings { version } }';
const UPDATE_SETTINGS = `mutation($i: OrganisationSettingsInput!, $v: Int!) {
  updateOrganisationSettings(input: $i, version: $v) { systemOwnersEditUnitUsages version } }`;

const settings = (on: boolean) => ({
  name: 'rettigheder Kommune',
  cvr: null,
  alertHorizonMonths: 12,
  procurementLeadMonths: [
    { purchaseForm: 'EU_TENDER', months: 12 },
    { purchaseForm: 'MINI_TENDER', months: 4 },
    { purchaseForm: 'DIRECT_AWARD', months: 2 },
    { purchaseForm: 'FRAMEWORK_CALL_OFF', months: 3 },
    { purchaseForm: 'OTHER', months: 6 },
  ],
  migrationMonths: 0,
  alertRecipients: ['CONTRACT_OWNER'],
  defaultLocale: 'da',
  systemOwnersEditUnitUsages: on,
});

describe('per-object edit rights on system usages (ADR 0029)', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'rettigheder', {
      admin: ['ADMINISTRATOR'],
      owner: ['SYSTEM_OWNER'],
      other: ['SYSTEM_OWNER'],
    });
  });
  afterAll(() => server.close());

  const as = (key: string) => server.client().signIn(a.email(key));
  const code = (r: { errors?: { extensions?: { code?: string } }[] }) =>
    r.errors?.[0]?.extensions?.code ?? 'OK';

  it('lets a system owner edit the usages they own or keep, their unit’s and sub-units’ only with the setting on', async () => {
    const p = server.db.prisma;
    const team = await p.unit.create({
      data: { organisationId: a.org.id, name: 'Team', parentId: a.unit.id },
    });
    const above = await p.unit.create({ data: { organisationId: a.org.id, name: 'Forvaltning' } });
    await p.unit.update({ where: { id: a.unit.id }, data: { parentId: above.id } });
    const kept = await aUsage(server.db, a.org.id, 'Kept', {});
    await p.systemUsage.update({ where: { id: kept.id }, data: { custodianUserId: a.userIds.owner } });
    const inTeam = await aUsage(server.db, a.org.id, 'Team system', {
      responsibleUnitId: team.id,
      ownerUserId: a.userIds.other,
    });
    const inAbove = await aUsage(server.db, a.org.id, 'Above system', { responsibleUnitId: above.id });

    const admin = await as('admin');
    const member = await p.membership.findFirstOrThrow({ where: { userId: a.userIds.owner } });
    const set = await admin.gql<{ setMemberUnit: { unitId: string; version: number } }>(SET_UNIT, {
      id: member.id,
      v: member.version,
      u: a.unit.id,
    });
    expect(set.data!.setMemberUnit).toMatchObject({ unitId: a.unit.id, version: member.version + 1 });
    expect(await p.auditEntry.count({ where: { entityId: member.id, entityType: 'Membership' } })).toBe(1);
    // A unit that does not exist is refused.
    const unknown = await admin.gql(SET_UNIT, {
      id: member.id,
      v: member.version + 1,
      u: '00000000-0000-4000-8000-000000000000',
    });
    expect(code(unknown)).toBe('VALIDATION_FAILED');

    const owner = await as('owner');
    const update = (id: string) => owner.gql(UPDATE, { i: { id, version: 1, localName: 'Ændret' } });
    expect(code(await update(kept.id))).toBe('OK');
    expect(code(await update(inTeam.id))).toBe('FORBIDDEN');

    const { version } = (await admin.gql<{ organisationSettings: { version: number } }>(SETTINGS)).data!
      .organisationSettings;
    const switched = await admin.gql(UPDATE_SETTINGS, { i: settings(true), v: version });
    expect(code(switched)).toBe('OK');
    expect(code(await update(inTeam.id))).toBe('OK');
    // The unit above the owner's stays out of reach.
    expect(code(await update(inAbove.id))).toBe('FORBIDDEN');
    expect((await p.systemUsage.findUniqueOrThrow({ where: { id: inAbove.id } })).localName).toBeNull();
  });

  it('lets the owner of either end record an integration, and nobody else', async () => {
    const mine = await aUsage(server.db, a.org.id, 'Mine', { ownerUserId: a.userIds.owner });
    const theirs = await aUsage(server.db, a.org.id, 'Theirs', { ownerUserId: a.userIds.other });
    const stranger = await aUsage(server.db, a.org.id, 'Stranger', { ownerUserId: a.userIds.other });
    const owner = await as('owner');
    expect(
      code(await owner.gql(CREATE_INTEGRATION, { i: { fromUsageId: theirs.id, toUsageId: mine.id } })),
    ).toBe('OK');
    expect(
      code(await owner.gql(CREATE_INTEGRATION, { i: { fromUsageId: mine.id, toUsageId: theirs.id } })),
    ).toBe('OK');
    const refused = await owner.gql(CREATE_INTEGRATION, {
      i: { fromUsageId: theirs.id, toUsageId: stranger.id },
    });
    expect(code(refused)).toBe('FORBIDDEN');
    expect(
      await server.db.prisma.integration.count({ where: { fromUsageId: theirs.id, toUsageId: stranger.id } }),
    ).toBe(0);
  });

  it('lets a system owner register a usage only when they will keep it', async () => {
    const owner = await as('owner');
    const create = (systemId: string, keepers: Record<string, string>) =>
      owner.gql('mutation($i: SystemUsageCreateInput!) { createSystemUsage(input: $i) { id } }', {
        i: { systemId, ...keepers },
      });
    const one = await server.db.prisma.itSystem.create({ data: { name: 'Nyt system 1' } });
    const two = await server.db.prisma.itSystem.create({ data: { name: 'Nyt system 2' } });
    expect(code(await create(one.id, { ownerUserId: a.userIds.other }))).toBe('FORBIDDEN');
    expect(await server.db.prisma.systemUsage.count({ where: { systemId: one.id } })).toBe(0);
    expect(code(await create(two.id, { ownerUserId: a.userIds.owner }))).toBe('OK');
  });
});
