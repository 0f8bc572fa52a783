import { aContract } from '../contract/contract-fixtures';
import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

const CREATE = `mutation($i: SupplierInput!) { createSupplier(input: $i) { id name cvr ownerOrganisationId version } }`;
const UPDATE = `mutation($i: SupplierUpdateInput!) { updateSupplier(input: $i) { id name cvr version } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteSupplier(id: $id, version: $v) }`;
const DETAIL = `query($id: ID!) { supplier(id: $id) {
  id name cvr usageCount contractCount
  contacts { id name role email phone version }
  notes { notes version }
  systems { id name usageId }
  contracts { id name }
  dataSources { id name } } }`;
const LIST = `query($s: String) { suppliers(search: $s, limit: 50) { totalCount items { id name usageCount contractCount } } }`;
const ADD_CONTACT = `mutation($i: SupplierContactCreateInput!) { createSupplierContact(input: $i) { id name email phone version } }`;
const EDIT_CONTACT = `mutation($i: SupplierContactUpdateInput!) { updateSupplierContact(input: $i) { id role version } }`;
const DROP_CONTACT = `mutation($id: ID!, $v: Int!) { deleteSupplierContact(id: $id, version: $v) }`;
const NOTES = `mutation($i: SupplierNotesInput!) { saveSupplierNotes(input: $i) { notes version } }`;
const HISTORY = `query($id: ID!) { history(entity: SUPPLIER, id: $id) { action entityType changes { field after } } }`;
const USAGE = `query($id: ID!) { systemUsage(id: $id) { supplier { id name } system { supplier { id } } } }`;

type Errors = {
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; message: string }[] };
  }[];
};
interface Detail {
  supplier: {
    usageCount: number;
    contractCount: number;
    contacts: { id: string; name: string; version: number }[];
    notes: { notes: string; version: number } | null;
    systems: { id: string; name: string; usageId: string | null }[];
    contracts: { id: string; name: string }[];
    dataSources: { id: string; name: string }[];
  };
}

