import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aContract, aSupplier } from './contract-fixtures';

process.env.OVERBLIK_TODAY = '2026-11-27';

const START = `mutation($id: ID!) { startRetenderProposal(contractId: $id) { id projectId status problem asIs } }`;

describe('from alert to re-tender proposal', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let contractId: string;
  let esdhUsage: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db;
    a = await anOrganisation(db, 'alpha', { systemejer: ['SYSTEM_OWNER'], laeser: ['READER'] });
    b = await anOrganisation(db, 'beta', { systemejer: ['SYSTEM_OWNER'] });
    const supplier = await aSupplier(db, 'KMD');
    esdhUsage = (await aUsage(db, a.org.id, 'ESDH X', { responsibleUnitId: a.unit.id })).id;
    const okonomi = await aUsage(db, a.org.id, 'Økonomi Y');
    const cpr = await db.prisma.dataSource.create({ data: { name: 'CPR', kind: 'BASE_REGISTER' } });
    await db.prisma.usageDataSource.create({
      data: {
        organisationId: a.org.id,
        usageId: esdhUsage,
        dataSourceId: cpr.id,
        channel: 'SERVICEPLATFORMEN',
      },
    });
    await db.prisma.integration.create({
      data: {
        organisationId: a.org.id,
        fromUsageId: esdhUsage,
        toUsageId: okonomi.id,
        data: 'Journalnotater',
      },
    });
    await db.prisma.standardRequirement.createMany({
      data: [
        { organisationId: a.org.id, category: 'Arkitektur', title: 'Brug af Serviceplatformen' },
        { organisationId: a.org.id, category: 'Exit', title: 'Dataudtræk ved ophør', active: false },
        { organisationId: b.org.id, category: 'Andet', title: 'Betas krav' },
      ],
    });
    await db.prisma.project.create({
      data: { organisationId: a.org.id, name: 'Eksisterende', rankKey: 'a5' },
    });
    contractId = (
      await aContract(db, a.org.id, {
        name: 'ESDH-kontrakt',
        supplierId: supplier.id,
        purchaseForm: 'EU_TENDER',
        start: '2023-01-01',
        end: '2027-12-31',
        noticeMonths: 6,
        usageIds: [esdhUsage],
      })
    ).id;
  });
  afterAll(() => server.close());

  it('creates a project in the proposal phase with a prefilled draft proposal and checklist', async () => {
    const client = await server.client().signIn(a.email('systemejer'));
    const result = await client.gql<{
      startRetenderProposal: { projectId: string; status: string; problem: string; asIs: string };
    }>(START, { id: contractId });
    expect(result.errors).toBeUndefined();
    const proposal = result.data!.startRetenderProposal;
    expect(proposal.status).toBe('DRAFT');
    expect(proposal.problem).toBe(
      'Kontrakten »ESDH-kontrakt« (KMD) skal genudbydes. Beslutning om genudbud senest 30. juni 2026; kontrakten udløber 31. december 2027.',
    );
    expect(proposal.asIs).toBe(
      [
        '## Systemer omfattet af kontrakten',
        '### ESDH X\n- Datakilder: CPR (læser, Serviceplatformen)\n- Integrationer: til Økonomi Y: Journalnotater',
      ].join('\n\n'),
    );

    const project = await server.db.prisma.project.findUniqueOrThrow({
      where: { id: proposal.projectId },
      include: { systems: true, requirementChecks: { include: { requirement: true } } },
    });
    expect(project).toMatchObject({
      name: 'Genudbud: ESDH-kontrakt',
      phase: 'proposal',
      status: 'PROPOSED',
      ownerUserId: a.userIds.systemejer,
      unitId: a.unit.id,
    });
    // After the last project's key 'a5'.
    expect(project.rankKey > 'a5').toBe(true);
    expect(project.systems.map((s) => s.usageId)).toEqual([esdhUsage]);
    expect(project.requirementChecks.map((c) => c.requirement.title)).toEqual(['Brug af Serviceplatformen']);
  });

  it('refuses readers and other organisations', async () => {
    const before = await server.db.prisma.project.count();
    const reader = await server.client().signIn(a.email('laeser'));
    expect((await reader.gql(START, { id: contractId })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const stranger = await server.client().signIn(b.email('systemejer'));
    expect((await stranger.gql(START, { id: contractId })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(await server.db.prisma.project.count()).toBe(before);
  });
});
