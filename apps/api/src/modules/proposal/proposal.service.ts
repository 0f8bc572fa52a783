import {
  canAppointProjectLead,
  canProposeProjects,
  decideProposal,
  proposalDecision,
  proposalSubmission,
  stageOf,
  type ProposalAction,
  type ProposalRefusal,
} from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireAllowed, requireOrganisation } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, DomainError, forbidden, invalid, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { phaseModel } from '../project/project-phases';
import { projectRepository } from '../project/project.repository';
import { checkProjectReferences, insertProject, writeLinks } from '../project/project-writes';
import type { ProposalDecisionInput, ProposalSubmitInput } from './proposal.input';
import { proposalRepository as repo } from './proposal.repository';

/** The domain's refusal as the API's error: FORBIDDEN, INVALID_TRANSITION or a required reason. */
function refuse(code: ProposalRefusal): never {
  if (code === 'FORBIDDEN') throw forbidden();
  if (code === 'REASON_REQUIRED') throw invalid([{ field: 'reason', message: 'field.required' }]);
  throw new DomainError('INVALID_TRANSITION', 'error.portfolio.invalidTransition');
}

async function visibleProposal(tx: Tx, ctx: Context, id: string) {
  assertId(id, 'Proposal');
  const proposal = await repo.proposal(tx, memberOrganisationIds(ctx), id);
  if (!proposal) throw notFound('Proposal');
  return proposal;
}

