import {
  CATEGORY_DIMENSIONS,
  checkCategoryAssignment,
  canAssessProjects,
  canKeepPrioritisationModel,
  SCORE_DIRECTIONS,
} from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../context';
import {
  memberOrganisationIds,
  requireOrganisation,
  requireAllowed,
  type OrganisationAccess,
} from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, invalid, notFound, staleVersion } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { projectRepository } from '../project/project.repository';
import { toProjectNode } from '../project/project.service';
import type {
  CategoryCreateInput,
  CategoryUpdateInput,
  CriterionCreateInput,
  CriterionScoreInput,
  CriterionUpdateInput,
  ProjectCategoriesInput,
} from './portfolio.input';
import { criteriaRepository as repo } from './criteria.repository';
import { portfolioLoaders } from './portfolio.loaders';

const criterionFields = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(5_000).default(''),
    weight: z.number().min(0).max(1_000),
    scaleMin: z.number().int().min(-100).max(100),
    scaleMax: z.number().int().min(-100).max(100),
    direction: z.enum(SCORE_DIRECTIONS),
    mandatory: z.boolean(),
  })
  .refine((v) => v.scaleMax > v.scaleMin, { path: ['scaleMax'], params: { message: 'field.invalid' } });

const categoryFields = z.object({
  dimension: z.enum(CATEGORY_DIMENSIONS),
  name: z.string().trim().min(1).max(200),
});

/** The criteria model is kept by administrators and the portfolio coordinator. */
function requireModelAdmin(ctx: Context): OrganisationAccess {
  return requireAllowed(ctx, canKeepPrioritisationModel);
}

async function categoryInOrganisation(tx: Tx, organisationId: string, id: string) {
  assertId(id, 'Category');
  const row = await repo.category(tx, organisationId, id);
  if (!row) throw notFound('Category');
  return row;
}

/** A name already used in the dimension is refused on the name field, before the unique index. */
async function assertCategoryNameFree(
  tx: Tx,
  modelId: string,
  data: { dimension: string; name: string },
  exceptId?: string,
) {
  if (await repo.categoryNamed(tx, modelId, data.dimension, data.name, exceptId)) {
    throw invalid([{ field: 'name', message: 'field.categoryTaken' }]);
  }
}

/** The project (in one of the viewer's organisations) and a check that the viewer may assess it. */
async function projectToAssess(ctx: Context, tx: Tx, projectId: string) {
  assertId(projectId, 'Project');
  const project = await projectRepository.project(tx, memberOrganisationIds(ctx), projectId);
  if (!project) throw notFound('Project');
  requireAllowed(ctx, canAssessProjects, project.organisationId);
  return project;
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
      const project = await projectToAssess(ctx, tx, input.projectId);
      const criterion = await criterionInOrganisation(tx, project.organisationId, input.criterionId);
      if (!Number.isInteger(input.value)) throw invalid([{ field: 'value', message: 'field.integer' }]);
      if (input.value < criterion.scaleMin || input.value > criterion.scaleMax) {
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

  async createCategory(ctx: Context, input: CategoryCreateInput) {
    const { organisationId } = requireModelAdmin(ctx);
    const data = validate(categoryFields, input);
    return inTransaction(ctx, async (tx) => {
      const model =
        (await repo.activeModel(tx, organisationId)) ?? (await repo.createModel(tx, organisationId));
      await assertCategoryNameFree(tx, model.id, data);
      const row = await repo.createCategory(tx, { ...data, modelId: model.id });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Category',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  },

  async updateCategory(ctx: Context, input: CategoryUpdateInput) {
    const { organisationId } = requireModelAdmin(ctx);
    const { id, version, ...rest } = input;
    const data = validate(categoryFields, rest);
    return inTransaction(ctx, async (tx) => {
      const before = await categoryInOrganisation(tx, organisationId, id);
      await assertCategoryNameFree(tx, before.modelId, data, id);
      assertUpdated(await repo.updateCategory(tx, id, version, data), 'Category');
      const after = (await repo.category(tx, organisationId, id))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Category',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  /** Removes the category and with it every project's assignment to it. */
  async removeCategory(ctx: Context, id: string, version: number) {
    const { organisationId } = requireModelAdmin(ctx);
    return inTransaction(ctx, async (tx) => {
      const before = await categoryInOrganisation(tx, organisationId, id);
      assertUpdated(await repo.deleteCategory(tx, id, version), 'Category');
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'DELETE',
        entityType: 'Category',
        entityId: id,
        before,
      });
      return true;
    });
  },

  /**
   * Replaces a project's categories (at most one per dimension). The assignment is part of the
   * project, so it is versioned by the project's version and bumps it.
   */
  async setProjectCategories(ctx: Context, input: ProjectCategoriesInput) {
    assertId(input.projectId, 'Project');
    return inTransaction(ctx, async (tx) => {
      const project = await projectToAssess(ctx, tx, input.projectId);
      const categoryIds = [...new Set(input.categoryIds)];
      const problems = checkCategoryAssignment(
        await repo.categoriesOf(tx, project.organisationId),
        categoryIds,
      );
      if (problems.length) {
        throw invalid(
          problems.map((p) =>
            p.kind === 'UNKNOWN'
              ? { field: 'categoryIds', message: 'field.unknownReference', params: { entity: 'Category' } }
              : { field: `categoryIds.${p.dimension}`, message: 'field.onePerDimension' },
          ),
        );
      }
      const before = (await repo.projectCategories(tx, [project.id])).map((c) => c.categoryId);
      assertUpdated(await projectRepository.update(tx, project.id, input.version, {}), 'Project');
      await repo.replaceProjectCategories(tx, project.id, categoryIds);
      const after = (await projectRepository.project(tx, [project.organisationId], project.id))!;
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: 'UPDATE',
        entityType: 'ProjectCategory',
        entityId: project.id,
        before: { categoryIds: before },
        after: { categoryIds },
      });
      return toProjectNode(after);
    });
  },

  /** Categories of a project, by dimension then name. */
  projectCategories: (ctx: Context, projectId: string) => portfolioLoaders(ctx).categories.load(projectId),

  scores: (ctx: Context, projectId: string) => repo.scoresOf(ctx.prisma, projectId),
};
