import { DEFAULT_MATURITY_STEPS } from '@overblik/domain';
import { MATURITY_ENGLISH } from '../../src/modules/maturity/maturity-texts';
import { runContractAlerts } from '../../src/modules/notification/contract-alert.job';
import { STANDARD_REQUIREMENTS } from '../../src/modules/tender/standard-requirement-texts';
import { aContract } from '../contract/contract-fixtures';
import { aPhaseModel, aProject } from '../portfolio/portfolio-fixtures';
import { anOrganisation, startTestServer, type TestServer } from '../test-server';

// Set-up starts a server and migrates a fresh database; under load that exceeds jest's 5 s hook default.
jest.setTimeout(60_000);

const MATURITY = `{ maturity { customSteps steps { name criteria { name } } missingForNext { name } } }`;
const PHASES = `{ projectPhases { key name } }`;
const PASS = `mutation($id: ID!, $to: String!, $v: Int!) { passGate(projectId: $id, toPhase: $to, version: $v) { phase } }`;
const REQUIREMENTS = `{ standardRequirements { category title description } }`;
const CREATE_REQUIREMENT = `mutation($input: StandardRequirementInput!) {
  createStandardRequirement(input: $input) { category title description }
}`;
const NOTICES = `{ notifications { id kind title body } }`;
const READ = `mutation($id: ID!) { markNotificationRead(id: $id) { title body } }`;

interface Maturity {
  customSteps: boolean;
  steps: { name: string; criteria: { name: string }[] }[];
  missingForNext: { name: string }[];
}
type Notices = { notifications: { id: string; kind: string; title: string; body: string }[] };

/**
 * Text the server writes — the standard maturity model, phases and requirements, gate refusals and
 * contract alerts — answers in the viewer's language (x-overblik-locale), while the stored rows and
 * an organisation's own wording stay as they are.
 */
