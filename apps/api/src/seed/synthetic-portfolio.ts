import type { ArtefactKind, BenefitType, ProjectStatus, ProposalStatus } from '@prisma/client';
import { buildMaturity } from './demo-benefits';
import { PROJECT_TEMPLATES } from './demo-project-catalogue';
import {
  buildPortfolioModel,
  COMPETENCIES,
  PHASE_KEYS,
  rankKey,
  seededArtefacts,
} from './demo-portfolio-model';
import { addMonths, at, day, daysFromToday, monthEnd, quarters } from './seed-dates';
import type { SeedContext } from './seed-writer';
import { personName, type MunicipalitySpec, type SyntheticMunicipality } from './synthetic-landscape';

/**
 * One synthetic municipality's portfolio: projects spread over the phases of the project model
 * with the records each phase implies, people and their demand, and exactly the requested number of
 * benefits and measurements (the benefit-dashboard benchmark states them).
 */

/** [phase, status, proposal status, share in percent]; shares sum to 100. */
const MIX: readonly [string, ProjectStatus, ProposalStatus | null, number][] = [
  ['idea', 'PROPOSED', null, 10],
  ['analysis', 'PROPOSED', 'DRAFT', 12],
  ['proposal', 'PROPOSED', 'SUBMITTED', 8],
  ['proposal', 'PROPOSED', 'PREQUALIFIED', 6],
  ['proposal', 'PROPOSED', 'DEFERRED', 3],
  ['proposal', 'REJECTED', 'REJECTED', 3],
  ['execution', 'ACTIVE', 'APPROVED', 25],
  ['execution', 'ON_HOLD', 'APPROVED', 3],
  ['implementation', 'ACTIVE', 'APPROVED', 12],
  ['benefit_realisation', 'ACTIVE', 'APPROVED', 8],
  ['closed', 'CLOSED', 'APPROVED', 10],
];
/** MIX expanded to 100 slots; slotFor strides through them (37 is coprime to 100), so any number of projects gets the same spread. */
const SLOTS = MIX.flatMap((entry) => Array.from({ length: entry[3] }, () => entry));
const slotFor = (i: number) => SLOTS[(i * 37) % SLOTS.length];

/** What the board approves on: the artefacts a proposal prepares. */
const ARTEFACTS: ArtefactKind[] = ['BUSINESS_CASE', 'BENEFIT_MAP', 'RISK_ASSESSMENT', 'RESOURCE_PLAN'];
const TYPES: readonly [BenefitType, boolean, string][] = [
  ['ECONOMIC_KR', true, 'kr. pr. år'],
  ['ECONOMIC_FTE', false, 'årsværk'],
  ['QUALITATIVE', false, 'score (1–5)'],
  ['ECONOMIC_KR', false, 'kr. pr. år'],
];

