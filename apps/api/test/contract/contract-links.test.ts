import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aContract } from './contract-fixtures';

process.env.OVERBLIK_TODAY = '2026-11-27';

const DETAIL = `query($id: ID!) { contract(id: $id) {
  id version successorId successor { id name } predecessors { id name } parent { id name }
} }`;
const CREATE = `mutation($input: ContractCreateInput!) { createContract(input: $input) {
  id version successorId successor { id name dates { currentEnd } }
} }`;
const UPDATE = `mutation($input: ContractUpdateInput!) { updateContract(input: $input) {
  id version parentId successorId
} }`;

type Detail = {
  id: string;
  version: number;
  successorId: string | null;
  successor: { id: string; name: string } | null;
  predecessors: { id: string; name: string }[];
  parent: { id: string; name: string } | null;
};

describe('contract parent and successor links', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let old: string;
  let renewal: string;
  let framework: string;
  let callOff: string;
  let bContract: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'alpha', { kontrakt: ['CONTRACT_MANAGER'], laeser: ['READER'] });
    b = await anOrganisation(server.db, 'beta', { kontrakt: ['CONTRACT_MANAGER'] });
    old = (await aContract(server.db, a.org.id, { name: 'SMS 2020', start: '2020-01-01', end: '2025-12-31' }))
      .id;
    renewal = (
      await aContract(server.db, a.org.id, { name: 'SMS 2026', start: '2026-01-01', end: '2029-12-31' })
    ).id;
    framework = (
      await aContract(server.db, a.org.id, { name: 'Rammeaftale', start: '2024-01-01', end: '2030-12-31' })
    ).id;
    callOff = (
      await aContract(server.db, a.org.id, {
        name: 'Leveranceaftale',
        start: '2024-06-01',
        end: '2027-12-31',
      })
    ).id;
    bContract = (
      await aContract(server.db, b.org.id, { name: 'Beta SMS', start: '2026-01-01', end: '2029-12-31' })
    ).id;
  });
  afterAll(() => server.close());

  const base = (id: string, version: number, name: string) => ({
    id,
    version,
    name,
    startDate: '2020-01-01',
  });

  async function detail(email: string, id: string) {
    const client = await server.client().signIn(email);
    const result = await client.gql<{ contract: Detail }>(DETAIL, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.contract;
  }

  it('links a successor on update, shows it both ways and writes it to the audit trail', async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    const result = await client.gql<{ updateContract: { successorId: string; version: number } }>(UPDATE, {
      input: { ...base(old, 1, 'SMS 2020'), endDate: '2025-12-31', successorId: renewal },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateContract).toMatchObject({ successorId: renewal, version: 2 });

    const oldView = await detail(a.email('laeser'), old);
    expect(oldView.successor).toEqual({ id: renewal, name: 'SMS 2026' });
    expect(oldView.predecessors).toEqual([]);
    const renewalView = await detail(a.email('laeser'), renewal);
    expect(renewalView.successor).toBeNull();
    expect(renewalView.predecessors).toEqual([{ id: old, name: 'SMS 2020' }]);

    const audit = await server.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'Contract', entityId: old, action: 'UPDATE' },
    });
    expect(audit.after).toMatchObject({ successorId: renewal });
  });

  it('creates a contract with a successor and clears it again when left out', async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    const created = await client.gql<{ createContract: { id: string; successor: { name: string } } }>(
      CREATE,
      {
        input: { name: 'SMS pilot', startDate: '2019-01-01', endDate: '2019-12-31', successorId: old },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createContract.successor).toMatchObject({
      name: 'SMS 2020',
      dates: { currentEnd: '2025-12-31' },
    });
    const id = created.data!.createContract.id;
    expect((await detail(a.email('kontrakt'), old)).predecessors.map((p) => p.id)).toEqual([id]);

    // Without a successor the contract ends without renewal.
    const cleared = await client.gql<{ updateContract: { successorId: string | null } }>(UPDATE, {
      input: { ...base(id, 1, 'SMS pilot'), startDate: '2019-01-01', endDate: '2019-12-31' },
    });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateContract.successorId).toBeNull();
    expect((await detail(a.email('kontrakt'), old)).predecessors).toEqual([]);
  });

  it('refuses the contract itself or a contract it has replaced as its successor', async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    const self = await client.gql(UPDATE, {
      input: { ...base(renewal, 1, 'SMS 2026'), successorId: renewal },
    });
    expect(self.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(self.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({
        field: 'successorId',
        message: expect.stringMatching(/afløses af sig selv/),
      }),
    ]);
    // SMS 2020 is already replaced by SMS 2026: SMS 2026 cannot be replaced by SMS 2020.
    const cycle = await client.gql(UPDATE, { input: { ...base(renewal, 1, 'SMS 2026'), successorId: old } });
    expect(cycle.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'successorId' })]);
    const row = await server.db.prisma.contract.findUniqueOrThrow({ where: { id: renewal } });
    expect(row).toMatchObject({ successorId: null, version: 1 });
  });

  it('refuses a parent that is the contract itself or one of its descendants, with a clear message', async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    const linked = await client.gql(UPDATE, {
      input: { ...base(callOff, 1, 'Leveranceaftale'), startDate: '2024-06-01', parentId: framework },
    });
    expect(linked.errors).toBeUndefined();
    expect((await detail(a.email('laeser'), callOff)).parent).toEqual({ id: framework, name: 'Rammeaftale' });

    const self = await client.gql(UPDATE, {
      input: { ...base(framework, 1, 'Rammeaftale'), startDate: '2024-01-01', parentId: framework },
    });
    const cycle = await client.gql(UPDATE, {
      input: { ...base(framework, 1, 'Rammeaftale'), startDate: '2024-01-01', parentId: callOff },
    });
    for (const result of [self, cycle]) {
      expect(result.errors![0].extensions!.fields).toEqual([
        expect.objectContaining({
          field: 'parentId',
          message: expect.stringMatching(/overordnet for sig selv/),
        }),
      ]);
    }
    const english = await server.client().signIn(a.email('kontrakt'));
    english.locale = 'en';
    const en = await english.gql(UPDATE, {
      input: { ...base(framework, 1, 'Rammeaftale'), startDate: '2024-01-01', parentId: callOff },
    });
    expect(en.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/cannot be the parent of itself/) }),
    ]);
    expect(
      (await server.db.prisma.contract.findUniqueOrThrow({ where: { id: framework } })).parentId,
    ).toBeNull();
  });

  it("refuses another organisation's contract as successor or parent and hides it", async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    const current = await server.db.prisma.contract.findUniqueOrThrow({ where: { id: renewal } });
    for (const field of ['successorId', 'parentId'] as const) {
      const result = await client.gql(UPDATE, {
        input: { ...base(renewal, current.version, 'SMS 2026'), [field]: bContract },
      });
      expect(result.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
      expect(result.errors![0].extensions!.fields).toEqual([
        expect.objectContaining({ field, message: expect.stringMatching(/findes ikke i din organisation/) }),
      ]);
    }
    const created = await client.gql(CREATE, {
      input: { name: 'Snyd', startDate: '2026-01-01', successorId: bContract },
    });
    expect(created.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'successorId' }),
    ]);
    expect(await server.db.prisma.contract.count({ where: { name: 'Snyd' } })).toBe(0);

    // Beta cannot link its contract to alpha's either, nor read alpha's contract through the link.
    const beta = await server.client().signIn(b.email('kontrakt'));
    const hijack = await beta.gql(UPDATE, {
      input: { ...base(bContract, 1, 'Beta SMS'), startDate: '2026-01-01', successorId: renewal },
    });
    expect(hijack.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: 'successorId' })]);
    const foreign = await beta.gql(UPDATE, {
      input: { ...base(old, 2, 'Kapret'), successorId: bContract },
    });
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(
      (await server.db.prisma.contract.findUniqueOrThrow({ where: { id: bContract } })).successorId,
    ).toBeNull();
  });
});
