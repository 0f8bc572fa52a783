import type { ArtefactKind, ProjectStatus, ProposalStatus, Rag } from '@prisma/client';
import type { Landscape } from './demo-landscape';
import type { MunicipalityIds } from './demo-organisations';
import { PROJECT_PLANS, PROJECT_TEMPLATES, type Flag, type ProjectTemplate } from './demo-project-catalogue';
import { PHASE_KEYS, PHASES, rankKey, seededArtefacts, type PortfolioModelIds } from './demo-portfolio-model';
import { addDays, addMonths, at, day, daysFromToday, monthEnd, SEED_TODAY } from './seed-dates';
import type { SeedContext } from './seed-writer';

/**
 * One municipality's projects with everything the project model records about them: the phase
 * history and gate decisions that got them where they are, the proposal and its council and
 * board decisions, business case, artefacts, status reports, scores and links.
 */

export interface BuiltProject {
  id: string;
  template: ProjectTemplate;
  phase: string;
  status: ProjectStatus;
  unitId: string;
  ownerUserId: string;
  leadUserId: string | null;
  /** When execution started (null before approval). */
  executionStart: string | null;
  budget: number;
}

const ARTEFACT_TITLES: Record<ArtefactKind, string> = {
  BUSINESS_CASE: 'Business case',
  BENEFIT_MAP: 'Gevinstdiagram',
  RISK_ASSESSMENT: 'Risikovurdering',
  RESOURCE_PLAN: 'Ressourceplan',
  IDEA_DESCRIPTION: 'Idébeskrivelse',
  IMPLEMENTATION_PLAN: 'Implementeringsplan',
  BENEFIT_REALISATION_PLAN: 'Gevinstrealiseringsplan',
  OPERATIONS_HANDOVER: 'Overdragelse til drift',
  CLOSING_REPORT: 'Afslutningsrapport',
};
const GATE_REASONS: Record<string, string> = {
  analysis: 'Idébeskrivelsen er klar; analyse igangsættes.',
  proposal: 'Business casen er udarbejdet; indstilling sendes til digitaliseringsrådet.',
  execution: 'Godkendt af porteføljestyregruppen; projektleder udpeget.',
  implementation: 'Løsningen er leveret og testet; implementeringsplan godkendt.',
  benefit_realisation: 'Overdraget til drift; gevinstrealiseringsplan med ansvarlige er på plads.',
  closed: 'Gevinsterne er hjemtaget eller overdraget til linjen; projektet lukkes.',
};
const RISKS = [
  'Leverandørens leveranceplan er skredet 3 uger.',
  'Nøglemedarbejdere i fagcentret har begrænset tid i højsæsonen.',
  'Afhængighed af fælleskommunal komponent, der endnu ikke er i drift.',
  'Datakvaliteten i kildesystemet er lavere end forventet.',
];