export function buildSyntheticPortfolio(ctx: SeedContext, spec: MunicipalitySpec, m: SyntheticMunicipality) {
  const { rows, rng } = ctx;
  const model = buildPortfolioModel(ctx, m.orgId);
  const strategyIds = [...model.strategies.values()];
  const competencyIds = COMPETENCIES.map((c) => model.competencies.get(c)!);
  const unitIds = Object.values(m.units);
  const leads = [m.benchUserId, ...m.colleagues.filter((_, i) => i % 2 === 1)];

  const people = Array.from({ length: spec.people }, (_, i) => {
    const id = ctx.id();
    const userId = i < leads.length ? leads[i] : null;
    rows.person.push({
      id,
      organisationId: m.orgId,
      userId,
      name: userId ? `Projektleder ${i + 1}` : personName(i + 7),
      unitId: rng.pick(unitIds),
      weeklyCapacityHours: rng.pick([37, 37, 30, 18.5]),
    });
    rows.personCompetency.push({ personId: id, competencyId: competencyIds[i % competencyIds.length] });
    if (i % 3 === 0)
      rows.personCompetency.push({
        personId: id,
        competencyId: competencyIds[(i + 2) % competencyIds.length],
      });
    return id;
  });

  const approved: { id: string; unitId: string; lead: string; realising: boolean }[] = [];
  const next = quarters(0, 4);
  for (let i = 0; i < spec.projects; i++) {
    const [phase, status, proposal] = slotFor(i);
    const template = PROJECT_TEMPLATES[i % PROJECT_TEMPLATES.length];
    const phaseIndex = PHASE_KEYS.indexOf(phase);
    const id = ctx.id();
    const unitId = m.units[template.unit];
    const lead = leads[i % leads.length];
    const budget = rng.int(20, 800) * 10_000;
    const entered = Array.from({ length: phaseIndex + 1 }, (_, k) =>
      daysFromToday(-(phaseIndex - k) * 90 - rng.int(10, 60)),
    );
    rows.project.push({
      id,
      organisationId: m.orgId,
      name: `${template.name} ${Math.floor(i / PROJECT_TEMPLATES.length) + 1}`,
      description: template.problem,
      ownerUserId: m.benchUserId,
      leadUserId: phaseIndex === 0 ? null : lead,
      unitId,
      phase,
      status,
      rankKey: rankKey(i),
      startDate: day(phaseIndex >= 3 ? entered[3] : addMonths(daysFromToday(0), rng.int(2, 9))),
      endDate: day(addMonths(entered[Math.min(phaseIndex, 3)], rng.int(12, 30))),
      budget,
    });
    entered.forEach((date, k) => {
      rows.projectPhaseHistory.push({
        id: ctx.id(),
        projectId: id,
        phase: PHASE_KEYS[k],
        enteredAt: at(date),
        leftAt: k < phaseIndex ? at(entered[k + 1]) : null,
      });
      if (k > 0)
        rows.gateDecision.push({
          id: ctx.id(),
          projectId: id,
          fromPhase: PHASE_KEYS[k - 1],
          toPhase: PHASE_KEYS[k],
          passed: true,
          decidedById: m.benchUserId,
          decidedAt: at(date),
          reason: 'Gate passeret.',
        });
    });
    if (proposal) {
      const proposalId = ctx.id();
      const submitted = proposal === 'DRAFT' ? null : entered[Math.min(phaseIndex, 2)];
      rows.proposal.push({
        id: proposalId,
        projectId: id,
        submittedById: m.benchUserId,
        submittedAt: submitted ? at(submitted) : null,
        status: proposal,
        problem: template.problem,
      });
      if (submitted && proposal !== 'SUBMITTED') {
        rows.proposalDecision.push({
          id: ctx.id(),
          proposalId,
          stage: 'COUNCIL',
          decision: 'PREQUALIFIED',
          decidedById: m.benchUserId,
          decidedAt: at(submitted),
          reason: 'Forhåndskvalificeret.',
        });
        if (proposal !== 'PREQUALIFIED')
          rows.proposalDecision.push({
            id: ctx.id(),
            proposalId,
            stage: 'BOARD',
            decision: proposal,
            decidedById: m.benchUserId,
            decidedAt: at(entered[3] ?? submitted),
            reason: proposal === 'APPROVED' ? 'Godkendt.' : 'Behandlet af porteføljestyregruppen.',
          });
      }
    }
    if (phaseIndex >= 1) {
      rows.businessCaseLine.push({
        id: ctx.id(),
        projectId: id,
        kind: 'ONE_OFF_COST',
        description: 'Anskaffelse og implementering',
        amount: budget,
        year: 2027,
      });
      rows.businessCaseLine.push({
        id: ctx.id(),
        projectId: id,
        kind: 'YEARLY_COST',
        description: 'Drift',
        amount: Math.round(budget * 0.1),
        year: 2028,
      });
      rows.businessCaseLine.push({
        id: ctx.id(),
        projectId: id,
        kind: 'YEARLY_BENEFIT',
        description: 'Gevinst',
        amount: Math.round(budget * 0.4),
        year: 2028,
      });
      // What the gates behind it required, and what its own next gate needs while it prepares.
      const preparing =
        phase === 'analysis' ? ['BUSINESS_CASE' as const] : phase === 'proposal' ? ARTEFACTS : [];
      for (const { kind, gateOf } of seededArtefacts(phase, preparing)) {
        rows.projectArtefact.push({
          id: ctx.id(),
          projectId: id,
          kind,
          title: kind,
          providedAt: at(entered[gateOf === null ? phaseIndex : gateOf + 1]),
        });
      }
      for (const [, criterionId] of model.criteria)
        rows.criterionScore.push({ id: ctx.id(), projectId: id, criterionId, value: rng.int(1, 5) });
    }
    for (const [dimension, list] of model.categories)
      rows.projectCategory.push({ projectId: id, categoryId: list[(i + dimension.length) % list.length] });
    for (const strategyId of rng.sample(strategyIds, rng.int(1, 2)))
      rows.projectStrategy.push({ projectId: id, strategyId });
    for (const u of rng.sample(m.usages, rng.int(1, 3)))
      rows.projectSystem.push({ projectId: id, usageId: u.id });
    if (i > 0 && i % 20 === 0)
      rows.projectDependency.push({ projectId: id, dependsOnId: rows.project[rows.project.length - 2].id! });

    const running = status === 'ACTIVE' || status === 'ON_HOLD';
    if (running || (status === 'PROPOSED' && phaseIndex >= 1)) {
      for (const competencyId of [competencyIds[0], competencyIds[1 + (i % 4)]]) {
        for (const quarter of next)
          rows.resourceDemand.push({
            id: ctx.id(),
            projectId: id,
            competencyId,
            quarter,
            hoursPerWeek: rng.int(4, 20),
          });
      }
    }
    if (status === 'ACTIVE') {
      const personId = people[i % people.length];
      for (const quarter of next)
        rows.allocation.push({
          id: ctx.id(),
          personId,
          projectId: id,
          competencyId: competencyIds[0],
          quarter,
          hoursPerWeek: rng.int(5, 18),
        });
      // "A few" status reports: half the active projects report monthly, most of those only once.
      if (phaseIndex >= 3 && i % 2 === 0) {
        for (let r = 0; r < (i % 10 === 0 ? 3 : 1); r++) {
          rows.statusReport.push({
            id: ctx.id(),
            projectId: id,
            reportedById: lead,
            periodEnd: day(monthEnd(-1 - r)),
            ragTime: i % 7 === 0 ? 'RED' : 'GREEN',
            ragCost: i % 5 === 0 ? 'AMBER' : 'GREEN',
            ragQuality: 'GREEN',
            ragScope: 'GREEN',
            progressPercent: Math.min(95, 20 + phaseIndex * 15 - r * 5),
            spent: Math.round(budget * 0.4),
            budget,
          });
        }
      }
    }
    if (phaseIndex >= 2) {
      for (const requirementId of model.requirements.slice(i % 5, (i % 5) + 2))
        rows.requirementCheck.push({
          id: ctx.id(),
          projectId: id,
          requirementId,
          fulfilled: rng.chance(0.6),
        });
    }
    if (phaseIndex >= 3) approved.push({ id, unitId, lead, realising: phaseIndex >= 5 });
  }

  buildSyntheticBenefits(ctx, spec, m, approved);
  buildMaturity(ctx, m.orgId, m.benchUserId);
}

