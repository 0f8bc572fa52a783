import {
  canKeepStandardRequirements,
  canPrepareRetender,
  requirementCheckFields,
  standardRequirementFields,
} from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireAllowed, requireOrganisation } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, conflict, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { requirementRepository as repo } from './requirement.repository';
import type {
  RequirementCheckUpdateInput,
  StandardRequirementInput,
  StandardRequirementUpdateInput,
} from './requirement.type';

/** A checklist belongs to a re-tender: contract editors and proposers keep it. */
function requireChecklistEditor(ctx: Context, organisationId: string) {
  requireAllowed(ctx, canPrepareRetender, organisationId);
}

async function projectOf(ctx: Context, projectId: string) {
  assertId(projectId, 'Project');
  const project = await repo.project(ctx.prisma, memberOrganisationIds(ctx), projectId);
  if (!project) throw notFound('Project');
  return project;
}

export const requirementService = {
  list(ctx: Context, includeInactive: boolean) {
    const { organisationId } = requireOrganisation(ctx);
    return repo.list(ctx.prisma, organisationId, includeInactive);
  },

  async create(ctx: Context, input: StandardRequirementInput) {
    const { organisationId } = requireAllowed(ctx, canKeepStandardRequirements);
    const f = validate(standardRequirementFields, input);
    return inTransaction(ctx, async (tx) => {
      const row = await repo.create(tx, { ...f, organisationId });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'StandardRequirement',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  },

  async update(ctx: Context, input: StandardRequirementUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'StandardRequirement');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.one(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('StandardRequirement');
      requireAllowed(ctx, canKeepStandardRequirements, before.organisationId);
      const f = validate(standardRequirementFields, rest);
      assertUpdated(await repo.update(tx, id, version, f), 'StandardRequirement');
      const after = (await repo.one(tx, [before.organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'StandardRequirement',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  /** A requirement on a checklist cannot be deleted (its history would go); deactivate it instead. */
  async remove(ctx: Context, id: string, version: number) {
    assertId(id, 'StandardRequirement');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.one(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('StandardRequirement');
      requireAllowed(ctx, canKeepStandardRequirements, before.organisationId);
      if ((await repo.checkCount(tx, id)) > 0)
        throw conflict('error.conflict.inUse', { entity: 'StandardRequirement' });
      assertUpdated(await repo.delete(tx, id, version), 'StandardRequirement');
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DELETE',
        entityType: 'StandardRequirement',
        entityId: id,
        before,
      });
      return true;
    });
  },

  async checklist(ctx: Context, projectId: string) {
    const project = await projectOf(ctx, projectId);
    return repo.checks(ctx.prisma, project.id);
  },

  async addChecklist(ctx: Context, projectId: string) {
    const project = await projectOf(ctx, projectId);
    requireChecklistEditor(ctx, project.organisationId);
    await inTransaction(ctx, async (tx) => {
      const added = await repo.addChecklist(tx, project.organisationId, project.id);
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: 'CREATE',
        entityType: 'RequirementChecklist',
        entityId: project.id,
        after: { added },
      });
    });
    return repo.checks(ctx.prisma, project.id);
  },

  async updateCheck(ctx: Context, input: RequirementCheckUpdateInput) {
    assertId(input.id, 'RequirementCheck');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.check(tx, input.id);
      if (!before || !memberOrganisationIds(ctx).includes(before.project.organisationId)) {
        throw notFound('RequirementCheck');
      }
      requireChecklistEditor(ctx, before.project.organisationId);
      const f = validate(requirementCheckFields, input);
      assertUpdated(await repo.updateCheck(tx, input.id, input.version, f), 'RequirementCheck');
      const after = (await repo.check(tx, input.id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.project.organisationId,
        action: 'UPDATE',
        entityType: 'RequirementCheck',
        entityId: input.id,
        before,
        after,
      });
      return after;
    });
  },
};