export function buildProjects(
  ctx: SeedContext,
  m: MunicipalityIds,
  land: Landscape,
  model: PortfolioModelIds,
  collaborationId: string,
): BuiltProject[] {
  const { rows, rng } = ctx;
  const scale = m.def.key === 'norddal' ? 1 : 0.85;
  const u = m.users;
  const leads = [u.projektleder, m.colleagues[1], m.colleagues[3], m.colleagues[5], m.colleagues[7]];
  const owners = [u.direktion, u.systemejer, m.colleagues[0], m.colleagues[2], m.colleagues[4]];
  const built: BuiltProject[] = [];

  PROJECT_PLANS[m.def.key].forEach(([key, phase, status, proposal, flags = []], rank) => {
    const template = PROJECT_TEMPLATES.find((p) => p.key === key)!;
    const has = (f: Flag) => flags.includes(f);
    const id = ctx.id();
    const phaseIndex = PHASE_KEYS.indexOf(phase);
    // Phase entry dates, walking back from the current phase so the newest lies in the past.
    const entered: string[] = new Array(phaseIndex + 1);
    // Proposals with decisions entered their phase long enough ago for council and board to meet.
    const decided = proposal === 'PREQUALIFIED' || proposal === 'DEFERRED' || proposal === 'REJECTED';
    entered[phaseIndex] = daysFromToday(
      -(status === 'CLOSED' ? rng.int(60, 240) : decided ? rng.int(50, 110) : rng.int(10, 110)),
    );
    for (let i = phaseIndex - 1; i >= 0; i--) entered[i] = addDays(entered[i + 1], -rng.int(45, 150));
    const executionStart = phaseIndex >= 3 ? entered[3] : null;
    const ownerUserId = owners[rank % owners.length];
    const leadUserId = phaseIndex === 0 ? null : leads[rank % leads.length];
    const budget = Math.round((template.budget * scale) / 10_000) * 10_000;
    const unitId = m.units[template.unit];
    const plannedStart = executionStart ?? addMonths(SEED_TODAY, rng.int(2, 8));
    rows.project.push({
      id,
      organisationId: m.orgId,
      collaborationId: has('collab') ? collaborationId : null,
      name: template.name,
      description: template.problem,
      ownerUserId,
      leadUserId,
      unitId,
      phase,
      status,
      rankKey: rankKey(rank),
      startDate: day(plannedStart),
      endDate: day(status === 'CLOSED' ? entered[phaseIndex] : addMonths(plannedStart, rng.int(12, 30))),
      budget,
    });
    built.push({ id, template, phase, status, unitId, ownerUserId, leadUserId, executionStart, budget });

    entered.forEach((date, i) => {
      rows.projectPhaseHistory.push({
        id: ctx.id(),
        projectId: id,
        phase: PHASE_KEYS[i],
        enteredAt: at(date),
        leftAt: i < phaseIndex ? at(entered[i + 1]) : null,
      });
      if (i === 0) return;
      const toPhase = PHASE_KEYS[i];
      const board = toPhase === 'execution' || toPhase === 'closed';
      const decidedById = board ? u.direktion : u.koordinator;
      if (has('failedGate') && toPhase === 'execution') {
        rows.gateDecision.push({
          id: ctx.id(),
          projectId: id,
          fromPhase: PHASE_KEYS[i - 1],
          toPhase,
          passed: false,
          decidedById,
          decidedAt: at(addDays(date, -30)),
          reason: 'Risikovurdering og ressourceplan mangler; sendes tilbage til projektejer.',
        });
      }
      rows.gateDecision.push({
        id: ctx.id(),
        projectId: id,
        fromPhase: PHASE_KEYS[i - 1],
        toPhase,
        passed: true,
        decidedById,
        decidedAt: at(date),
        reason: GATE_REASONS[toPhase],
      });
    });
    if (has('failedGate') && phase === 'execution') {
      rows.gateDecision.push({
        id: ctx.id(),
        projectId: id,
        fromPhase: 'execution',
        toPhase: 'implementation',
        passed: false,
        decidedById: u.koordinator,
        decidedAt: at(daysFromToday(-12)),
        reason: 'Implementeringsplanen for de modtagende centre er ikke færdig.',
      });
    }

    if (proposal) buildProposal(ctx, m, id, template, proposal, entered, ownerUserId);
    if (phaseIndex >= 1) {
      // Business case: the one-off cost is the budget; running costs and benefits per year.
      rows.businessCaseLine.push({
        id: ctx.id(),
        projectId: id,
        kind: 'ONE_OFF_COST',
        description: 'Anskaffelse, implementering og projektledelse',
        amount: budget,
        year: 2027,
      });
      for (const year of [2027, 2028, 2029]) {
        rows.businessCaseLine.push({
          id: ctx.id(),
          projectId: id,
          kind: 'YEARLY_COST',
          description: 'Drift og licens',
          amount: Math.round(budget * 0.08),
          year,
        });
        rows.businessCaseLine.push({
          id: ctx.id(),
          projectId: id,
          kind: 'YEARLY_BENEFIT',
          description: 'Sparet tid og udgifter',
          amount: Math.round(budget * (0.25 + 0.1 * (year - 2027))),
          year,
        });
      }
      if (rng.chance(0.3))
        rows.businessCaseLine.push({
          id: ctx.id(),
          projectId: id,
          kind: 'ONE_OFF_BENEFIT',
          description: 'Opsagt dobbeltlicens',
          amount: Math.round(budget * 0.1),
          year: 2028,
        });
    }
    // Every gate behind the project had its artefacts; analysis works on the business case and a
    // proposal (unless returned) holds what the board approves on.
    const preparing: ArtefactKind[] =
      phase === 'analysis'
        ? ['BUSINESS_CASE']
        : phase === 'proposal' && proposal !== 'RETURNED'
          ? PHASES[phaseIndex].required
          : [];
    for (const { kind, gateOf } of seededArtefacts(phase, preparing)) {
      rows.projectArtefact.push({
        id: ctx.id(),
        projectId: id,
        kind,
        title: `${ARTEFACT_TITLES[kind]}: ${template.name}`,
        content: `## ${ARTEFACT_TITLES[kind]}\n\n${template.problem}\n\nUdarbejdet efter kommunens projektmodel.`,
        // Ready a week before the gate that asked for it; one being prepared, when this phase began.
        // (No random draw here: the rest of the demo data keeps its values.)
        providedAt: at(gateOf === null ? entered[phaseIndex] : addDays(entered[gateOf + 1], -7)),
      });
    }
    if ((status === 'ACTIVE' || status === 'ON_HOLD') && phaseIndex >= 3 && !has('noReport')) {
      buildStatusReports(
        ctx,
        id,
        leadUserId ?? u.projektleder,
        budget,
        executionStart!,
        has('red'),
        has('oldReport'),
      );
    }
    if (!has('noStrategy')) {
      for (const s of template.strategies)
        rows.projectStrategy.push({ projectId: id, strategyId: model.strategies.get(s)! });
    }
    for (const sys of template.systems) {
      const usage = land.usages.get(sys);
      if (usage) rows.projectSystem.push({ projectId: id, usageId: usage.id });
    }
    if (!has('noScores')) {
      for (const [criterion, criterionId] of model.criteria) {
        const legal = ['esr', 'stottesystemer', 'hjemmeside', 'cyber'].includes(key);
        const value = criterion === 'lovkrav' ? (legal ? 5 : rng.int(1, 3)) : rng.int(1, 5);
        rows.criterionScore.push({ id: ctx.id(), projectId: id, criterionId, value });
      }
    }
    const cats = model.categories;
    const size = budget < 1_000_000 ? 0 : budget <= 5_000_000 ? 1 : 2;
    const crossCutting = ['it', 'oko', 'dir', 'digi'].includes(template.unit) || template.systems.length >= 3;
    const political = template.strategies.includes('borger') || template.strategies.includes('groen');
    for (const categoryId of [
      cats.get('COMPLEXITY')![size],
      cats.get('SCOPE')![crossCutting ? 1 : 0],
      cats.get('FOCUS')![political ? 0 : 1],
      cats.get('ECONOMY')![size],
    ]) {
      rows.projectCategory.push({ projectId: id, categoryId });
    }
    if (phaseIndex >= 2) {
      for (const requirementId of rng.sample(model.requirements, rng.int(3, 5))) {
        rows.requirementCheck.push({
          id: ctx.id(),
          projectId: id,
          requirementId,
          fulfilled: phaseIndex >= 4 || rng.chance(0.6),
          note: '',
        });
      }
    }
  });

  // Dependencies the board must respect when it re-orders the portfolio.
  const byKey = new Map(built.map((p) => [p.template.key, p.id]));
  const deps: [string, string][] = [
    ['kopiregister', 'stottesystemer'],
    ['lis', 'kopiregister'],
    ['omsorg', 'adgang'],
    ['borgerforloeb', 'stottesystemer'],
  ];
  for (const [from, to] of deps) {
    if (byKey.has(from) && byKey.has(to))
      rows.projectDependency.push({ projectId: byKey.get(from)!, dependsOnId: byKey.get(to)! });
  }
  return built;
}

