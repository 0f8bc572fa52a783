import {
  canDecideProjectLifecycle,
  canEditProject,
  decideProjectLifecycle,
  isDeletableProject,
  lifecycleDecisionFields,
  projectTeam,
} from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireAllowed, requireOrganisation } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, DomainError, forbidden, invalid, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type { ProjectLifecycleDecisionInput, ProjectTeamMemberInput } from './project.input';
import { phaseModel } from './project-phases';
import { projectRepository as repo } from './project.repository';
import { toProjectNode } from './project.service';

async function visibleProject(tx: Tx, ctx: Context, id: string) {
  assertId(id, 'Project');
  const project = await repo.project(tx, memberOrganisationIds(ctx), id);
  if (!project) throw notFound('Project');
  return project;
}

/** A project's life after approval: the board's pause, resume and stop, its team, and deletion. */
export const projectLifecycleService = {
  /**
   * Pauses, resumes or stops a running project as the steering group decides; the decision, its
   * reason and who took it go to the project's decision log with the status change, in one transaction.
   */
  async decide(ctx: Context, input: ProjectLifecycleDecisionInput) {
    return inTransaction(ctx, async (tx) => {
      const before = await visibleProject(tx, ctx, input.projectId);
      // Permission first (a refused viewer learns nothing), then the shared rule on the reason,
      // then the project's state.
      const { roles } = requireAllowed(ctx, canDecideProjectLifecycle, before.organisationId);
      const { action, reason } = validate(lifecycleDecisionFields, {
        action: input.action,
        reason: input.reason,
      });
      const decision = decideProjectLifecycle(before.status, action, roles, reason);
      if (!decision.ok) {
        if (decision.code === 'FORBIDDEN') throw forbidden();
        if (decision.code === 'REASON_REQUIRED')
          throw invalid([{ field: 'reason', message: 'field.required' }]);
        throw new DomainError('INVALID_TRANSITION', 'error.portfolio.lifecycleTransition');
      }
      assertUpdated(await repo.update(tx, before.id, input.version, { status: decision.next }), 'Project');
      const record = await repo.createLifecycleDecision(tx, {
        projectId: before.id,
        action,
        fromStatus: before.status,
        toStatus: decision.next,
        decidedById: ctx.viewer!.id,
        reason: reason.trim(),
      });
      const after = (await repo.project(tx, [before.organisationId], before.id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DECIDE',
        entityType: 'Project',
        entityId: before.id,
        before,
        after: { ...after, decision: record },
      });
      return toProjectNode(after);
    });
  },

  /**
   * Deletes a project while it is still an idea or after it was rejected (`isDeletableProject`);
   * the audit entry keeps the deleted row.
   */
  async remove(ctx: Context, id: string, version: number) {
    return inTransaction(ctx, async (tx) => {
      const before = await visibleProject(tx, ctx, id);
      const { roles, viewer } = requireOrganisation(ctx, before.organisationId);
      if (!canEditProject({ roles, viewerId: viewer.id }, before)) throw forbidden();
      const model = await phaseModel(tx, before.organisationId);
      if (!isDeletableProject(before, model[0].key)) {
        throw new DomainError('CONFLICT', 'error.portfolio.notDeletable');
      }
      assertUpdated(await repo.delete(tx, id, version), 'Project');
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DELETE',
        entityType: 'Project',
        entityId: id,
        before,
      });
      return true;
    });
  },

  /** Replaces the project's team (custodian, super users, steering group); stale when the project changed. */
  async setTeam(ctx: Context, projectId: string, version: number, members: ProjectTeamMemberInput[]) {
    return inTransaction(ctx, async (tx) => {
      const before = await visibleProject(tx, ctx, projectId);
      const { roles, viewer } = requireOrganisation(ctx, before.organisationId);
      if (!canEditProject({ roles, viewerId: viewer.id }, before)) throw forbidden();
      const team = validate(projectTeam, members);
      const people = [...new Set(team.map((m) => m.userId))];
      const found = await repo.countReferences(tx, before.organisationId, {
        userIds: people,
        unitIds: [],
        strategyIds: [],
        usageIds: [],
      });
      if (found.users < people.length) {
        throw invalid([{ field: 'members', message: 'field.unknownReference', params: { entity: 'User' } }]);
      }
      const oldTeam = await repo.team(tx, projectId);
      // The project's version guards its team: two people editing the team cannot overwrite each other.
      assertUpdated(await repo.update(tx, projectId, version, {}), 'Project');
      await repo.replaceTeam(tx, projectId, team);
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'Project',
        entityId: projectId,
        before: { ...before, team: oldTeam.map(({ userId, role }) => ({ userId, role })) },
        after: { id: projectId, version: before.version + 1, team },
      });
      return toProjectNode((await repo.project(tx, [before.organisationId], projectId))!);
    });
  },
};
