import { aContract } from '../contract/contract-fixtures';
import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

const LIST = `query($s: ReferenceSubject!, $id: ID!) {
  externalReferences(subject: $s, subjectId: $id) { id title documentId url version } }`;
const CREATE = `mutation($i: ExternalReferenceCreateInput!) {
  createExternalReference(input: $i) { id subject subjectId title documentId url version } }`;
const UPDATE = `mutation($i: ExternalReferenceUpdateInput!) { updateExternalReference(input: $i) { id title url version } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteExternalReference(id: $id, version: $v) }`;

type Errors = {
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; message: string }[] };
  }[];
};

describe('external references', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let usage: string;
  let contract: string;
  let sharedSource: string;
  let bLocalSource: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'refa', {
      owner: ['SYSTEM_OWNER'],
      contracts: ['CONTRACT_MANAGER'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'refb', { owner: ['SYSTEM_OWNER'] });
    usage = (await aUsage(server.db, a.org.id, 'Refa ESDH', { ownerUserId: a.userIds.owner })).id;
    contract = (await aContract(server.db, a.org.id, { name: 'Refa driftsaftale', start: '2025-01-01' })).id;
    sharedSource = (
      await server.db.prisma.dataSource.create({ data: { name: 'CVR', kind: 'BASE_REGISTER' } })
    ).id;
    bLocalSource = (
      await server.db.prisma.dataSource.create({
        data: { name: 'B-kopi', kind: 'COPY_REGISTER', visibility: 'LOCAL', ownerOrganisationId: b.org.id },
      })
    ).id;
  }, 60_000);
  afterAll(() => server.close());

  const as = (email: string) => server.client().signIn(email);
  const code = (r: Errors) => r.errors?.[0].extensions?.code;
  const audits = (entityId: string) => server.db.prisma.auditEntry.findMany({ where: { entityId } });

  it('adds, edits and removes a reference on a system, versioned and audited', async () => {
    const owner = await as(a.email('owner'));
    const created = await owner.gql<{ createExternalReference: { id: string; version: number } }>(CREATE, {
      i: {
        subject: 'SYSTEM_USAGE',
        subjectId: usage,
        title: ' Databehandleraftale ',
        documentId: '27.24.00-G01-3-24',
        url: 'https://esdh.refa.dk/sag/3-24',
      },
    });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createExternalReference;
    expect(created.data!.createExternalReference).toMatchObject({
      subject: 'SYSTEM_USAGE',
      subjectId: usage,
      title: 'Databehandleraftale',
      documentId: '27.24.00-G01-3-24',
      version: 1,
    });

    const updated = await owner.gql<{ updateExternalReference: { version: number; url: string } }>(UPDATE, {
      i: { id, version: 1, title: 'Databehandleraftale 2027', url: '' },
    });
    expect(updated.data!.updateExternalReference).toMatchObject({ version: 2, url: '' });
    const stale = (await owner.gql(UPDATE, { i: { id, version: 1, title: 'Gammel' } })) as Errors;
    expect(code(stale)).toBe('STALE_VERSION');

    const listed = await owner.gql<{ externalReferences: { title: string }[] }>(LIST, {
      s: 'SYSTEM_USAGE',
      id: usage,
    });
    expect(listed.data!.externalReferences.map((r) => r.title)).toEqual(['Databehandleraftale 2027']);

    expect((await owner.gql<{ deleteExternalReference: boolean }>(DELETE, { id, v: 2 })).data).toEqual({
      deleteExternalReference: true,
    });
    expect((await audits(id)).map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    // The system's history shows what happened to its references.
    const history = await owner.gql<{ history: { entityType: string; action: string }[] }>(
      `query($id: ID!) { history(entity: SYSTEM_USAGE, id: $id) { entityType action } }`,
      { id: usage },
    );
    expect(
      history.data!.history.filter((e) => e.entityType === 'ExternalReference').map((e) => e.action),
    ).toEqual(['DELETE', 'UPDATE', 'CREATE']);
  });

  it('refuses a script or file address and a missing title, and stores nothing', async () => {
    const owner = await as(a.email('owner'));
    const bad = (await owner.gql(CREATE, {
      i: { subject: 'SYSTEM_USAGE', subjectId: usage, title: '', url: 'javascript:alert(1)' },
    })) as Errors;
    expect(code(bad)).toBe('VALIDATION_FAILED');
    expect(bad.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'title' }),
      expect.objectContaining({
        field: 'url',
        message: 'Skal være en webadresse, der begynder med http:// eller https://.',
      }),
    ]);
    expect(await server.db.prisma.externalReference.count({ where: { subjectId: usage } })).toBe(0);
  });

  it('lets only those who edit the subject’s area keep its references', async () => {
    const input = { subject: 'CONTRACT', subjectId: contract, title: 'Kontrakt, underskrevet' };
    expect(code((await (await as(a.email('owner'))).gql(CREATE, { i: input })) as Errors)).toBe('FORBIDDEN');
    expect(code((await (await as(a.email('reader'))).gql(CREATE, { i: input })) as Errors)).toBe('FORBIDDEN');
    const manager = await (await as(a.email('contracts'))).gql(CREATE, { i: input });
    expect(manager.errors).toBeUndefined();
    // A reader sees them.
    const read = await (
      await as(a.email('reader'))
    ).gql<{ externalReferences: unknown[] }>(LIST, {
      s: 'CONTRACT',
      id: contract,
    });
    expect(read.data!.externalReferences).toHaveLength(1);
  });

  it('keeps each organisation’s references on a shared data source apart, and hides other organisations’ subjects', async () => {
    await (
      await as(a.email('owner'))
    ).gql(CREATE, {
      i: { subject: 'DATA_SOURCE', subjectId: sharedSource, title: 'Refa: aftale om CVR-opslag' },
    });
    const bOwner = await as(b.email('owner'));
    const bList = await bOwner.gql<{ externalReferences: unknown[] }>(LIST, {
      s: 'DATA_SOURCE',
      id: sharedSource,
    });
    expect(bList.data!.externalReferences).toEqual([]);

    // B cannot read or add references on A's system or contract, and A cannot on B's local source.
    expect(code((await bOwner.gql(LIST, { s: 'SYSTEM_USAGE', id: usage })) as Errors)).toBe('NOT_FOUND');
    const onA = (await bOwner.gql(CREATE, {
      i: { subject: 'SYSTEM_USAGE', subjectId: usage, title: 'x' },
    })) as Errors;
    expect(code(onA)).toBe('NOT_FOUND');
    const aOwner = await as(a.email('owner'));
    const onB = (await aOwner.gql(CREATE, {
      i: { subject: 'DATA_SOURCE', subjectId: bLocalSource, title: 'x' },
    })) as Errors;
    expect(code(onB)).toBe('NOT_FOUND');

    // Nor edit or delete A's reference.
    const [ref] = await server.db.prisma.externalReference.findMany({
      where: { organisationId: a.org.id, subject: 'DATA_SOURCE' },
    });
    expect(
      code(
        (await bOwner.gql(UPDATE, { i: { id: ref.id, version: ref.version, title: 'Overtaget' } })) as Errors,
      ),
    ).toBe('NOT_FOUND');
    expect(code((await bOwner.gql(DELETE, { id: ref.id, v: ref.version })) as Errors)).toBe('NOT_FOUND');
    expect(
      (await server.db.prisma.externalReference.findUniqueOrThrow({ where: { id: ref.id } })).title,
    ).toBe('Refa: aftale om CVR-opslag');
  });
});