function buildProposal(
  ctx: SeedContext,
  m: MunicipalityIds,
  projectId: string,
  template: ProjectTemplate,
  status: ProposalStatus,
  entered: string[],
  ownerUserId: string,
) {
  const { rows } = ctx;
  const id = ctx.id();
  // Submitted when the proposal phase began (or, for a returned one, a few weeks ago).
  const submitted =
    status === 'DRAFT'
      ? null
      : status === 'RETURNED'
        ? daysFromToday(-40)
        : (entered[2] ?? daysFromToday(-30));
  rows.proposal.push({
    id,
    projectId,
    submittedById: ownerUserId,
    submittedAt: submitted ? at(submitted) : null,
    status,
    problem: template.problem,
    asIs: 'Opgaven løses i dag med flere systemer og manuelle arbejdsgange.',
    toBe: `${template.name} giver én sammenhængende løsning, der følger rammearkitekturen.`,
    resourcesNeeded: 'Projektleder 50 %, forretningskonsulent 30 %, arkitekt efter behov.',
  });
  if (!submitted || status === 'SUBMITTED') return;
  const council = addDays(submitted, 14);
  const decide = (stage: 'COUNCIL' | 'BOARD', decision: ProposalStatus, date: string, reason: string) =>
    rows.proposalDecision.push({
      id: ctx.id(),
      proposalId: id,
      stage,
      decision,
      decidedById: stage === 'COUNCIL' ? m.users.raad : m.users.direktion,
      decidedAt: at(date),
      reason,
    });
  if (status === 'RETURNED') {
    decide(
      'COUNCIL',
      'RETURNED',
      council,
      'Business casen mangler gevinster for de berørte centre; sendes tilbage til analyse.',
    );
    return;
  }
  decide(
    'COUNCIL',
    'PREQUALIFIED',
    council,
    'Økonomi, strategisk sigte og tværgående sammenhæng er vurderet; anbefales.',
  );
  const board = entered[3] ?? addDays(council, 21);
  if (status === 'APPROVED')
    decide('BOARD', 'APPROVED', board, 'Godkendt; passer i porteføljen og kapaciteten.');
  if (status === 'DEFERRED')
    decide(
      'BOARD',
      'DEFERRED',
      daysFromToday(-20),
      'Udskydes til næste porteføljemøde: projektlederkapaciteten er opbrugt i 2027-Q1.',
    );
  if (status === 'REJECTED')
    decide(
      'BOARD',
      'REJECTED',
      daysFromToday(-35),
      'Afvist: gevinsterne er usikre, og behovet dækkes af et andet projekt i porteføljen.',
    );
}

