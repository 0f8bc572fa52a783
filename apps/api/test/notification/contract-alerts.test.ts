import { runContractAlerts } from '../../src/modules/notification/contract-alert.job';
import { aContract } from '../contract/contract-fixtures';
import { startSmtp } from '../smtp-peer';
import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

process.env.OVERBLIK_TODAY = '2026-11-27';
const TODAY = '2026-11-27';

const LIST = '{ notifications { id kind title dueDate subjectId } unreadNotificationCount }';

describe('contract alerts', () => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let esdh: string;
  let expired: string;
  let beta: string;

  beforeAll(async () => {
    server = await startTestServer();
    smtp = await startSmtp();
    a = await anOrganisation(server.db, 'alpha', {
      kontrakt: ['CONTRACT_MANAGER'],
      systemejer: ['SYSTEM_OWNER'],
      laeser: ['READER'],
    });
    b = await anOrganisation(server.db, 'beta', { kontrakt: ['CONTRACT_MANAGER'] });
    const usage = await aUsage(server.db, a.org.id, 'Alfa ESDH');
    await server.db.prisma.systemUsage.update({
      where: { id: usage.id },
      data: { ownerUserId: a.userIds.systemejer },
    });
    // Decision date 2027-12-31 − 18 months = 2026-06-30: overdue, so due now.
    esdh = (
      await aContract(server.db, a.org.id, {
        name: 'ESDH-kontrakt',
        purchaseForm: 'EU_TENDER',
        start: '2023-01-01',
        end: '2027-12-31',
        noticeMonths: 6,
        ownerUserId: a.userIds.kontrakt,
        usageIds: [usage.id],
      })
    ).id;
    // Ended 2026-06-30 while the covered system is still in use.
    expired = (
      await aContract(server.db, a.org.id, {
        name: 'Gammel ESDH-drift',
        start: '2020-01-01',
        end: '2026-06-30',
        noticeMonths: 3,
        usageIds: [usage.id],
      })
    ).id;
    // Far from any deadline: decision 2031-12-31 − 6 months.
    await aContract(server.db, a.org.id, {
      name: 'Rolig',
      start: '2025-01-01',
      end: '2031-12-31',
      noticeMonths: 0,
    });
    // Another organisation: its own contract manager only. Decision 2027-06-30 − (3 + 4) months.
    beta = (
      await aContract(server.db, b.org.id, {
        name: 'Beta SMS',
        purchaseForm: 'MINI_TENDER',
        start: '2024-01-01',
        end: '2027-06-30',
        noticeMonths: 3,
      })
    ).id;
  });
  afterAll(async () => {
    await smtp.close();
    await server.close();
  });

  it('creates each notice once however often the job runs, and e-mails it once', async () => {
    const first = await runContractAlerts(server.db, TODAY, { smtpUrl: smtp.url });
    // ESDH: owner/manager (kontrakt) + system owner; expired: system owner + kontrakt; Beta: its manager.
    expect(first).toEqual({ due: 5, created: 5, emailed: 5 });
    const second = await runContractAlerts(server.db, TODAY, { smtpUrl: smtp.url });
    expect(second).toEqual({ due: 5, created: 0, emailed: 0 });
    expect(await server.db.prisma.notification.count()).toBe(5);
    const rows = await server.db.prisma.notification.findMany({
      orderBy: [{ kind: 'asc' }, { userId: 'asc' }],
    });
    expect(rows.every((r) => r.emailedAt !== null)).toBe(true);
    expect([...new Set(rows.map((r) => r.dedupeKey))].sort()).toEqual(
      [
        `RETENDER_DECISION_DUE:${esdh}:2026-06-30`,
        `EXPIRED_BUT_IN_USE:${expired}:2026-06-30`,
        `RETENDER_DECISION_DUE:${beta}:2026-11-30`,
      ].sort(),
    );

    expect(smtp.received).toHaveLength(5);
    const toSystemOwner = smtp.received.filter((m) => m.to.includes(a.email('systemejer')));
    expect(toSystemOwner).toHaveLength(2);
    expect(toSystemOwner.map((m) => m.raw).join('\n')).toContain('ESDH-kontrakt');
  });

  it('shows a user their own notices, snoozes and marks them read', async () => {
    const client = await server.client().signIn(a.email('systemejer'));
    const before = await client.gql<{
      notifications: { id: string; kind: string; title: string; dueDate: string }[];
      unreadNotificationCount: number;
    }>(LIST);
    expect(before.errors).toBeUndefined();
    expect(before.data!.notifications.map((n) => n.kind).sort()).toEqual([
      'EXPIRED_BUT_IN_USE',
      'RETENDER_DECISION_DUE',
    ]);
    expect(before.data!.unreadNotificationCount).toBe(2);
    const retender = before.data!.notifications.find((n) => n.kind === 'RETENDER_DECISION_DUE')!;
    expect(retender.title).toBe('Genudbud: beslutning om ESDH-kontrakt senest 30. juni 2026');

    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const snoozed = await client.gql(
      'mutation($id: ID!, $until: DateTimeISO!) { snoozeNotification(id: $id, until: $until) { id } }',
      {
        id: retender.id,
        until,
      },
    );
    expect(snoozed.errors).toBeUndefined();
    const past = await client.gql(
      'mutation($id: ID!, $until: DateTimeISO!) { snoozeNotification(id: $id, until: $until) { id } }',
      {
        id: retender.id,
        until: '2020-01-01T00:00:00.000Z',
      },
    );
    expect(past.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    const other = before.data!.notifications.find((n) => n.kind === 'EXPIRED_BUT_IN_USE')!;
    const read = await client.gql('mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }', {
      id: other.id,
    });
    expect(read.errors).toBeUndefined();

    const after = await client.gql<{ notifications: { id: string }[]; unreadNotificationCount: number }>(
      LIST,
    );
    expect(after.data!.notifications.map((n) => n.id)).toEqual([other.id]);
    expect(after.data!.unreadNotificationCount).toBe(0);
  });

  it('keeps notices private to their user', async () => {
    const mine = await server.db.prisma.notification.findFirstOrThrow({
      where: { userId: a.userIds.systemejer },
    });
    const stranger = await server.client().signIn(b.email('kontrakt'));
    const list = await stranger.gql<{ notifications: { title: string }[] }>(LIST);
    expect(list.data!.notifications.map((n) => n.title)).toEqual([
      'Genudbud: beslutning om Beta SMS senest 30. november 2026',
    ]);
    const result = await stranger.gql('mutation($id: ID!) { markNotificationRead(id: $id) { id } }', {
      id: mine.id,
    });
    expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    const reader = await server.client().signIn(a.email('laeser'));
    expect((await reader.gql<{ notifications: unknown[] }>(LIST)).data!.notifications).toEqual([]);
  });

  it('lets administrators and contract managers run the job for their organisation only', async () => {
    const reader = await server.client().signIn(a.email('laeser'));
    const refused = await reader.gql('mutation { runContractAlerts { created } }');
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    await server.db.prisma.notification.deleteMany({ where: { organisationId: b.org.id } });
    const manager = await server.client().signIn(a.email('kontrakt'));
    const run = await manager.gql<{ runContractAlerts: { due: number; created: number } }>(
      'mutation { runContractAlerts { due created } }',
    );
    expect(run.data!.runContractAlerts).toEqual({ due: 4, created: 0 });
    // Beta's deleted notice is not recreated by Alpha's run.
    expect(await server.db.prisma.notification.count({ where: { organisationId: b.org.id } })).toBe(0);
  });
});
