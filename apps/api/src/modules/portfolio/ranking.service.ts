import { canDecidePortfolio, canRankPortfolio, rebaseMove } from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireAllowed } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, conflict, DomainError, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { z } from 'zod';
import { projectRepository } from '../project/project.repository';
import { toProjectNode } from '../project/project.service';
import { BOARD_STATUSES, portfolioRepository as repo } from './portfolio.repository';

/** Neighbour ids the client saw: checked as ids, then simply ignored when not on the board. */
function assertNeighbours(beforeId: string | null, afterId: string | null) {
  if (beforeId) assertId(beforeId, 'Project');
  if (afterId) assertId(afterId, 'Project');
}

/** rebaseMove throws when neither neighbour exists any more: the client must reload. */
function rebase(
  keys: { id: string; key: string }[],
  movedId: string,
  beforeId: string | null,
  afterId: string | null,
) {
  try {
    return rebaseMove(keys, movedId, beforeId, afterId);
  } catch (e) {
    if (e instanceof RangeError) throw conflict('error.portfolio.noNeighbour');
    throw e;
  }
}

async function boardProject(
  tx: Parameters<Parameters<typeof inTransaction>[1]>[0],
  ctx: Context,
  projectId: string,
) {
  assertId(projectId, 'Project');
  const project = await projectRepository.project(tx, memberOrganisationIds(ctx), projectId);
  if (!project || !(BOARD_STATUSES as readonly string[]).includes(project.status)) throw notFound('Project');
  return project;
}

export const rankingService = {
  /**
   * Moves one project between the neighbours the user dropped it between. The new key is computed
   * from the CURRENT keys under a per-organisation lock and only the moved row is written, so two
   * board members moving different projects at once both keep their move.
   */
  async reorder(ctx: Context, projectId: string, beforeId: string | null, afterId: string | null) {
    assertNeighbours(beforeId, afterId);
    return inTransaction(ctx, async (tx) => {
      const project = await boardProject(tx, ctx, projectId);
      requireAllowed(ctx, canRankPortfolio, project.organisationId);
      await repo.lockOrganisation(tx, project.organisationId);
      const keys = (await repo.boardKeys(tx, project.organisationId)).map((r) => ({
        id: r.id,
        key: r.rankKey,
      }));
      const rankKey = rebase(keys, projectId, beforeId, afterId);
      const after = await repo.setRankKey(tx, projectId, rankKey);
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: 'REORDER',
        entityType: 'Project',
        entityId: projectId,
        before: { rankKey: project.rankKey },
        after: { rankKey, beforeId, afterId },
      });
      return toProjectNode(after);
    });
  },

  async scenarios(ctx: Context) {
    const { organisationId } = requireAllowed(ctx, canRankPortfolio);
    return repo.scenarios(ctx.prisma, organisationId);
  },

  /** Saves the current live ranking as a what-if scenario; the live ranking is not touched. */
  async createScenario(ctx: Context, name: string) {
    const { organisationId } = requireAllowed(ctx, canRankPortfolio);
    const data = validate(z.object({ name: z.string().trim().min(1).max(200) }), { name });
    return inTransaction(ctx, async (tx) => {
      const keys = await repo.boardKeys(tx, organisationId);
      const row = await repo.createScenario(
        tx,
        { organisationId, name: data.name, createdById: ctx.viewer!.id },
        keys.map((k) => ({ projectId: k.id, rankKey: k.rankKey })),
      );
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'PortfolioScenario',
        entityId: row.id,
        after: { ...row, ranks: keys.length },
      });
      return row;
    });
  },

  /** A move inside a scenario: writes the scenario's key only, never the live ranking. */
  async reorderInScenario(
    ctx: Context,
    scenarioId: string,
    projectId: string,
    beforeId: string | null,
    afterId: string | null,
  ) {
    assertId(scenarioId, 'PortfolioScenario');
    assertNeighbours(beforeId, afterId);
    return inTransaction(ctx, async (tx) => {
      const { organisationId } = requireAllowed(ctx, canRankPortfolio);
      const scenario = await repo.scenario(tx, organisationId, scenarioId);
      if (!scenario) throw notFound('PortfolioScenario');
      if (scenario.approvedAt)
        throw new DomainError('INVALID_TRANSITION', 'error.portfolio.invalidTransition');
      const project = await boardProject(tx, ctx, projectId);
      if (project.organisationId !== organisationId) throw notFound('Project');
      await repo.lockOrganisation(tx, organisationId);
      const live = await repo.boardKeys(tx, organisationId);
      const own = new Map((await repo.scenarioKeys(tx, scenarioId)).map((r) => [r.projectId, r.rankKey]));
      const keys = live.map((r) => ({ id: r.id, key: own.get(r.id) ?? r.rankKey }));
      const rankKey = rebase(keys, projectId, beforeId, afterId);
      await repo.setScenarioKey(tx, scenarioId, projectId, rankKey);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'REORDER',
        entityType: 'PortfolioScenario',
        entityId: scenarioId,
        before: { projectId, rankKey: own.get(projectId) ?? null },
        after: { projectId, rankKey, beforeId, afterId },
      });
      return scenario;
    });
  },

  /** The board adopts a scenario: its keys become the live ranking. */
  async approveScenario(ctx: Context, scenarioId: string, version: number) {
    assertId(scenarioId, 'PortfolioScenario');
    return inTransaction(ctx, async (tx) => {
      const { organisationId } = requireAllowed(ctx, canDecidePortfolio);
      const scenario = await repo.scenario(tx, organisationId, scenarioId);
      if (!scenario) throw notFound('PortfolioScenario');
      if (scenario.approvedAt)
        throw new DomainError('INVALID_TRANSITION', 'error.portfolio.invalidTransition');
      assertUpdated(await repo.approveScenario(tx, scenarioId, version), 'PortfolioScenario');
      await repo.lockOrganisation(tx, organisationId);
      const keys = await repo.scenarioKeys(tx, scenarioId);
      const live = new Set((await repo.boardKeys(tx, organisationId)).map((r) => r.id));
      for (const k of keys) if (live.has(k.projectId)) await repo.setRankKey(tx, k.projectId, k.rankKey);
      const after = (await repo.scenario(tx, organisationId, scenarioId))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'DECIDE',
        entityType: 'PortfolioScenario',
        entityId: scenarioId,
        before: scenario,
        after: { ...after, applied: keys.length },
      });
      return after;
    });
  },
};
