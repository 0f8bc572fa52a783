import {
  capacityByCompetencyAndQuarter,
  capacityLine,
  rankByScore,
  rankDivergence,
  timeCriticality,
  weightedScore,
  type ScoringCriterion,
} from '@overblik/domain';
import type { Context } from '../../context';
import { requireOrganisation } from '../../shared/access';
import { assertId, notFound } from '../../shared/errors';
import { toProjectNode } from '../project/project.service';
import { criteriaRepository } from './criteria.repository';
import { scheduleOrganisationContracts } from '../contract/contract-schedule.service';
import { landscapeFacts } from './landscape-facts';
import { portfolioRepository as repo } from './portfolio.repository';

/** A manual rank this many places from the score rank is worth a word in the minutes. */
export const DIVERGENCE_THRESHOLD = 3;

const byKey = (a: { key: string; id: string }, b: { key: string; id: string }) =>
  a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1;

/** Scores outside a criterion's scale (the scale changed after scoring) count as not scored. */
function scoresOf(criteria: ScoringCriterion[], rows: { criterionId: string; value: number }[]) {
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const scores: Record<string, number> = {};
  for (const r of rows) {
    const c = byId.get(r.criterionId);
    if (c && r.value >= c.scaleMin && r.value <= c.scaleMax) scores[r.criterionId] = r.value;
  }
  return scores;
}

export const boardService = {
  /**
   * The ranking board: proposed and approved projects in manual order (live, or a scenario's),
   * each with its weighted score and score rank, the divergence between the two, its time
   * criticality from the landscape, and whether it fits the capacity left by those above.
   */
  async board(ctx: Context, scenarioId: string | null) {
    const { organisationId } = requireOrganisation(ctx);
    const db = ctx.prisma;
    let scenarioKeys: Map<string, string> | null = null;
    if (scenarioId) {
      assertId(scenarioId, 'PortfolioScenario');
      if (!(await repo.scenario(db, organisationId, scenarioId))) throw notFound('PortfolioScenario');
      scenarioKeys = new Map((await repo.scenarioKeys(db, scenarioId)).map((r) => [r.projectId, r.rankKey]));
    }
    const [
      projects,
      model,
      people,
      competencies,
      scoreRows,
      usages,
      demands,
      copyRegisterUsageIds,
      coverage,
    ] = await Promise.all([
      repo.boardProjects(db, organisationId),
      criteriaRepository.activeModel(db, organisationId),
      repo.people(db, organisationId),
      repo.competencies(db, organisationId),
      repo.scores(db, organisationId),
      repo.projectUsages(db, organisationId),
      repo.demands(db, organisationId),
      repo.usagesOnCopyRegisters(db, organisationId),
      repo.coveringContracts(db, organisationId),
    ]);
    const ordered = projects.map((p) => ({ ...p, key: scenarioKeys?.get(p.id) ?? p.rankKey })).sort(byKey);
    const ids = ordered.map((p) => p.id);
    const criteria: ScoringCriterion[] = (model?.criteria ?? []).map((c) => ({ ...c }));

    const rowsByProject = new Map<string, { criterionId: string; value: number }[]>();
    for (const r of scoreRows) rowsByProject.set(r.projectId, [...(rowsByProject.get(r.projectId) ?? []), r]);
    const scored = ordered.map((p) => ({
      id: p.id,
      name: p.name,
      ...weightedScore(criteria, scoresOf(criteria, rowsByProject.get(p.id) ?? [])),
    }));
    const scoreOrder = rankByScore(scored).map((p) => p.id);
    const divergence = rankDivergence(ids, scoreOrder, DIVERGENCE_THRESHOLD);

    const today = ctx.today;
    const covering = [...new Map(coverage.map((c) => [c.contract.id, c.contract])).values()];
    const schedule = await scheduleOrganisationContracts(db, organisationId, covering, today);
    const facts = landscapeFacts({
      usages,
      copyRegisterUsageIds,
      coverage: coverage.map((c) => ({ usageId: c.usageId, contractId: c.contract.id })),
      decisionDates: new Map([...schedule].map(([id, s]) => [id, s.decisionDate])),
    });
    const quarters = [...new Set(demands.map((d) => d.quarter))];
    const capacity = capacityByCompetencyAndQuarter(
      people.map((p) => ({
        id: p.id,
        unitId: p.unitId ?? '',
        weeklyCapacityHours: p.weeklyCapacityHours,
        competencyIds: p.competencies.map((c) => c.competencyId),
      })),
      quarters,
    );
    const line = capacityLine(ids, demands, capacity);
    const competencyName = new Map(competencies.map((c) => [c.id, c.name]));

    const entries = ordered.map((p, i) => {
      const fact = facts.get(p.id) ?? { removesCopyRegister: false, replacesContractWithDecisionDate: null };
      const fit = line.projects[i];
      return {
        project: toProjectNode(p),
        position: i + 1,
        rankKey: p.key,
        score: Math.round(scored[i].score * 10) / 10,
        mandatory: scored[i].mandatory,
        scorePosition: divergence[i].scorePosition,
        divergence: divergence[i].difference,
        divergent: divergence[i].flagged,
        timeCriticality: {
          ...timeCriticality(fact, today),
          contractDecisionDate: fact.replacesContractWithDecisionDate,
        },
        fits: fit.fits,
        firstShortfall: fit.firstShortfall && {
          ...fit.firstShortfall,
          competencyName: competencyName.get(fit.firstShortfall.competencyId) ?? '',
        },
      };
    });
    return {
      entries,
      capacityLineIndex: line.lineIndex,
      divergenceThreshold: DIVERGENCE_THRESHOLD,
      scenarioId,
    };
  },
};
