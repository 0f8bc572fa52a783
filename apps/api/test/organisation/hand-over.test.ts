import { aBenefitRow } from '../benefit/benefit-fixtures';
import { aContract } from '../contract/contract-fixtures';
import { aProject } from '../portfolio/portfolio-fixtures';
import { anOrganisation, aUsage, startTestServer, type TestServer } from '../test-server';

jest.setTimeout(60_000);

const LIST = `query($u: ID!) { responsibilities(userId: $u) { kind role id name version } }`;
const HAND_OVER = `mutation($input: HandOverInput!) { handOverResponsibilities(input: $input) }`;

type Item = { kind: string; role: string; id: string; name: string; version: number };
const asInput = ({ kind, role, id, version }: Item) => ({ kind, role, id, version });

describe('handing over responsibilities', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let ids: { usage: string; contract: string; project: string; benefit: string };

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db;
    a = await anOrganisation(db, 'lambda', {
      admin: ['ADMINISTRATOR'],
      leaver: ['SYSTEM_OWNER'],
      colleague: ['READER'],
    });
    b = await anOrganisation(db, 'my', { admin: ['ADMINISTRATOR'] });
    const leaver = a.userIds.leaver;
    const usage = await aUsage(db, a.org.id, 'Lønsystem');
    await db.prisma.systemUsage.update({ where: { id: usage.id }, data: { ownerUserId: leaver } });
    const contract = await aContract(db, a.org.id, {
      name: 'Løn-drift',
      start: '2024-01-01',
      ownerUserId: leaver,
    });
    const project = await aProject(db, a.org.id, 'Ny løn');
    await db.prisma.project.update({
      where: { id: project.id },
      data: { ownerUserId: leaver, leadUserId: leaver },
    });
    const benefit = await aBenefitRow(db, {
      organisationId: a.org.id,
      title: 'Færre fejl',
      responsibleUserId: leaver,
    });
    ids = { usage: usage.id, contract: contract.id, project: project.id, benefit: benefit.id };
  });
  afterAll(() => server.close());

  const list = async (email: string, userId: string) => {
    const admin = await server.client().signIn(email);
    return (await admin.gql<{ responsibilities: Item[] }>(LIST, { u: userId })).data!.responsibilities;
  };

  it('lists everything the person holds, role by role', async () => {
    const held = await list(a.email('admin'), a.userIds.leaver);
    expect(held.map((i) => `${i.kind}:${i.role}:${i.name}`)).toEqual([
      'SYSTEM_USAGE:OWNER:Lønsystem',
      'CONTRACT:OWNER:Løn-drift',
      'PROJECT:OWNER:Ny løn',
      'PROJECT:LEAD:Ny løn',
      'BENEFIT:RESPONSIBLE:Færre fejl',
    ]);
  });

  it('refuses a hand-over to oneself or to someone outside the organisation, and moves nothing', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const items = (await list(a.email('admin'), a.userIds.leaver)).map(asInput);
    const self = await admin.gql(HAND_OVER, {
      input: { fromUserId: a.userIds.leaver, toUserId: a.userIds.leaver, items },
    });
    expect(self.errors![0].extensions!.fields).toEqual([
      { field: 'toUserId', message: 'Vælg en anden kollega end den, der overdrager.' },
    ]);
    const outsider = await admin.gql(HAND_OVER, {
      input: { fromUserId: a.userIds.leaver, toUserId: b.userIds.admin, items },
    });
    expect(outsider.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(await list(a.email('admin'), a.userIds.leaver)).toHaveLength(5);
  });

  it('is for administrators of the organisation only', async () => {
    const leaver = await server.client().signIn(a.email('leaver'));
    expect((await leaver.gql(LIST, { u: a.userIds.leaver })).errors![0].extensions!.code).toBe('FORBIDDEN');
    // Another organisation's administrator sees nothing of it and cannot move it.
    expect(await list(b.email('admin'), a.userIds.leaver)).toEqual([]);
    const items = (await list(a.email('admin'), a.userIds.leaver)).map(asInput);
    const other = await server.client().signIn(b.email('admin'));
    const moved = await other.gql(HAND_OVER, {
      input: { fromUserId: a.userIds.leaver, toUserId: b.userIds.admin, items },
    });
    expect(moved.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await list(a.email('admin'), a.userIds.leaver)).toHaveLength(5);
  });

  it('refuses the whole hand-over when one record changed since it was listed', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const items = (await list(a.email('admin'), a.userIds.leaver)).map(asInput);
    await server.db.prisma.contract.update({
      where: { id: ids.contract },
      data: { version: { increment: 1 } },
    });
    const stale = await admin.gql(HAND_OVER, {
      input: { fromUserId: a.userIds.leaver, toUserId: a.userIds.colleague, items },
    });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    expect(await list(a.email('admin'), a.userIds.leaver)).toHaveLength(5);
  });

  it('moves the ticked ones in one step, each record versioned and audited', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const held = await list(a.email('admin'), a.userIds.leaver);
    const ticked = held.filter((i) => i.kind !== 'BENEFIT').map(asInput);
    const result = await admin.gql<{ handOverResponsibilities: number }>(HAND_OVER, {
      input: { fromUserId: a.userIds.leaver, toUserId: a.userIds.colleague, items: ticked },
    });
    expect(result.errors).toBeUndefined();
    // Three records from four ticks: the project's owner and lead move in one write.
    expect(result.data!.handOverResponsibilities).toBe(3);
    expect((await list(a.email('admin'), a.userIds.leaver)).map((i) => i.kind)).toEqual(['BENEFIT']);
    const project = await server.db.prisma.project.findUniqueOrThrow({ where: { id: ids.project } });
    expect(project).toMatchObject({
      ownerUserId: a.userIds.colleague,
      leadUserId: a.userIds.colleague,
      version: 2,
    });
    const audit = await server.db.prisma.auditEntry.findMany({
      where: { entityId: { in: Object.values(ids) } },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((e) => e.entityType)).toEqual(['SystemUsage', 'Contract', 'Project']);
    expect(audit.every((e) => e.userId === a.userIds.admin && e.action === 'UPDATE')).toBe(true);
  });
});