export const proposalService = {
  /**
   * Submits a proposal. Without proposalId it creates the project (at the proposal phase, owned by
   * the proposer, at the bottom of the board) and its proposal; with one it resubmits a draft or
   * returned proposal. The business case, affected systems and strategies live on the project.
   */
  async submit(ctx: Context, input: ProposalSubmitInput) {
    const { proposalId, version, ...rest } = input;
    // The rules are checked once the viewer is known to be allowed (a refused viewer learns nothing).
    const checked = () => {
      const f = validate(proposalSubmission, rest);
      const text = { problem: f.problem, asIs: f.asIs, toBe: f.toBe, resourcesNeeded: f.resourcesNeeded };
      return { f, text };
    };
    return inTransaction(ctx, async (tx) => {
      if (!proposalId) {
        const { organisationId, roles } = requireAllowed(ctx, canProposeProjects);
        const { f, text } = checked();
        const model = await phaseModel(tx, organisationId);
        const phase = model.some((p) => p.key === 'proposal') ? 'proposal' : model[0].key;
        const project = await insertProject(
          tx,
          ctx,
          organisationId,
          {
            name: f.name,
            description: f.description,
            unitId: f.unitId,
            ownerUserId: ctx.viewer!.id,
            usageIds: f.usageIds,
            strategyIds: f.strategyIds,
          },
          phase,
        );
        await projectRepository.replaceBusinessCase(tx, project.id, f.businessCase);
        const decision = decideProposal('DRAFT', 'SUBMIT', roles);
        if (!decision.ok) refuse(decision.code);
        const row = await repo.create(tx, {
          ...text,
          projectId: project.id,
          status: decision.next,
          submittedById: ctx.viewer!.id,
          submittedAt: new Date(),
        });
        await writeAudit(tx, ctx, {
          organisationId,
          action: 'CREATE',
          entityType: 'Proposal',
          entityId: row.id,
          after: row,
        });
        return row;
      }
      const before = await visibleProposal(tx, ctx, proposalId);
      const { roles } = requireOrganisation(ctx, before.project.organisationId);
      const decision = decideProposal(before.status, 'SUBMIT', roles);
      if (!decision.ok) refuse(decision.code);
      const { f, text } = checked();
      const links = await checkProjectReferences(tx, before.project.organisationId, f);
      assertUpdated(
        await repo.update(tx, before.id, version ?? -1, {
          ...text,
          status: decision.next,
          submittedById: ctx.viewer!.id,
          submittedAt: new Date(),
        }),
        'Proposal',
      );
      await projectRepository.update(
        tx,
        before.projectId,
        (await projectRepository.project(tx, [before.project.organisationId], before.projectId))!.version,
        {
          name: f.name,
          description: f.description,
          unitId: f.unitId,
        },
      );
      await writeLinks(tx, before.projectId, links);
      await projectRepository.replaceBusinessCase(tx, before.projectId, f.businessCase);
      const after = await repo.find(tx, before.id);
      await writeAudit(tx, ctx, {
        organisationId: before.project.organisationId,
        action: 'UPDATE',
        entityType: 'Proposal',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  },

  /** A council or board decision, recorded with who, when, what and why. */
  async decide(ctx: Context, action: Exclude<ProposalAction, 'SUBMIT'>, input: ProposalDecisionInput) {
    return inTransaction(ctx, async (tx) => {
      const before = await visibleProposal(tx, ctx, input.proposalId);
      const { roles } = requireOrganisation(ctx, before.project.organisationId);
      const decision = decideProposal(before.status, action, roles, input.reason);
      if (!decision.ok && decision.code !== 'REASON_REQUIRED') refuse(decision.code);
      // Permission and state first (a refused viewer learns nothing more); then the shared
      // decision rule, which the form checks too, reports a missing or overlong reason.
      const { reason } = validate(proposalDecision, { action, reason: input.reason });
      if (!decision.ok) refuse(decision.code);
      assertUpdated(await repo.update(tx, before.id, input.version, { status: decision.next }), 'Proposal');
      const record = await repo.createDecision(tx, {
        proposalId: before.id,
        stage: stageOf(action)!,
        decision: decision.next,
        decidedById: ctx.viewer!.id,
        reason: reason?.trim() ?? '',
      });
      if (decision.next === 'APPROVED') await repo.setProjectStatus(tx, before.projectId, 'ACTIVE');
      if (decision.next === 'REJECTED') await repo.setProjectStatus(tx, before.projectId, 'REJECTED');
      const after = await repo.find(tx, before.id);
      const { project: _p, ...beforeRow } = before;
      await writeAudit(tx, ctx, {
        organisationId: before.project.organisationId,
        action: 'DECIDE',
        entityType: 'Proposal',
        entityId: before.id,
        before: beforeRow,
        after: { ...after, decision: record },
      });
      return after;
    });
  },

  /** After approval the board (or the coordinator for it) appoints the project lead. */
  async appointLead(ctx: Context, projectId: string, leadUserId: string, version: number) {
    assertId(projectId, 'Project');
    return inTransaction(ctx, async (tx) => {
      const before = await projectRepository.project(tx, memberOrganisationIds(ctx), projectId);
      if (!before) throw notFound('Project');
      requireAllowed(ctx, canAppointProjectLead, before.organisationId);
      const proposal = await repo.latestForProject(tx, projectId);
      if (proposal?.status !== 'APPROVED')
        throw new DomainError('INVALID_TRANSITION', 'error.portfolio.notApproved');
      await checkProjectReferences(tx, before.organisationId, { leadUserId });
      assertUpdated(await projectRepository.update(tx, projectId, version, { leadUserId }), 'Project');
      const after = (await projectRepository.project(tx, [before.organisationId], projectId))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DECIDE',
        entityType: 'Project',
        entityId: projectId,
        before,
        after,
      });
      return after;
    });
  },

  async agenda(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    const [awaitingCouncil, awaitingBoard] = await Promise.all([
      repo.byStatus(ctx.prisma, organisationId, ['SUBMITTED']),
      repo.byStatus(ctx.prisma, organisationId, ['PREQUALIFIED', 'DEFERRED']),
    ]);
    return { awaitingCouncil, awaitingBoard };
  },

  async proposal(ctx: Context, id: string) {
    const { project: _p, ...row } = await visibleProposal(ctx.prisma, ctx, id);
    return row;
  },
};