/** Exactly spec.benefits benefits and spec.measurements measurements; the last tenth is unmeasured. */
function buildSyntheticBenefits(
  ctx: SeedContext,
  spec: MunicipalitySpec,
  m: SyntheticMunicipality,
  approved: { id: string; unitId: string; lead: string }[],
) {
  const { rows, rng } = ctx;
  if (!approved.length) return;
  const measured = spec.benefits - Math.floor(spec.benefits / 10);
  const perBenefit = Math.floor(spec.measurements / Math.max(1, measured));
  const extra = spec.measurements - perBenefit * measured;
  for (let b = 0; b < spec.benefits; b++) {
    const project = approved[b % approved.length];
    const [type, cashable, unit] =
      b % 25 === 24 ? (['DISBENEFIT', false, 'kr.'] as const) : TYPES[b % TYPES.length];
    const qualitative = type === 'QUALITATIVE';
    const fte = type === 'ECONOMIC_FTE';
    const baseline = qualitative ? 3 : 0;
    const target = qualitative ? 4.5 : fte ? rng.int(1, 8) / 2 : rng.int(5, 100) * 10_000;
    const id = ctx.id();
    const start = monthEnd(-rng.int(14, 30));
    const due = addMonths(start, rng.int(18, 36));
    rows.benefit.push({
      id,
      organisationId: m.orgId,
      projectId: project.id,
      title: `${qualitative ? 'Bedre kvalitet' : fte ? 'Frigjort tid' : 'Økonomisk gevinst'} ${b + 1}`,
      type,
      cashable,
      responsibleUserId: b % 10 === 9 ? null : project.lead,
      accountableUserId: m.benchUserId,
      harvestingUnitId: b % 12 === 11 ? null : project.unitId,
      baseline,
      target,
      unitOfMeasure: unit,
      direction: 'INCREASE',
      startDate: day(start),
      dueDate: day(due),
    });
    for (let p = 1; p <= 4; p++) {
      rows.benefitProfilePoint.push({
        id: ctx.id(),
        benefitId: id,
        date: day(addMonths(start, p * 6)),
        plannedValue: Math.round((baseline + ((target - baseline) * p) / 4) * 100) / 100,
      });
    }
    if (b >= measured) continue;
    const count = perBenefit + (b < extra ? 1 : 0);
    for (let k = count; k >= 1; k--) {
      const share = Math.min(1, (count - k + 1) / 12) * (0.6 + rng.next() * 0.5);
      rows.benefitMeasurement.push({
        id: ctx.id(),
        benefitId: id,
        measuredOn: day(monthEnd(-k)),
        value: Math.round((baseline + (target - baseline) * share) * 100) / 100,
        recordedById: project.lead,
      });
    }
  }
}