function buildStatusReports(
  ctx: SeedContext,
  projectId: string,
  reportedById: string,
  budget: number,
  executionStart: string,
  red: boolean,
  old: boolean,
) {
  const { rng, rows } = ctx;
  // Monthly reports from the month after execution started, up to last month (or three months ago).
  const last = old ? -3 : -1;
  const months = Math.max(
    1,
    Math.min(6, Math.round((Date.parse(SEED_TODAY) - Date.parse(executionStart)) / (30.4 * 86_400_000))),
  );
  for (let i = months - 1; i >= 0; i--) {
    const isLatest = i === 0;
    const progress = Math.min(95, Math.round(((months - i) / (months + 2)) * 80) + rng.int(0, 8));
    const rag = (): Rag => (red && isLatest ? 'RED' : rng.chance(0.2) ? 'AMBER' : 'GREEN');
    rows.statusReport.push({
      id: ctx.id(),
      projectId,
      reportedById,
      periodEnd: day(monthEnd(last - i)),
      ragTime: rag(),
      ragCost: red && isLatest ? 'AMBER' : rag(),
      ragQuality: 'GREEN',
      ragScope: rng.chance(0.15) ? 'AMBER' : 'GREEN',
      progressPercent: progress,
      spent: Math.round(budget * (progress / 100) * (0.85 + rng.next() * 0.35)),
      budget,
      risks: rng.pick(RISKS),
      nextSteps: 'Afklaring med leverandør og test med superbrugere.',
    });
  }
}
