import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aContract } from './contract-fixtures';

jest.setTimeout(60_000);
process.env.OVERBLIK_TODAY = '2026-11-27';

const CREATE = `mutation($input: ContractCreateInput!) { createContract(input: $input) { id } }`;
const UPDATE = `mutation($input: ContractUpdateInput!) { updateContract(input: $input) { id version } }`;

type Fields = { field: string; message: string }[];

/**
 * The contract rules shared with the form (ADR 0014): date order and parent/successor cycles are
 * refused by the API with a localised VALIDATION_FAILED on the field, and nothing is stored.
 */
describe('contract rules enforced by the API', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  const audits = () => server.db.prisma.auditEntry.count({ where: { entityType: 'Contract' } });

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'kregler', { kontrakt: ['CONTRACT_MANAGER'] });
  });
  afterAll(() => server.close());

  async function refused(locale: 'da' | 'en', query: string, input: Record<string, unknown>) {
    const client = await server.client().signIn(a.email('kontrakt'));
    client.locale = locale;
    const result = await client.gql(query, { input });
    expect(result.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    return result.errors![0].extensions!.fields as Fields;
  }

  it('refuses end, irrevocable and termination dates before the start, on create and update', async () => {
    const contracts = await server.db.prisma.contract.count();
    const audited = await audits();
    expect(
      await refused('en', CREATE, {
        name: 'Booking',
        startDate: '2026-01-01',
        endDate: '2025-12-31',
        irrevocableUntil: '2025-01-01',
      }),
    ).toEqual([
      { field: 'endDate', message: 'The end date must be after the start date.' },
      { field: 'irrevocableUntil', message: 'The end date must be after the start date.' },
    ]);
    expect(await server.db.prisma.contract.count()).toBe(contracts);

    const row = await aContract(server.db, a.org.id, { name: 'SMS', start: '2024-01-01', end: '2027-12-31' });
    expect(
      await refused('da', UPDATE, {
        id: row.id,
        version: 1,
        name: 'SMS',
        startDate: '2024-01-01',
        endDate: '2027-12-31',
        terminatedOn: '2023-06-30',
      }),
    ).toEqual([{ field: 'terminatedOn', message: 'Slutdatoen skal ligge efter startdatoen.' }]);
    const stored = await server.db.prisma.contract.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ terminatedOn: null, version: 1 });
    expect(await audits()).toBe(audited);
  });

  it('refuses a parent below the contract and a successor it has replaced, and keeps both links', async () => {
    const frame = await aContract(server.db, a.org.id, {
      name: 'Ramme',
      start: '2024-01-01',
      end: '2028-12-31',
    });
    const callOff = await aContract(server.db, a.org.id, { name: 'Aftale', start: '2024-01-01' });
    await server.db.prisma.contract.update({ where: { id: callOff.id }, data: { parentId: frame.id } });
    const v1 = await aContract(server.db, a.org.id, { name: 'V1', start: '2016-01-01', end: '2019-12-31' });
    const v2 = await aContract(server.db, a.org.id, { name: 'V2', start: '2020-01-01', end: '2023-12-31' });
    await server.db.prisma.contract.update({ where: { id: v1.id }, data: { successorId: v2.id } });
    const audited = await audits();

    const base = { version: 1, startDate: '2024-01-01' };
    expect(
      await refused('en', UPDATE, { ...base, id: frame.id, name: 'Ramme', parentId: callOff.id }),
    ).toEqual([
      {
        field: 'parentId',
        message: 'A contract cannot be the parent of itself or of one of its own sub-contracts.',
      },
    ]);
    expect(
      await refused('da', UPDATE, {
        ...base,
        id: v2.id,
        name: 'V2',
        startDate: '2020-01-01',
        successorId: v1.id,
      }),
    ).toEqual([
      {
        field: 'successorId',
        message: 'En kontrakt kan ikke afløses af sig selv eller af en kontrakt, den selv har afløst.',
      },
    ]);
    const rows = await server.db.prisma.contract.findMany({
      where: { id: { in: [frame.id, v2.id] } },
      select: { parentId: true, successorId: true, version: true },
    });
    expect(rows).toEqual([
      { parentId: null, successorId: null, version: 1 },
      { parentId: null, successorId: null, version: 1 },
    ]);
    expect(await audits()).toBe(audited);
  });
});
