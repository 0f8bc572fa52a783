import type { Context } from '../../context';
import { memberOrganisationIds } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, type FieldError, invalid, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { inTransaction } from '../../shared/versioned';
import { requireBenefitEditor } from './benefit-access';
import type { BenefitMapNodeInput } from './benefit.input';
import { benefitRepository as repo } from './benefit.repository';
import { mapNodeSchema } from './benefit.schema';

/** The map reads deliverable → goal → benefit → purpose: a node contributes to a later kind. */
const KIND_ORDER = ['DELIVERABLE', 'GOAL', 'BENEFIT', 'PURPOSE'] as const;

export const benefitMapService = {
  async nodes(ctx: Context, projectId: string) {
    assertId(projectId, 'Project');
    const project = await repo.project(ctx.prisma, memberOrganisationIds(ctx), projectId);
    if (!project) throw notFound('Project');
    return repo.mapNodes(ctx.prisma, project.id);
  },

  async create(ctx: Context, input: BenefitMapNodeInput) {
    assertId(input.projectId, 'Project');
    const data = validate(mapNodeSchema, input);
    return inTransaction(ctx, async (tx) => {
      const project = await repo.project(tx, memberOrganisationIds(ctx), data.projectId);
      if (!project) throw notFound('Project');
      requireBenefitEditor(ctx, project.organisationId, project);
      const errors: FieldError[] = [];
      if (data.benefitId && (await repo.benefitInProject(tx, project.id, data.benefitId)) === 0) {
        errors.push({ field: 'benefitId', message: 'field.unknownReference', params: { entity: 'Benefit' } });
      }
      if (data.targetId) {
        const target = await repo.mapNode(tx, project.id, data.targetId);
        if (!target) {
          errors.push({
            field: 'targetId',
            message: 'field.unknownReference',
            params: { entity: 'BenefitMapNode' },
          });
        } else if (KIND_ORDER.indexOf(target.kind) <= KIND_ORDER.indexOf(data.kind)) {
          errors.push({ field: 'targetId', message: 'field.invalid' });
        }
      }
      if (errors.length) throw invalid(errors);
      const node = await repo.createMapNode(tx, {
        projectId: project.id,
        kind: data.kind,
        label: data.label,
        benefitId: data.benefitId ?? null,
        targetId: data.targetId ?? null,
      });
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: 'CREATE',
        entityType: 'BenefitMapNode',
        entityId: node.id,
        after: node,
      });
      return node;
    });
  },
};