describe('the supplier register', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let national: string;
  let bLocal: string;
  let usage: string;
  let systemId: string;
  let contract: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'leva', {
      owner: ['SYSTEM_OWNER'],
      contracts: ['CONTRACT_MANAGER'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'levb', { owner: ['SYSTEM_OWNER'] });
    const db = server.db.prisma;
    national = (await db.supplier.create({ data: { name: 'Kommunesoft A/S', cvr: '29189846' } })).id;
    bLocal = (
      await db.supplier.create({
        data: { name: 'B-konsulent', visibility: 'LOCAL', ownerOrganisationId: b.org.id },
      })
    ).id;
    const u = await aUsage(server.db, a.org.id, 'Leva ESDH');
    usage = u.id;
    systemId = u.systemId;
    await db.itSystem.update({ where: { id: systemId }, data: { supplierId: national } });
    await db.itSystem.create({ data: { name: 'Kommunesoft Løn', supplierId: national } });
    await db.dataSource.create({
      data: { name: 'Kommunesoft kopiregister', kind: 'COPY_REGISTER', supplierId: national },
    });
    contract = (
      await aContract(server.db, a.org.id, {
        name: 'Leva ESDH-aftale',
        start: '2025-01-01',
        supplierId: national,
      })
    ).id;
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);
  const code = (r: Errors) => r.errors?.[0].extensions?.code;
  const fields = (r: Errors) => r.errors?.[0].extensions?.fields?.map((f) => [f.field, f.message]);

  it('registers a supplier for the organisation, audited, and refuses a second entry for the same company', async () => {
    const manager = await as(a.email('contracts'));
    const created = await manager.gql<{ createSupplier: { id: string; ownerOrganisationId: string } }>(
      CREATE,
      {
        i: { name: ' Driftspartner ApS ', cvr: '' },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createSupplier).toMatchObject({
      name: 'Driftspartner ApS',
      cvr: null,
      ownerOrganisationId: a.org.id,
      version: 1,
    });
    const { id } = created.data!.createSupplier;
    const audit = await server.db.prisma.auditEntry.findMany({ where: { entityId: id } });
    expect(audit.map((e) => [e.action, e.entityType, e.organisationId])).toEqual([
      ['CREATE', 'Supplier', a.org.id],
    ]);

    const sameName = (await manager.gql(CREATE, { i: { name: 'driftspartner aps' } })) as Errors;
    expect(code(sameName)).toBe('CONFLICT');
    expect(sameName.errors![0].message).toBe(
      'Der findes allerede en leverandør med navnet Driftspartner ApS. Brug den i stedet.',
    );
    const sameCvr = (await manager.gql(CREATE, {
      i: { name: 'Kommunesoft Danmark', cvr: '29189846' },
    })) as Errors;
    expect(code(sameCvr)).toBe('CONFLICT');
    expect(sameCvr.errors![0].message).toBe(
      'Leverandøren Kommunesoft A/S har allerede CVR-nummer 29189846. Brug den i stedet.',
    );
    expect(await server.db.prisma.supplier.count({ where: { name: { contains: 'Danmark' } } })).toBe(0);
  });

  it('refuses a bad CVR and a reader, changing nothing', async () => {
    const before = await server.db.prisma.supplier.count();
    const owner = await as(a.email('owner'));
    const bad = (await owner.gql(CREATE, { i: { name: 'Tastefejl A/S', cvr: '29189847' } })) as Errors;
    expect(code(bad)).toBe('VALIDATION_FAILED');
    expect(fields(bad)).toEqual([['cvr', 'Skal være et gyldigt CVR-nummer på 8 cifre.']]);
    const reader = await as(a.email('reader'));
    expect(code((await reader.gql(CREATE, { i: { name: 'Læser ApS' } })) as Errors)).toBe('FORBIDDEN');
    expect(await server.db.prisma.supplier.count()).toBe(before);
  });

  it('lets only the registering organisation rename a supplier, refusing stale edits', async () => {
    const owner = await as(a.email('owner'));
    const { createSupplier } = (
      await owner.gql<{ createSupplier: { id: string } }>(CREATE, { i: { name: 'Omdøbes ApS' } })
    ).data!;
    const id = createSupplier.id;
    const renamed = await owner.gql<{ updateSupplier: { name: string; cvr: string; version: number } }>(
      UPDATE,
      {
        i: { id, version: 1, name: 'Omdøbt ApS', cvr: '29189846 '.replace('29189846', '10150817') },
      },
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateSupplier).toMatchObject({ name: 'Omdøbt ApS', cvr: '10150817', version: 2 });
    expect(code((await owner.gql(UPDATE, { i: { id, version: 1, name: 'Gammel' } })) as Errors)).toBe(
      'STALE_VERSION',
    );

    const other = await as(b.email('owner'));
    expect(code((await other.gql(UPDATE, { i: { id, version: 2, name: 'Kapret' } })) as Errors)).toBe(
      'FORBIDDEN',
    );
    // National entries, which no organisation registered, are read-only for everyone.
    expect(
      code((await owner.gql(UPDATE, { i: { id: national, version: 1, name: 'Kapret' } })) as Errors),
    ).toBe('FORBIDDEN');
    expect((await server.db.prisma.supplier.findUnique({ where: { id } }))!.name).toBe('Omdøbt ApS');
  });

  it("keeps each organisation's contacts and notes to itself", async () => {
    const owner = await as(a.email('owner'));
    const added = await owner.gql<{ createSupplierContact: { id: string; version: number } }>(ADD_CONTACT, {
      i: {
        supplierId: national,
        name: 'Lise Holm',
        role: 'Kundeansvarlig',
        email: 'lise@kommunesoft.dk',
        phone: '+45 12 34 56 78',
      },
    });
    expect(added.errors).toBeUndefined();
    const contactId = added.data!.createSupplierContact.id;
    const edited = await owner.gql<{ updateSupplierContact: { role: string; version: number } }>(
      EDIT_CONTACT,
      {
        i: { id: contactId, version: 1, name: 'Lise Holm', role: 'Support', email: 'lise@kommunesoft.dk' },
      },
    );
    expect(edited.data!.updateSupplierContact).toEqual({ id: contactId, role: 'Support', version: 2 });
    const badMail = (await owner.gql(ADD_CONTACT, {
      i: { supplierId: national, name: 'X', email: 'x@' },
    })) as Errors;
    expect(fields(badMail)).toEqual([['email', 'Skal være en gyldig e-mailadresse.']]);

    const first = await owner.gql<{ saveSupplierNotes: { version: number } }>(NOTES, {
      i: { supplierId: national, notes: 'Eskalér til Lise ved nedbrud.', version: null },
    });
    expect(first.data!.saveSupplierNotes).toEqual({ notes: 'Eskalér til Lise ved nedbrud.', version: 1 });
    // An editor that loaded no notes, after someone else saved some, is refused.
    const raced = (await owner.gql(NOTES, {
      i: { supplierId: national, notes: 'Overskriv', version: null },
    })) as Errors;
    expect(code(raced)).toBe('STALE_VERSION');
    const second = await owner.gql<{ saveSupplierNotes: { version: number } }>(NOTES, {
      i: { supplierId: national, notes: 'Eskalér til Lise.', version: 1 },
    });
    expect(second.data!.saveSupplierNotes.version).toBe(2);

    const mine = (await owner.gql<Detail>(DETAIL, { id: national })).data!.supplier;
    expect(mine.contacts.map((c) => c.name)).toEqual(['Lise Holm']);
    expect(mine.notes).toEqual({ notes: 'Eskalér til Lise.', version: 2 });

    const other = await as(b.email('owner'));
    const theirs = (await other.gql<Detail>(DETAIL, { id: national })).data!.supplier;
    expect(theirs.contacts).toEqual([]);
    expect(theirs.notes).toBeNull();
    expect(
      code((await other.gql(EDIT_CONTACT, { i: { id: contactId, version: 2, name: 'Kapret' } })) as Errors),
    ).toBe('NOT_FOUND');
    expect(code((await other.gql(DROP_CONTACT, { id: contactId, v: 2 })) as Errors)).toBe('NOT_FOUND');

    const reader = await as(a.email('reader'));
    expect(
      code((await reader.gql(NOTES, { i: { supplierId: national, notes: 'Læst', version: 2 } })) as Errors),
    ).toBe('FORBIDDEN');
    expect(await owner.gql(DROP_CONTACT, { id: contactId, v: 2 })).toEqual({
      data: { deleteSupplierContact: true },
    });
  });

  it("shows the supplier's systems, the organisation's own usages and contracts, and its data sources", async () => {
    const owner = await as(a.email('owner'));
    const mine = (await owner.gql<Detail>(DETAIL, { id: national })).data!.supplier;
    expect(mine.systems).toEqual([
      expect.objectContaining({ name: 'Kommunesoft Løn', usageId: null }),
      { id: systemId, name: 'Leva ESDH', usageId: usage },
    ]);
    expect(mine.contracts).toEqual([{ id: contract, name: 'Leva ESDH-aftale' }]);
    expect(mine.dataSources.map((d) => d.name)).toEqual(['Kommunesoft kopiregister']);
    expect([mine.usageCount, mine.contractCount]).toEqual([1, 1]);

    const listed = (
      await owner.gql<{ suppliers: { items: { id: string; usageCount: number; contractCount: number }[] } }>(
        LIST,
        {
          s: 'kommunesoft',
        },
      )
    ).data!.suppliers.items;
    expect(listed).toEqual([{ id: national, name: 'Kommunesoft A/S', usageCount: 1, contractCount: 1 }]);
    const byCvr = (await owner.gql<{ suppliers: { totalCount: number } }>(LIST, { s: '2918' })).data!
      .suppliers;
    expect(byCvr.totalCount).toBe(1);

    const onUsage = await owner.gql<{ systemUsage: { supplier: { id: string; name: string } } }>(USAGE, {
      id: usage,
    });
    expect(onUsage.data!.systemUsage).toEqual({
      supplier: { id: national, name: 'Kommunesoft A/S' },
      system: { supplier: { id: national } },
    });

    // Another organisation sees the shared systems but none of A's usages or contracts.
    const other = (await (await as(b.email('owner'))).gql<Detail>(DETAIL, { id: national })).data!.supplier;
    expect(other.systems.every((s) => s.usageId === null)).toBe(true);
    expect(other.contracts).toEqual([]);
    expect([other.usageCount, other.contractCount]).toEqual([0, 0]);
  });

  it("hides another organisation's local supplier", async () => {
    const owner = await as(a.email('owner'));
    expect(code((await owner.gql(DETAIL, { id: bLocal })) as Errors)).toBe('NOT_FOUND');
    const listed = (await owner.gql<{ suppliers: { totalCount: number } }>(LIST, { s: 'B-konsulent' })).data!;
    expect(listed.suppliers.totalCount).toBe(0);
  });

  it('deletes a supplier only while nothing names it', async () => {
    const owner = await as(a.email('owner'));
    const { id } = (
      await owner.gql<{ createSupplier: { id: string } }>(CREATE, { i: { name: 'Kortvarig ApS' } })
    ).data!.createSupplier;
    await server.db.prisma.contract.update({ where: { id: contract }, data: { supplierId: id } });
    const inUse = (await owner.gql(DELETE, { id, v: 1 })) as Errors;
    expect(code(inUse)).toBe('CONFLICT');
    await server.db.prisma.contract.update({ where: { id: contract }, data: { supplierId: national } });
    expect(code((await owner.gql(DELETE, { id, v: 7 })) as Errors)).toBe('STALE_VERSION');
    expect(await owner.gql(DELETE, { id, v: 1 })).toEqual({ data: { deleteSupplier: true } });
    expect(await server.db.prisma.supplier.findUnique({ where: { id } })).toBeNull();
    const audit = await server.db.prisma.auditEntry.findMany({
      where: { entityId: id },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
  });

  it("shows the supplier's own changes, contacts and notes in its history, not its contracts' edits", async () => {
    const owner = await as(a.email('owner'));
    const manager = await as(a.email('contracts'));
    const contractEdit = await manager.gql(
      `mutation($i: ContractUpdateInput!) { updateContract(input: $i) { id } }`,
      {
        i: {
          id: contract,
          version: 1,
          name: 'Leva ESDH-aftale 2',
          startDate: '2025-01-01',
          supplierId: national,
        },
      },
    );
    expect(contractEdit.errors).toBeUndefined();
    // The contract's own audit entry names the supplier, yet belongs to the contract's history.
    const contractAudit = await server.db.prisma.auditEntry.findFirst({ where: { entityId: contract } });
    expect((contractAudit!.after as { supplierId: string }).supplierId).toBe(national);
    const history = (
      await owner.gql<{ history: { action: string; entityType: string }[] }>(HISTORY, { id: national })
    ).data!.history;
    expect(history.map((h) => `${h.action} ${h.entityType}`)).toEqual([
      'DELETE SupplierContact',
      'UPDATE SupplierNote',
      'CREATE SupplierNote',
      'UPDATE SupplierContact',
      'CREATE SupplierContact',
    ]);
  });
});
