import { anOrganisation, startTestServer, type TestServer } from '../test-server';

const CREATE = `mutation($input: ContractCreateInput!) { createContract(input: $input) { id version } }`;
const UPDATE = `mutation($input: ContractUpdateInput!) { updateContract(input: $input) { id version } }`;
const HISTORY = `query($entity: HistoryEntity!, $id: ID!) {
  history(entity: $entity, id: $id) { action entityType authorName changes { field kind before after } }
}`;

interface Entry {
  action: string;
  entityType: string;
  authorName: string | null;
  changes: { field: string; kind: string; before: string | null; after: string | null }[];
}

describe('history of a record', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'hist-a', { manager: ['CONTRACT_MANAGER'] });
    b = await anOrganisation(server.db, 'hist-b', { manager: ['CONTRACT_MANAGER'] });
  });
  afterAll(() => server.close());

  it('shows who changed which fields of a contract, newest first, without version noise', async () => {
    const manager = await server.client().signIn(a.email('manager'));
    const created = await manager.gql<{ createContract: { id: string; version: number } }>(CREATE, {
      input: { name: 'Driftsaftale', startDate: '2025-01-01', options: [{ ordinal: 1, months: 12 }] },
    });
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createContract;
    const updated = await manager.gql(UPDATE, {
      input: {
        id,
        version,
        name: 'Driftsaftale ESDH',
        reference: 'KT-17',
        startDate: '2025-01-01',
        options: [{ ordinal: 1, months: 24 }],
      },
    });
    expect(updated.errors).toBeUndefined();

    const result = await manager.gql<{ history: Entry[] }>(HISTORY, { entity: 'CONTRACT', id });
    expect(result.errors).toBeUndefined();
    const [update, create] = result.data!.history;
    expect(update).toMatchObject({ action: 'UPDATE', entityType: 'Contract', authorName: 'manager hist-a' });
    expect(update.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', kind: 'CHANGED', before: 'Driftsaftale', after: 'Driftsaftale ESDH' },
        { field: 'reference', kind: 'ADDED', before: null, after: 'KT-17' },
      ]),
    );
    expect(update.changes.map((c) => c.field)).not.toContain('version');
    expect(update.changes.some((c) => c.field.startsWith('options'))).toBe(true);
    expect(create.action).toBe('CREATE');
    expect(create.changes).toEqual(
      expect.arrayContaining([{ field: 'name', kind: 'ADDED', before: null, after: 'Driftsaftale' }]),
    );
  });

  it('shows another organisation nothing of the record’s history, and refuses a malformed id', async () => {
    const manager = await server.client().signIn(a.email('manager'));
    const created = await manager.gql<{ createContract: { id: string } }>(CREATE, {
      input: { name: 'Hemmelig aftale', startDate: '2025-01-01' },
    });
    const id = created.data!.createContract.id;
    const other = await server.client().signIn(b.email('manager'));
    const result = await other.gql<{ history: Entry[] }>(HISTORY, { entity: 'CONTRACT', id });
    expect(result.data!.history).toEqual([]);
    const bad = await other.gql(HISTORY, { entity: 'CONTRACT', id: 'nope' });
    expect(bad.errors![0].extensions!.code).toBe('NOT_FOUND');
    const anonymous = await server.client().gql(HISTORY, { entity: 'CONTRACT', id });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