describe('server-written text in the viewer language', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let own: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'sprog-a', {
      admin: ['ADMINISTRATOR'],
      coord: ['PROJECT_COORDINATOR'],
      kontrakt: ['CONTRACT_MANAGER'],
    });
    own = await anOrganisation(server.db, 'sprog-b', {
      admin: ['ADMINISTRATOR'],
      coord: ['PROJECT_COORDINATOR'],
    });
  });
  afterAll(() => server.close());

  async function as(org: typeof a, user: string, locale: 'da' | 'en') {
    const client = await server.client().signIn(org.email(user));
    client.locale = locale;
    return client;
  }

  it('has an English name for every step and criterion of the default maturity model', () => {
    const names = DEFAULT_MATURITY_STEPS.flatMap((s) => [s.name, ...s.criteria.map((c) => c.name)]);
    expect(names.filter((name) => !MATURITY_ENGLISH[name])).toEqual([]);
  });

  it('names the default maturity model in English for an English viewer and in Danish otherwise', async () => {
    const en = (await (await as(a, 'coord', 'en')).gql<{ maturity: Maturity }>(MATURITY)).data!.maturity;
    expect(en.customSteps).toBe(false);
    expect(en.steps.map((s) => s.name)).toEqual([
      'Overview of systems and contracts',
      'A coordinated portfolio with a common project model',
      'Business cases are followed up and benefits measured centrally',
      'Benefits and strategy steer the organisation',
    ]);
    expect(en.steps[0].criteria.map((c) => c.name)).toEqual([
      'Systems have a system owner',
      'Contracts have a known end date',
    ]);
    expect(en.missingForNext.map((c) => c.name)).toContain('Contracts have a known end date');

    const da = (await (await as(a, 'coord', 'da')).gql<{ maturity: Maturity }>(MATURITY)).data!.maturity;
    expect(da.steps[0].name).toBe('Overblik over systemer og kontrakter');
    expect(da.steps[0].criteria[0].name).toBe('Systemer har en systemejer');
  });

  it("answers a stored model's standard names in English and the organisation's own wording as written", async () => {
    const step = await server.db.prisma.maturityStep.create({
      data: { organisationId: own.org.id, ordinal: 1, name: 'Overblik over systemer og kontrakter' },
    });
    await server.db.prisma.maturityCriterion.createMany({
      data: [
        {
          stepId: step.id,
          name: 'Systemer har en systemejer',
          metric: 'usagesWithOwnerShare',
          threshold: 0.8,
        },
        { stepId: step.id, name: 'Vores egen regel om driftsaftaler', metric: null, threshold: 1 },
      ],
    });
    const en = (await (await as(own, 'coord', 'en')).gql<{ maturity: Maturity }>(MATURITY)).data!.maturity;
    expect(en.customSteps).toBe(true);
    expect(en.steps).toEqual([
      {
        name: 'Overview of systems and contracts',
        criteria: [{ name: 'Systems have a system owner' }, { name: 'Vores egen regel om driftsaftaler' }],
      },
    ]);
    expect(await server.db.prisma.maturityStep.findUniqueOrThrow({ where: { id: step.id } })).toMatchObject({
      name: 'Overblik over systemer og kontrakter',
    });
  });

  it('names project phases in the viewer language: the default model, and stored standard names, not renamed ones', async () => {
    const defaults = await (await as(a, 'coord', 'en')).gql<{ projectPhases: unknown[] }>(PHASES);
    expect(defaults.data!.projectPhases).toEqual([
      { key: 'idea', name: 'Idea' },
      { key: 'analysis', name: 'Analysis' },
      { key: 'proposal', name: 'Proposal' },
      { key: 'execution', name: 'Execution' },
      { key: 'implementation', name: 'Implementation' },
      { key: 'benefit_realisation', name: 'Benefit realisation' },
      { key: 'closed', name: 'Closed' },
    ]);
    const danish = await (await as(a, 'coord', 'da')).gql<{ projectPhases: { name: string }[] }>(PHASES);
    expect(danish.data!.projectPhases.map((p) => p.name)).toEqual([
      'Idé',
      'Analyse',
      'Indstilling',
      'Gennemførelse',
      'Implementering',
      'Gevinstrealisering',
      'Afsluttet',
    ]);

    await aPhaseModel(server.db, own.org.id);
    await server.db.prisma.phaseDefinition.updateMany({
      where: { organisationId: own.org.id, key: 'execution' },
      data: { name: 'Udførelse og test' },
    });
    const stored = await (await as(own, 'coord', 'en')).gql<{ projectPhases: unknown[] }>(PHASES);
    expect(stored.data!.projectPhases).toEqual([
      { key: 'idea', name: 'Idea' },
      { key: 'proposal', name: 'Proposal' },
      { key: 'execution', name: 'Udførelse og test' },
    ]);
  });

  it('names the missing artefacts of a refused gate in words, in the viewer language', async () => {
    const p = await aProject(server.db, own.org.id, 'Sprogprojekt', { phase: 'proposal' });
    const en = await (await as(own, 'coord', 'en')).gql(PASS, { id: p.id, to: 'execution', v: 1 });
    expect(en.errors![0].extensions!.code).toBe('ARTEFACTS_MISSING');
    expect(en.errors![0].message).toBe(
      'The project cannot pass the gate: it is missing business case and risk assessment.',
    );
    expect(en.errors![0].extensions!.fields).toEqual([
      { field: 'artefacts.BUSINESS_CASE', message: 'Missing: business case.' },
      { field: 'artefacts.RISK_ASSESSMENT', message: 'Missing: risk assessment.' },
    ]);
    const da = await (await as(own, 'coord', 'da')).gql(PASS, { id: p.id, to: 'execution', v: 1 });
    expect(da.errors![0].message).toBe(
      'Projektet kan ikke passere fasen: der mangler business case og risikovurdering.',
    );
  });

  it("answers the standard requirements in English while stored, and an organisation's own as written", async () => {
    const [category, title, description] = STANDARD_REQUIREMENTS[0];
    await server.db.prisma.standardRequirement.createMany({
      data: [
        { organisationId: a.org.id, category, title, description },
        { organisationId: a.org.id, category: 'Egne krav', title: 'Lokal hotline', description: 'Dansk' },
      ],
    });
    const en = await (await as(a, 'admin', 'en')).gql<{ standardRequirements: unknown[] }>(REQUIREMENTS);
    expect(en.data!.standardRequirements).toEqual(
      expect.arrayContaining([
        {
          category: 'Reference architecture',
          title: 'Use of the national service platform',
          description:
            'Base data and services come through the national service platform (Serviceplatformen), not through the supplier’s copy registers.',
        },
        { category: 'Egne krav', title: 'Lokal hotline', description: 'Dansk' },
      ]),
    );
    // A mutation's answer is worded the same way, and the row is stored as sent.
    const created = await (
      await as(a, 'admin', 'en')
    ).gql(CREATE_REQUIREMENT, { input: { category: 'Sikkerhed', title: 'Databehandleraftale' } });
    expect(created.data).toEqual({
      createStandardRequirement: {
        category: 'Security',
        title: 'Data processing agreement',
        description: '',
      },
    });
    const rows = await server.db.prisma.standardRequirement.findMany({
      where: { organisationId: a.org.id },
      select: { title: true },
    });
    expect(rows.map((r) => r.title).sort()).toEqual([
      'Anvendelse af Serviceplatformen',
      'Databehandleraftale',
      'Lokal hotline',
    ]);
    const da = await (
      await as(a, 'admin', 'da')
    ).gql<{ standardRequirements: { title: string }[] }>(REQUIREMENTS);
    expect(da.data!.standardRequirements.map((r) => r.title)).toContain('Anvendelse af Serviceplatformen');
  });

  it('words a stored contract alert again in the viewer language, leaving the stored (e-mailed) text', async () => {
    await aContract(server.db, a.org.id, {
      name: 'Sprog-ESDH',
      purchaseForm: 'EU_TENDER',
      start: '2023-01-01',
      end: '2027-12-31',
      noticeMonths: 6,
      ownerUserId: a.userIds.kontrakt,
    });
    await runContractAlerts(server.db, '2026-11-27', { organisationIds: [a.org.id] });
    const da = (await (await as(a, 'kontrakt', 'da')).gql<Notices>(NOTICES)).data!.notifications;
    const notice = da.find((n) => n.kind === 'RETENDER_DECISION_DUE')!;
    expect(notice.title).toBe('Genudbud: beslutning om Sprog-ESDH senest 30. juni 2026');

    const en = await as(a, 'kontrakt', 'en');
    const english = (await en.gql<Notices>(NOTICES)).data!.notifications.find((n) => n.id === notice.id)!;
    expect(english).toMatchObject({
      title: 'Re-tender: decide on Sprog-ESDH by 30 June 2026',
      body: 'The contract with an unknown supplier needs a re-tender decision so a replacement can be procured and migrated to in time.',
    });
    const read = await en.gql<{ markNotificationRead: unknown }>(READ, { id: notice.id });
    expect(read.data!.markNotificationRead).toEqual({ title: english.title, body: english.body });
    expect(
      await server.db.prisma.notification.findUniqueOrThrow({
        where: { id: notice.id },
        select: { title: true },
      }),
    ).toEqual({ title: notice.title });
  });
});
