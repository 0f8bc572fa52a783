import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aBenefitRow, aProject } from './benefit-fixtures';

jest.setTimeout(60_000);

const CREATE = `mutation($input: BenefitCreateInput!) { createBenefit(input: $input) { id } }`;
const UPDATE = `mutation($input: BenefitUpdateInput!) { updateBenefit(input: $input) { id version } }`;

type Fields = { field: string; message: string }[];

/**
 * The benefit rules the form used to check alone (ADR 0014): the API refuses a target on the wrong
 * side of the baseline and a cashable non-economic benefit, on create and on an update that only
 * changes one side of the rule, and stores nothing.
 */
describe('benefit rules enforced by the API', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let projectId: string;
  const benefits = () => server.db.prisma.benefit.count({ where: { organisationId: a.org.id } });
  const audits = () => server.db.prisma.auditEntry.count({ where: { entityType: 'Benefit' } });

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'regler', { coord: ['PROJECT_COORDINATOR'] });
    projectId = (await aProject(server.db, a.org.id, 'Ny ESDH')).id;
  });
  afterAll(() => server.close());

  async function refused(locale: 'da' | 'en', query: string, input: Record<string, unknown>) {
    const client = await server.client().signIn(a.email('coord'));
    client.locale = locale;
    const result = await client.gql(query, { input });
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    return result.errors![0].extensions!.fields as Fields;
  }

  it('refuses a new benefit whose target lies on the wrong side of its baseline', async () => {
    const [count, audited] = [await benefits(), await audits()];
    const input = { projectId, title: 'Lavere licens', type: 'ECONOMIC_KR', baseline: 100, target: 150 };
    expect(await refused('da', CREATE, { ...input, direction: 'DECREASE' })).toEqual([
      { field: 'target', message: 'Målet skal ligge under baseline, når værdien skal falde.' },
    ]);
    // Without a direction the database's default (INCREASE) applies: 150 → 100 is then a fall.
    expect(await refused('en', CREATE, { ...input, baseline: 150, target: 100 })).toEqual([
      { field: 'target', message: 'The target must be above the baseline when the value should increase.' },
    ]);
    expect([await benefits(), await audits()]).toEqual([count, audited]);
  });

  it('refuses an update that moves only the baseline past the stored target, and keeps the row', async () => {
    const row = await aBenefitRow(server.db, {
      organisationId: a.org.id,
      projectId,
      title: 'Færre genindtastninger',
      baseline: 400_000,
      target: 150_000,
      direction: 'DECREASE',
    });
    const audited = await audits();
    expect(await refused('en', UPDATE, { id: row.id, version: 1, baseline: 100_000 })).toEqual([
      { field: 'target', message: 'The target must be below the baseline when the value should decrease.' },
    ]);
    expect(await refused('da', UPDATE, { id: row.id, version: 1, direction: 'INCREASE' })).toEqual([
      { field: 'target', message: 'Målet skal ligge over baseline, når værdien skal stige.' },
    ]);
    const stored = await server.db.prisma.benefit.findUniqueOrThrow({ where: { id: row.id } });
    expect({
      baseline: Number(stored.baseline),
      direction: stored.direction,
      version: stored.version,
    }).toEqual({
      baseline: 400_000,
      direction: 'DECREASE',
      version: 1,
    });
    expect(await audits()).toBe(audited);
  });

  it('refuses cashable on a qualitative benefit, also when an update changes only the type', async () => {
    const count = await benefits();
    expect(
      await refused('da', CREATE, { projectId, title: 'Tilfredshed', type: 'QUALITATIVE', cashable: true }),
    ).toEqual([
      {
        field: 'cashable',
        message: 'Kun økonomiske gevinster (kr. eller årsværk) kan hjemtages i budgettet.',
      },
    ]);
    expect(await benefits()).toBe(count);

    const row = await aBenefitRow(server.db, {
      organisationId: a.org.id,
      projectId,
      title: 'Sparet licens',
      cashable: true,
    });
    expect(await refused('en', UPDATE, { id: row.id, version: 1, type: 'QUALITATIVE' })).toEqual([
      { field: 'cashable', message: 'Only economic benefits (kr. or FTE) can be taken out of a budget.' },
    ]);
    const stored = await server.db.prisma.benefit.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ type: 'ECONOMIC_KR', cashable: true, version: 1 });

    // Changing the type and clearing cashable together is a consistent change.
    const client = await server.client().signIn(a.email('coord'));
    const ok = await client.gql<{ updateBenefit: { version: number } }>(UPDATE, {
      input: { id: row.id, version: 1, type: 'QUALITATIVE', cashable: false },
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateBenefit.version).toBe(2);
  });
});
