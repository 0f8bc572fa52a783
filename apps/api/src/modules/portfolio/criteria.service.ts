import { hasPermission } from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../context';
import {
  memberOrganisationIds,
  requireOrganisation,
  requirePermission,
  type OrganisationAccess,
} from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, forbidden, invalid, notFound, staleVersion } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { projectRepository } from '../project/project.repository';
import type { CriterionCreateInput, CriterionScoreInput, CriterionUpdateInput } from './portfolio.input';
import { criteriaRepository as repo } from './criteria.repository';

const criterionFields = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(5_000).default(''),
    weight: z.number().min(0).max(1_000),
    scaleMin: z.number().int().min(-100).max(100),
    scaleMax: z.number().int().min(-100).max(100),
    direction: z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']),
    mandatory: z.boolean(),
  })
  .refine((v) => v.scaleMax > v.scaleMin, { path: ['scaleMax'], params: { message: 'field.invalid' } });

/** The criteria model is kept by administrators and the portfolio coordinator. */
function requireModelAdmin(ctx: Context): OrganisationAccess {
  const access = requireOrganisation(ctx);
  if (
    !hasPermission(access.roles, 'organisation.admin') &&
    !hasPermission(access.roles, 'portfolio.coordinate')
  ) {
    throw forbidden();
  }
  return access;
}

async function criterionInOrganisation(tx: Tx, organisationId: string, id: string) {
  assertId(id, 'Criterion');
  const row = await repo.criterion(tx, organisationId, id);
  if (!row) throw notFound('Criterion');
  return row;
}

export const criteriaService = {
  async model(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    return repo.activeModel(ctx.prisma, organisationId);
  },

  async create(ctx: Context, input: CriterionCreateInput) {
    const { organisationId } = requireModelAdmin(ctx);
    const data = validate(criterionFields, input);
    return inTransaction(ctx, async (tx) => {
      const model =
        (await repo.activeModel(tx, organisationId)) ?? (await repo.createModel(tx, organisationId));
      const ordinal = model.criteria.reduce((max, c) => Math.max(max, c.ordinal + 1), 0);
      const row = await repo.createCriterion(tx, { ...data, modelId: model.id, ordinal });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Criterion',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  },

  async update(ctx: Context, input: CriterionUpdateInput) {
    const { organisationId } = requireModelAdmin(ctx);
    const { id, version, ...rest } = input;
    const data = validate(criterionFields, rest);
    return inTransaction(ctx, async (tx) => {
      const before = await criterionInOrganisation(tx, organisationId, id);
      assertUpdated(await repo.updateCriterion(tx, id, version, data), 'Criterion');
      const after = (await repo.criterion(tx, organisationId, id))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Criterion',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  async remove(ctx: Context, id: string, version: number) {
    const { organisationId } = requireModelAdmin(ctx);
    return inTransaction(ctx, async (tx) => {
      const before = await criterionInOrganisation(tx, organisationId, id);
      assertUpdated(await repo.deleteCriterion(tx, id, version), 'Criterion');
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'DELETE',
        entityType: 'Criterion',
        entityId: id,
        before,
      });
      return true;
    });
  },

  /** A project's value on one criterion, on that criterion's scale. */
  async setScore(ctx: Context, input: CriterionScoreInput) {
    assertId(input.projectId, 'Project');
    return inTransaction(ctx, async (tx) => {
      const project = await projectRepository.project(tx, memberOrganisationIds(ctx), input.projectId);
      if (!project) throw notFound('Project');
      const { roles } = requireOrganisation(ctx, project.organisationId);
      const scorers = ['portfolio.coordinate', 'portfolio.prequalify', 'portfolio.decide'] as const;
      if (!scorers.some((p) => hasPermission(roles, p)))
        requirePermission(ctx, 'portfolio.coordinate', project.organisationId);
      const criterion = await criterionInOrganisation(tx, project.organisationId, input.criterionId);
      if (
        !Number.isInteger(input.value) ||
        input.value < criterion.scaleMin ||
        input.value > criterion.scaleMax
      ) {
        throw invalid([
          {
            field: 'value',
            message: input.value < criterion.scaleMin ? 'field.min' : 'field.max',
            params: { min: criterion.scaleMin, max: criterion.scaleMax },
          },
        ]);
      }
      const before = await repo.score(tx, project.id, criterion.id);
      if ((before?.version ?? null) !== (input.version ?? null)) throw staleVersion('CriterionScore');
      const after = await repo.upsertScore(tx, project.id, criterion.id, input.value);
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: before ? 'UPDATE' : 'CREATE',
        entityType: 'CriterionScore',
        entityId: after.id,
        before,
        after,
      });
      return after;
    });
  },

  scores: (ctx: Context, projectId: string) => repo.scoresOf(ctx.prisma, projectId),
};
