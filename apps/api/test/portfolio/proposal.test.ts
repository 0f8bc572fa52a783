import { anOrganisation, aUsage, startTestServer, type TestServer } from '../test-server';

const SUBMIT = `mutation($input: ProposalSubmitInput!) { submitProposal(input: $input) { id status version projectId } }`;
const decideOp = (name: string) =>
  `mutation($input: ProposalDecisionInput!) { ${name}(input: $input) { id status version decisions { stage decision reason decidedBy { name } } } }`;
const AGENDA = `{ boardAgenda { awaitingCouncil { id project { name } } awaitingBoard { id project { name } } } }`;
const APPOINT = `mutation($p: ID!, $u: ID!, $v: Int!) { appointProjectLead(projectId: $p, leadUserId: $u, version: $v) { id lead { name } } }`;
const PROJECT = `query($id: ID!) { project(id: $id) { status version ownerUserId phase businessCase { kind amount } systems { name } proposals { status problem decisions { decision } } } }`;

type Decided = {
  id: string;
  status: string;
  version: number;
  decisions: { stage: string; decision: string; reason: string; decidedBy: { name: string } }[];
};

describe('approval path: proposal → council → board → lead', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'qa', {
      lead: ['PROJECT_LEAD'],
      council: ['DIGITALISATION_COUNCIL'],
      board: ['PORTFOLIO_STEERING_GROUP'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'qb', {
      council: ['DIGITALISATION_COUNCIL'],
      board: ['EXECUTIVE_BOARD'],
    });
  }, 60_000);
  afterAll(() => server.close());

  async function submitted(name = 'Digital post') {
    const usage = await aUsage(server.db, a.org.id, `${name} system`);
    const lead = await server.client().signIn(a.email('lead'));
    const result = await lead.gql<{
      submitProposal: { id: string; status: string; version: number; projectId: string };
    }>(SUBMIT, {
      input: {
        name,
        problem: 'Breve sendes på papir',
        asIs: 'Papir',
        toBe: 'Digital Post',
        resourcesNeeded: '1 projektleder',
        businessCase: [
          { kind: 'ONE_OFF_COST', amount: 250000, description: 'Implementering' },
          { kind: 'YEARLY_BENEFIT', amount: 120000, year: 2027 },
        ],
        usageIds: [usage.id],
      },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.submitProposal;
  }

  const as = (key: string, org = a) => server.client().signIn(org.email(key));

  it('runs the whole path, recording who decided what and why', async () => {
    const p = await submitted();
    expect(p.status).toBe('SUBMITTED');
    const council = await as('council');
    const agenda1 = await council.gql<{ boardAgenda: { awaitingCouncil: { id: string }[] } }>(AGENDA);
    expect(agenda1.data!.boardAgenda.awaitingCouncil.map((x) => x.id)).toContain(p.id);

    const pre = await council.gql<{ prequalifyProposal: Decided }>(decideOp('prequalifyProposal'), {
      input: { proposalId: p.id, version: 1, reason: 'Passer med strategien' },
    });
    expect(pre.data!.prequalifyProposal).toMatchObject({
      status: 'PREQUALIFIED',
      version: 2,
      decisions: [
        {
          stage: 'COUNCIL',
          decision: 'PREQUALIFIED',
          reason: 'Passer med strategien',
          decidedBy: { name: 'council qa' },
        },
      ],
    });
    const board = await as('board');
    const agenda2 = await board.gql<{
      boardAgenda: { awaitingBoard: { id: string }[]; awaitingCouncil: { id: string }[] };
    }>(AGENDA);
    expect(agenda2.data!.boardAgenda.awaitingBoard.map((x) => x.id)).toContain(p.id);
    expect(agenda2.data!.boardAgenda.awaitingCouncil.map((x) => x.id)).not.toContain(p.id);

    const approved = await board.gql<{ approveProposal: Decided }>(decideOp('approveProposal'), {
      input: { proposalId: p.id, version: 2 },
    });
    expect(approved.data!.approveProposal.status).toBe('APPROVED');
    expect(approved.data!.approveProposal.decisions.map((d) => [d.stage, d.decision])).toEqual([
      ['COUNCIL', 'PREQUALIFIED'],
      ['BOARD', 'APPROVED'],
    ]);

    const project = await board.gql<{
      project: {
        status: string;
        version: number;
        ownerUserId: string;
        phase: string;
        businessCase: unknown[];
        systems: unknown[];
      };
    }>(PROJECT, { id: p.projectId });
    expect(project.data!.project).toMatchObject({
      status: 'ACTIVE',
      ownerUserId: a.userIds.lead,
      phase: 'proposal',
      businessCase: [
        { kind: 'ONE_OFF_COST', amount: 250000 },
        { kind: 'YEARLY_BENEFIT', amount: 120000 },
      ],
      systems: [{ name: 'Digital post system' }],
    });
    const appointed = await board.gql<{ appointProjectLead: { lead: { name: string } } }>(APPOINT, {
      p: p.projectId,
      u: a.userIds.lead,
      v: project.data!.project.version,
    });
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data!.appointProjectLead.lead.name).toBe('lead qa');
    const audits = await server.db.prisma.auditEntry.findMany({
      where: { entityId: p.id },
      orderBy: { at: 'asc' },
    });
    expect(audits.map((x) => [x.action, x.userId])).toEqual([
      ['CREATE', a.userIds.lead],
      ['DECIDE', a.userIds.council],
      ['DECIDE', a.userIds.board],
    ]);
  });

  it('lets each decision be taken only by its role (FORBIDDEN otherwise) and changes nothing', async () => {
    const p = await submitted('Rollekontrol');
    for (const [key, op] of [
      ['board', 'prequalifyProposal'],
      ['lead', 'prequalifyProposal'],
      ['reader', 'returnProposal'],
    ] as const) {
      const r = await (
        await as(key)
      ).gql(decideOp(op), { input: { proposalId: p.id, version: 1, reason: 'x' } });
      expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    await (
      await as('council')
    ).gql(decideOp('prequalifyProposal'), { input: { proposalId: p.id, version: 1 } });
    for (const [key, op] of [
      ['council', 'approveProposal'],
      ['lead', 'approveProposal'],
      ['council', 'rejectProposal'],
      ['reader', 'deferProposal'],
    ] as const) {
      const r = await (
        await as(key)
      ).gql(decideOp(op), { input: { proposalId: p.id, version: 2, reason: 'x' } });
      expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ status: 'PREQUALIFIED', version: 2 });
    expect(await server.db.prisma.proposalDecision.count({ where: { proposalId: p.id } })).toBe(1);
    const reader = await as('reader');
    const sub = await reader.gql(SUBMIT, { input: { name: 'Læser', problem: 'x' } });
    expect(sub.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('requires a reason to return, reject or defer; a returned proposal can be resubmitted', async () => {
    const p = await submitted('Begrundelse');
    const council = await as('council');
    const noReason = await council.gql(decideOp('returnProposal'), {
      input: { proposalId: p.id, version: 1, reason: '  ' },
    });
    expect(noReason.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(noReason.errors![0].extensions!.fields).toEqual([{ field: 'reason', message: 'Skal udfyldes.' }]);
    const returned = await council.gql<{ returnProposal: Decided }>(decideOp('returnProposal'), {
      input: { proposalId: p.id, version: 1, reason: 'Mangler økonomi' },
    });
    expect(returned.data!.returnProposal.status).toBe('RETURNED');
    const lead = await as('lead');
    const again = await lead.gql<{ submitProposal: { status: string; version: number } }>(SUBMIT, {
      input: {
        proposalId: p.id,
        version: 2,
        name: 'Begrundelse',
        problem: 'Nu med økonomi',
        businessCase: [{ kind: 'YEARLY_COST', amount: 5 }],
      },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data!.submitProposal).toMatchObject({ status: 'SUBMITTED', version: 3 });
    await council.gql(decideOp('prequalifyProposal'), { input: { proposalId: p.id, version: 3 } });
    const board = await as('board');
    for (const op of ['rejectProposal', 'deferProposal']) {
      const r = await board.gql(decideOp(op), { input: { proposalId: p.id, version: 4 } });
      expect(r.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    }
    const deferred = await board.gql<{ deferProposal: Decided }>(decideOp('deferProposal'), {
      input: { proposalId: p.id, version: 4, reason: 'Næste år' },
    });
    expect(deferred.data!.deferProposal.status).toBe('DEFERRED');
    const rejected = await board.gql<{ rejectProposal: Decided }>(decideOp('rejectProposal'), {
      input: { proposalId: p.id, version: 5, reason: 'Ikke i år' },
    });
    expect(rejected.data!.rejectProposal.status).toBe('REJECTED');
    expect((await server.db.prisma.project.findUniqueOrThrow({ where: { id: p.projectId } })).status).toBe(
      'REJECTED',
    );
    const late = await board.gql(decideOp('approveProposal'), { input: { proposalId: p.id, version: 6 } });
    expect(late.errors![0].extensions!.code).toBe('INVALID_TRANSITION');
    const appoint = await board.gql(APPOINT, { p: p.projectId, u: a.userIds.lead, v: 1 });
    expect(appoint.errors![0].extensions!.code).toBe('INVALID_TRANSITION');
  });

  it('refuses a proposal without its problem with the shared rule’s message and creates no project', async () => {
    const lead = await as('lead');
    const before = await server.db.prisma.project.count({ where: { organisationId: a.org.id } });
    const bad = await lead.gql(SUBMIT, {
      input: { name: 'Uden problem', problem: '  ', businessCase: [{ kind: 'ONE_OFF_COST', amount: -5 }] },
    });
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        { field: 'problem', message: 'Skal udfyldes.' },
        { field: 'businessCase.0.amount', message: 'Skal være mindst 0.' },
      ],
    });
    expect(await server.db.prisma.project.count({ where: { organisationId: a.org.id } })).toBe(before);
  });

  it('refuses a stale version', async () => {
    const p = await submitted('Forældet');
    const council = await as('council');
    await council.gql(decideOp('prequalifyProposal'), { input: { proposalId: p.id, version: 1 } });
    const stale = await (
      await as('board')
    ).gql(decideOp('approveProposal'), { input: { proposalId: p.id, version: 1 } });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
  });

  it('keeps organisations apart: another council or board cannot see or decide', async () => {
    const p = await submitted('Privat indstilling');
    const otherCouncil = await as('council', b);
    const r = await otherCouncil.gql(decideOp('prequalifyProposal'), {
      input: { proposalId: p.id, version: 1 },
    });
    expect(r.errors![0].extensions!.code).toBe('NOT_FOUND');
    const agenda = await otherCouncil.gql<{
      boardAgenda: { awaitingCouncil: unknown[]; awaitingBoard: unknown[] };
    }>(AGENDA);
    expect(agenda.data!.boardAgenda).toEqual({ awaitingCouncil: [], awaitingBoard: [] });
    const otherBoard = await as('board', b);
    expect(
      (await otherBoard.gql(`query($id: ID!) { proposal(id: $id) { id } }`, { id: p.id })).errors![0]
        .extensions!.code,
    ).toBe('NOT_FOUND');
    expect(
      (await otherBoard.gql(APPOINT, { p: p.projectId, u: b.userIds.board, v: 1 })).errors![0].extensions!
        .code,
    ).toBe('NOT_FOUND');
    const resubmit = await (
      await as('council', b)
    ).gql(SUBMIT, { input: { proposalId: p.id, version: 1, name: 'x', problem: 'x' } });
    expect(resubmit.errors![0].extensions!.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect((await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: p.id } })).version).toBe(1);
  });
});
