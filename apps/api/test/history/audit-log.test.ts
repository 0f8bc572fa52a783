import { anOrganisation, startTestServer, type TestServer } from '../test-server';

const CREATE = `mutation($input: ContractCreateInput!) { createContract(input: $input) { id } }`;
const LOG = `query($filter: AuditLogFilterInput, $offset: Int, $limit: Int) {
  auditLog(filter: $filter, offset: $offset, limit: $limit) {
    totalCount items { action entityType entityId authorName changes { field after } }
  }
}`;

interface LogPage {
  auditLog: {
    totalCount: number;
    items: { action: string; entityType: string; entityId: string; authorName: string | null }[];
  };
}

describe('organisation-wide audit log', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  const ids: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'log-a', { admin: ['ADMINISTRATOR'], manager: ['CONTRACT_MANAGER'] });
    b = await anOrganisation(server.db, 'log-b', { admin: ['ADMINISTRATOR'], manager: ['CONTRACT_MANAGER'] });
    const managerA = await server.client().signIn(a.email('manager'));
    for (const name of ['Aftale 1', 'Aftale 2', 'Aftale 3']) {
      const r = await managerA.gql<{ createContract: { id: string } }>(CREATE, {
        input: { name, startDate: '2025-01-01' },
      });
      ids.push(r.data!.createContract.id);
    }
    const managerB = await server.client().signIn(b.email('manager'));
    await managerB.gql(CREATE, { input: { name: 'B-aftale', startDate: '2025-01-01' } });
  });
  afterAll(() => server.close());

  it('pages the organisation’s entries newest first and filters by type, person, action and day', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const page = await admin.gql<LogPage>(LOG, { filter: { entityType: 'Contract' }, limit: 2 });
    expect(page.errors).toBeUndefined();
    expect(page.data!.auditLog.totalCount).toBe(3);
    expect(page.data!.auditLog.items.map((i) => i.entityId)).toEqual([ids[2], ids[1]]);
    expect(page.data!.auditLog.items[0]).toMatchObject({ action: 'CREATE', authorName: 'manager log-a' });
    const next = await admin.gql<LogPage>(LOG, { filter: { entityType: 'Contract' }, offset: 2, limit: 2 });
    expect(next.data!.auditLog.items.map((i) => i.entityId)).toEqual([ids[0]]);

    const byPerson = await admin.gql<LogPage>(LOG, { filter: { userId: a.userIds.admin } });
    expect(byPerson.data!.auditLog.items.every((i) => i.authorName === 'admin log-a')).toBe(true);
    const deletes = await admin.gql<LogPage>(LOG, { filter: { action: 'DELETE' } });
    expect(deletes.data!.auditLog.totalCount).toBe(0);
    const past = await admin.gql<LogPage>(LOG, { filter: { from: '2020-01-01', to: '2020-12-31' } });
    expect(past.data!.auditLog.totalCount).toBe(0);
    const recent = await admin.gql<LogPage>(LOG, {
      filter: { entityType: 'Contract', from: '2020-01-01', to: '2099-12-31' },
    });
    expect(recent.data!.auditLog.totalCount).toBe(3);
  });

  it('never shows an administrator another organisation’s entries, and refuses non-administrators', async () => {
    const adminB = await server.client().signIn(b.email('admin'));
    const log = await adminB.gql<LogPage>(LOG, { filter: { entityType: 'Contract' } });
    expect(log.data!.auditLog.totalCount).toBe(1);
    expect(log.data!.auditLog.items.map((i) => i.entityId)).not.toEqual(expect.arrayContaining([ids[0]]));
    const types = await adminB.gql<{ auditLogEntityTypes: string[] }>('{ auditLogEntityTypes }');
    expect(types.data!.auditLogEntityTypes).toEqual(['Contract']);
    // A's administrator naming B's organisation is refused before anything is read.
    const adminA = await server.client().signIn(a.email('admin'));
    adminA.organisationId = b.org.id;
    expect((await adminA.gql(LOG)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const manager = await server.client().signIn(a.email('manager'));
    expect((await manager.gql(LOG)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses an end day before the start day with a localised field error', async () => {
    const admin = await server.client().signIn(a.email('admin'));
    const result = await admin.gql(LOG, { filter: { from: '2026-02-01', to: '2026-01-01' } });
    expect(result.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(result.errors![0].extensions!.fields).toEqual([
      { field: 'to', message: 'Slutdatoen skal ligge efter startdatoen.' },
    ]);
  });
});
