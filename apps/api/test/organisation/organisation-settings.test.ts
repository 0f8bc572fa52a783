import { aContract } from '../contract/contract-fixtures';
import { anOrganisation, startTestServer, type TestServer } from '../test-server';

// The contract rules read the day from the request; this pins it.
process.env.OVERBLIK_TODAY = '2026-05-10';

jest.setTimeout(60_000);

const SETTINGS = `{ organisationSettings { name cvr alertHorizonMonths migrationMonths alertRecipients
  defaultLocale systemOwnersEditUnitUsages version procurementLeadMonths { purchaseForm months } } }`;
const UPDATE = `mutation($input: OrganisationSettingsInput!, $version: Int!) {
  updateOrganisationSettings(input: $input, version: $version) { version cvr
    procurementLeadMonths { purchaseForm months } } }`;
const DECISION = `query($id: ID!) { contract(id: $id) { dates { retender { decisionDate } } } }`;

const defaults = {
  name: 'iota Kommune',
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
  alertRecipients: ['CONTRACT_OWNER', 'CONTRACT_MANAGER', 'SYSTEM_OWNERS', 'ALL_CONTRACT_MANAGERS'],
  defaultLocale: 'da',
  systemOwnersEditUnitUsages: false,
};

describe('organisation settings', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let contractId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'iota', {
      admin: ['ADMINISTRATOR', 'CONTRACT_MANAGER'],
      ejer: ['READER'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'kappa', { admin: ['ADMINISTRATOR'] });
    // Notice (3 months) by 2028-09-30; 12 months' EU procurement before that: decided by 2027-09-30.
    contractId = (
      await aContract(server.db, a.org.id, {
        name: 'Økonomisystem',
        purchaseForm: 'EU_TENDER',
        start: '2024-01-01',
        end: '2028-12-31',
        noticeMonths: 3,
        ownerUserId: a.userIds.ejer,
      })
    ).id;
  });
  afterAll(() => server.close());

  const version = async (id: string) =>
    (await server.db.prisma.organisation.findUniqueOrThrow({ where: { id } })).version;

  it('shows the settings in force, defaults filled in', async () => {
    const reader = await server.client().signIn(a.email('reader'));
    const result = await reader.gql<{ organisationSettings: unknown }>(SETTINGS);
    expect(result.errors).toBeUndefined();
    expect(result.data!.organisationSettings).toEqual({ ...defaults, version: 1 });
  });

  it('refuses bad values field by field and changes nothing', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const result = await admin.gql(UPDATE, {
      version: 1,
      input: {
        ...defaults,
        cvr: '10150818',
        alertHorizonMonths: 0,
        procurementLeadMonths: [
          { purchaseForm: 'EU_TENDER', months: 99 },
          ...defaults.procurementLeadMonths.slice(1),
        ],
        alertRecipients: [],
      },
    });
    expect(result.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(result.errors![0].extensions!.fields).toEqual([
      { field: 'cvr', message: 'Skal være et gyldigt CVR-nummer på 8 cifre.' },
      { field: 'alertHorizonMonths', message: 'Skal være mindst 1.' },
      { field: 'procurementLeadMonths.EU_TENDER', message: 'Må højst være 36.' },
      { field: 'alertRecipients', message: 'Skal være mindst 1.' },
    ]);
    expect(await version(a.org.id)).toBe(1);
    expect(await server.db.prisma.auditEntry.count({ where: { entityId: a.org.id } })).toBe(0);
  });

  it('lets only administrators change them', async () => {
    const reader = await server.client().signIn(a.email('reader'));
    const result = await reader.gql(UPDATE, { version: 1, input: defaults });
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('is private to the organisation: another organisation’s administrator neither reads nor changes it', async () => {
    const other = await server.client().signIn(b.email('admin'));
    other.organisationId = a.org.id;
    expect((await other.gql(SETTINGS)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await other.gql(UPDATE, { version: 1, input: defaults })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect(await version(a.org.id)).toBe(1);
  });

  it('uses a changed lead time and recipient list at once, audited and versioned', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const decision = async () =>
      (
        await admin.gql<{ contract: { dates: { retender: { decisionDate: string } } } }>(DECISION, {
          id: contractId,
        })
      ).data!.contract.dates.retender.decisionDate;
    expect(await decision()).toBe('2027-09-30');

    const saved = await admin.gql<{ updateOrganisationSettings: { version: number; cvr: string } }>(UPDATE, {
      version: 1,
      input: {
        ...defaults,
        cvr: '29189846',
        procurementLeadMonths: [
          { purchaseForm: 'EU_TENDER', months: 24 },
          ...defaults.procurementLeadMonths.slice(1),
        ],
        alertRecipients: ['CONTRACT_OWNER'],
        defaultLocale: 'en',
      },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateOrganisationSettings).toMatchObject({ version: 2, cvr: '29189846' });
    // 24 months before the notice date: now inside the 12-month horizon.
    expect(await decision()).toBe('2026-09-30');

    await admin.gql('mutation { runContractAlerts { due } }');
    const notified = await server.db.prisma.notification.findMany({ where: { subjectId: contractId } });
    // Only the contract's owner: the administrator holds the contract-manager role, a group switched off.
    expect(notified.map((n) => [n.userId, n.kind])).toEqual([[a.userIds.ejer, 'RETENDER_DECISION_DUE']]);

    const audit = await server.db.prisma.auditEntry.findMany({
      where: { entityId: a.org.id, entityType: 'Organisation' },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'UPDATE', entityType: 'Organisation', userId: a.userIds.admin });

    // A stale version is refused and keeps the saved values.
    const stale = await admin.gql(UPDATE, { version: 1, input: defaults });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    expect(await decision()).toBe('2026-09-30');
  });

  it('starts new members in the organisation’s default language', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const added = await admin.gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { member { id } } }`,
      { input: { email: 'ny@iota.test', name: 'Ny', roles: ['READER'] } },
    );
    expect(added.errors).toBeUndefined();
    expect((await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'ny@iota.test' } })).locale).toBe(
      'en',
    );
  });
});
