import { anOrganisation, startTestServer, type TestServer } from '../test-server';

const LIST = `query($k: String!) { savedViews(tableKey: $k) { id name config organisationDefault editable version } }`;
const SAVE = `mutation($i: SavedViewInput!) { saveView(input: $i) { id name config organisationDefault editable version } }`;
const UPDATE = `mutation($i: SavedViewUpdateInput!) { updateSavedView(input: $i) { id name config version } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteSavedView(id: $id, version: $v) }`;

interface View {
  id: string;
  name: string;
  config: Record<string, unknown>;
  organisationDefault: boolean;
  editable: boolean;
  version: number;
}

const CONFIG = {
  columnVisibility: { supplier: false },
  columnOrder: ['name', 'lifecycle'],
  sorting: [{ id: 'name', desc: true }],
  columnFilters: [{ id: 'lifecycle', value: 'I drift' }],
};

describe('saved views', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'sva', {
      admin: ['ADMINISTRATOR'],
      reader: ['READER'],
      other: ['READER'],
    });
    b = await anOrganisation(server.db, 'svb', { admin: ['ADMINISTRATOR'] });
  }, 60_000);
  afterAll(() => server.close());

  const as = async (org: typeof a, key: string) => {
    const client = await server.client().signIn(org.email(key));
    client.organisationId = org.org.id;
    return client;
  };
  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0].extensions?.code;
  const audits = (entityId: string) => server.db.prisma.auditEntry.findMany({ where: { entityId } });
  const save = async (org: typeof a, key: string, input: Record<string, unknown>) =>
    (await as(org, key)).gql<{ saveView: View }>(SAVE, {
      i: { tableKey: 'systems', name: 'Mine', config: CONFIG, ...input },
    });

  it('saves a personal view, lists it for its owner only, and audits the creation', async () => {
    const saved = await save(a, 'reader', { name: 'Udfasning' });
    expect(saved.errors).toBeUndefined();
    const view = saved.data!.saveView;
    expect(view).toMatchObject({
      name: 'Udfasning',
      config: CONFIG,
      organisationDefault: false,
      editable: true,
      version: 1,
    });
    expect((await audits(view.id)).map((e) => e.action)).toEqual(['CREATE']);

    const own = await (await as(a, 'reader')).gql<{ savedViews: View[] }>(LIST, { k: 'systems' });
    expect(own.data!.savedViews.map((v) => v.name)).toContain('Udfasning');
    const other = await (await as(a, 'other')).gql<{ savedViews: View[] }>(LIST, { k: 'systems' });
    expect(other.data!.savedViews.map((v) => v.id)).not.toContain(view.id);
    const contracts = await (await as(a, 'reader')).gql<{ savedViews: View[] }>(LIST, { k: 'contracts' });
    expect(contracts.data!.savedViews).toEqual([]);
  });

  it('lets only administrators set the organisation default, shown to every member of that organisation', async () => {
    const refused = await save(a, 'reader', { name: 'Standard', organisationDefault: true });
    expect(code(refused)).toBe('FORBIDDEN');

    const made = await save(a, 'admin', { name: 'Standard', organisationDefault: true });
    expect(made.errors).toBeUndefined();
    const def = made.data!.saveView;
    expect(def).toMatchObject({ organisationDefault: true, editable: true });
    const row = await server.db.prisma.savedView.findUniqueOrThrow({ where: { id: def.id } });
    expect(row.userId).toBeNull();

    const readerList = await (await as(a, 'reader')).gql<{ savedViews: View[] }>(LIST, { k: 'systems' });
    expect(readerList.data!.savedViews.find((v) => v.id === def.id)).toMatchObject({
      organisationDefault: true,
      editable: false,
    });
    const otherOrg = await (await as(b, 'admin')).gql<{ savedViews: View[] }>(LIST, { k: 'systems' });
    expect(otherOrg.data!.savedViews).toEqual([]);

    const second = await save(a, 'admin', { name: 'Andet', organisationDefault: true });
    expect(code(second)).toBe('CONFLICT');

    const readerEdit = await (
      await as(a, 'reader')
    ).gql(UPDATE, { i: { id: def.id, version: 1, name: 'X' } });
    expect(code(readerEdit)).toBe('FORBIDDEN');
    const readerDelete = await (await as(a, 'reader')).gql(DELETE, { id: def.id, v: 1 });
    expect(code(readerDelete)).toBe('FORBIDDEN');
    const adminEdit = await (
      await as(a, 'admin')
    ).gql<{ updateSavedView: View }>(UPDATE, {
      i: { id: def.id, version: 1, config: { sorting: [] } },
    });
    expect(adminEdit.data!.updateSavedView).toMatchObject({
      name: 'Standard',
      config: { sorting: [] },
      version: 2,
    });
  });

  it('refuses another user and another organisation: nothing changes', async () => {
    const view = (await save(a, 'reader', { name: 'Privat' })).data!.saveView;
    const otherUser = await (
      await as(a, 'other')
    ).gql(UPDATE, { i: { id: view.id, version: 1, name: 'Hacket' } });
    expect(code(otherUser)).toBe('NOT_FOUND');
    const otherAdmin = await (await as(a, 'admin')).gql(DELETE, { id: view.id, v: 1 });
    expect(code(otherAdmin)).toBe('NOT_FOUND');
    const otherOrg = await (await as(b, 'admin')).gql(DELETE, { id: view.id, v: 1 });
    expect(code(otherOrg)).toBe('NOT_FOUND');
    const row = await server.db.prisma.savedView.findUniqueOrThrow({ where: { id: view.id } });
    expect(row).toMatchObject({ name: 'Privat', version: 1 });
    expect(await audits(view.id)).toHaveLength(1);
  });

  it('refuses a stale version and deletes with the current one, auditing each change once', async () => {
    const view = (await save(a, 'reader', { name: 'Gammel' })).data!.saveView;
    const client = await as(a, 'reader');
    const first = await client.gql<{ updateSavedView: View }>(UPDATE, {
      i: { id: view.id, version: 1, name: 'Ny' },
    });
    expect(first.data!.updateSavedView).toMatchObject({ name: 'Ny', config: CONFIG, version: 2 });
    const stale = await client.gql(UPDATE, { i: { id: view.id, version: 1, name: 'Forældet' } });
    expect(code(stale)).toBe('STALE_VERSION');
    const staleDelete = await client.gql(DELETE, { id: view.id, v: 1 });
    expect(code(staleDelete)).toBe('STALE_VERSION');
    expect((await server.db.prisma.savedView.findUniqueOrThrow({ where: { id: view.id } })).name).toBe('Ny');
    const deleted = await client.gql<{ deleteSavedView: boolean }>(DELETE, { id: view.id, v: 2 });
    expect(deleted.data!.deleteSavedView).toBe(true);
    expect((await audits(view.id)).map((e) => e.action).sort()).toEqual(['CREATE', 'DELETE', 'UPDATE']);
  });

  it('validates the config shape, its size, the name and the table key with field errors', async () => {
    const badShape = await save(a, 'reader', { config: { sorting: [{ id: 'name', desc: 'ja' }], extra: 1 } });
    expect(code(badShape)).toBe('VALIDATION_FAILED');
    const fields = badShape.errors![0].extensions!.fields!.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['config.sorting.0.desc']));

    const huge = {
      columnFilters: Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, value: 'x'.repeat(400) })),
    };
    const tooBig = await save(a, 'reader', { config: huge });
    expect(tooBig.errors![0].extensions!.fields).toEqual([
      { field: 'config', message: 'Må højst være 20000 tegn.' },
    ]);

    const noName = await save(a, 'reader', { name: '  ' });
    expect(noName.errors![0].extensions!.fields).toEqual([{ field: 'name', message: 'Skal udfyldes.' }]);
    const badKey = await save(a, 'reader', { tableKey: 'Systems; drop' });
    expect(badKey.errors![0].extensions!.fields![0].field).toBe('tableKey');
    expect(await server.db.prisma.savedView.count({ where: { name: { in: ['Mine'] } } })).toBe(0);
  });

  it('requires sign-in', async () => {
    const anonymous = await server.client().gql(LIST, { k: 'systems' });
    expect(code(anonymous)).toBe('UNAUTHENTICATED');
  });
});
