import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aContract } from './contract-fixtures';

const REGISTER = `mutation($input: InvoiceInput!) { registerInvoice(input: $input) {
  id number amount check { expected deviation deviationPercent flagged tolerancePercent }
} }`;
const IMPORT = `mutation($contractId: ID!, $csv: String!) { importInvoicesCsv(contractId: $contractId, csv: $csv) {
  imported { number amount check { expected flagged } } errors { line field message }
} }`;
const INVOICES = `query($id: ID!) { contract(id: $id) { invoices { number check { flagged } } } }`;

describe('invoice control', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let contractId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'alpha', { kontrakt: ['CONTRACT_MANAGER'], laeser: ['READER'] });
    b = await anOrganisation(server.db, 'beta', { kontrakt: ['CONTRACT_MANAGER'] });
    // 365,000 kr. a year from 2025-01-01, indexed 3 % a year.
    contractId = (
      await aContract(server.db, a.org.id, {
        name: 'ESDH',
        start: '2025-01-01',
        end: '2028-12-31',
        yearly: 365_000,
        indexationPercent: 3,
      })
    ).id;
  });
  afterAll(() => server.close());

  const invoice = (number: string, amount: number) => ({
    contractId,
    number,
    invoiceDate: '2026-04-05',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    amount,
  });

  it('checks a registered invoice against the indexed price and flags a deviation', async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    // One whole year of indexation: 375,950 kr. a year = 1,030 kr. a day; Q1 2026 is 90 days.
    const ok = await client.gql<{ registerInvoice: { check: Record<string, unknown> } }>(REGISTER, {
      input: invoice('F-1', 92_700),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.registerInvoice.check).toEqual({
      expected: 92_700,
      deviation: 0,
      deviationPercent: 0,
      flagged: false,
      tolerancePercent: 2,
    });
    const high = await client.gql<{ registerInvoice: { check: { deviation: number; flagged: boolean } } }>(
      REGISTER,
      { input: invoice('F-2', 98_000) },
    );
    expect(high.data!.registerInvoice.check).toMatchObject({ deviation: 5_300, flagged: true });
    const duplicate = await client.gql(REGISTER, { input: invoice('F-2', 1) });
    expect(duplicate.errors![0].extensions!.code).toBe('CONFLICT');
    const badPeriod = await client.gql(REGISTER, {
      input: { ...invoice('F-3', 1), periodEnd: '2025-12-31' },
    });
    expect(badPeriod.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'periodEnd' }),
    ]);
  });

  it('imports nothing when any CSV row is invalid and reports each problem by line', async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    const csv = [
      'Fakturanummer;Fakturadato;Periode fra;Periode til;Beløb',
      'C-1;05-04-2026;01-01-2026;31-03-2026;92.700,00',
      'C-2;2026-04-05;2026-04-01;2026-03-01;100',
      'C-3;2026-04-05;2026-04-01;2026-06-30;ti tusind',
      'F-1;2026-04-05;2026-04-01;2026-06-30;100',
    ].join('\n');
    const result = await client.gql<{
      importInvoicesCsv: { imported: unknown[]; errors: { line: number; field: string }[] };
    }>(IMPORT, { contractId, csv });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importInvoicesCsv.imported).toEqual([]);
    expect(result.data!.importInvoicesCsv.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'periodEnd'],
      [4, 'amount'],
      [5, 'number'],
    ]);
    expect(await server.db.prisma.invoice.count({ where: { number: { startsWith: 'C-' } } })).toBe(0);
  });

  it('imports a valid CSV with Danish number and date formats, each invoice checked', async () => {
    const client = await server.client().signIn(a.email('kontrakt'));
    const csv = [
      'number,invoiceDate,periodStart,periodEnd,amount,note',
      'C-1,05-04-2026,01-01-2026,31-03-2026,"92.700,00",Q1',
      'C-2,2026-07-05,2026-04-01,2026-06-30,120000,Q2',
    ].join('\n');
    const result = await client.gql<{
      importInvoicesCsv: {
        imported: { number: string; amount: number; check: { expected: number; flagged: boolean } }[];
      };
    }>(IMPORT, { contractId, csv });
    expect(result.errors).toBeUndefined();
    // Q2 2026 = 91 days × 1,030 kr. = 93,730 kr.; 120,000 kr. is flagged.
    expect(result.data!.importInvoicesCsv.imported).toEqual([
      { number: 'C-1', amount: 92_700, check: { expected: 92_700, flagged: false } },
      { number: 'C-2', amount: 120_000, check: { expected: 93_730, flagged: true } },
    ]);
    const list = await client.gql<{
      contract: { invoices: { number: string; check: { flagged: boolean } }[] };
    }>(INVOICES, { id: contractId });
    expect(list.data!.contract.invoices.map((i) => [i.number, i.check.flagged])).toEqual([
      ['C-2', true],
      ['C-1', false],
      ['F-1', false],
      ['F-2', true],
    ]);
  });

  it('lets only contract editors of the contract’s organisation register invoices', async () => {
    const reader = await server.client().signIn(a.email('laeser'));
    expect((await reader.gql(REGISTER, { input: invoice('R-1', 1) })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    const stranger = await server.client().signIn(b.email('kontrakt'));
    expect((await stranger.gql(REGISTER, { input: invoice('S-1', 1) })).errors![0].extensions!.code).toBe(
      'NOT_FOUND',
    );
    const imported = await stranger.gql(IMPORT, {
      contractId,
      csv: 'number,invoiceDate,periodStart,periodEnd,amount\nS-2,2026-01-01,2026-01-01,2026-01-31,1',
    });
    expect(imported.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await server.db.prisma.invoice.count({ where: { number: { in: ['R-1', 'S-1', 'S-2'] } } })).toBe(
      0,
    );
  });
});
