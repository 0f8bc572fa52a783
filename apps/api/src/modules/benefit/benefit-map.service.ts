import { mapNodePlacementProblem } from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds } from '../../shared/access';
import { type Tx, writeAudit } from '../../shared/audit';
import { assertId, conflict, type FieldError, invalid, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { requireBenefitEditor } from './benefit-access';
import type { BenefitMapNodeInput, BenefitMapNodeUpdateInput } from './benefit.input';
import { benefitRepository as repo } from './benefit.repository';
import { mapNodeSchema, mapNodeUpdateSchema } from '@overblik/domain';

type Kind = 'DELIVERABLE' | 'GOAL' | 'BENEFIT' | 'PURPOSE';

/**
 * The links a node would have after a change, checked against the project: the benefit must be the
 * project's, the target a node of the same project of a later kind, and every node pointing at it
 * of an earlier kind (deliverable → goal → benefit → purpose, so the map can never loop).
 */
async function checkLinks(
  tx: Tx,
  projectId: string,
  node: { id: string | null; kind: Kind; benefitId: string | null; targetId: string | null },
) {
  const errors: FieldError[] = [];
  if (node.benefitId && (await repo.benefitInProject(tx, projectId, node.benefitId)) === 0) {
    errors.push({ field: 'benefitId', message: 'field.unknownReference', params: { entity: 'Benefit' } });
  }
  let targetKind: Kind | null = null;
  if (node.targetId) {
    const target = node.targetId === node.id ? null : await repo.mapNode(tx, projectId, node.targetId);
    if (!target) {
      errors.push({
        field: 'targetId',
        message: 'field.unknownReference',
        params: { entity: 'BenefitMapNode' },
      });
    } else targetKind = target.kind;
  }
  const contributors = node.id ? await repo.mapNodeContributors(tx, projectId, node.id) : [];
  const problem = mapNodePlacementProblem(
    node.kind,
    targetKind,
    contributors.map((c) => c.kind),
  );
  if (problem === 'target') errors.push({ field: 'targetId', message: 'field.mapNodeOrder' });
  if (problem === 'contributors') errors.push({ field: 'kind', message: 'field.mapNodeOrder' });
  if (errors.length) throw invalid(errors);
}

/** A node and its project, only when the project is in one of the viewer's organisations. */
async function nodeForWrite(ctx: Context, tx: Tx, id: string) {
  assertId(id, 'BenefitMapNode');
  const node = await repo.mapNodeById(tx, id);
  const project = node ? await repo.project(tx, memberOrganisationIds(ctx), node.projectId) : null;
  if (!node || !project) throw notFound('BenefitMapNode');
  requireBenefitEditor(ctx, project.organisationId, project);
  return { node, project };
}

export const benefitMapService = {
  async nodes(ctx: Context, projectId: string) {
    assertId(projectId, 'Project');
    const project = await repo.project(ctx.prisma, memberOrganisationIds(ctx), projectId);
    if (!project) throw notFound('Project');
    return repo.mapNodes(ctx.prisma, project.id);
  },

  async create(ctx: Context, input: BenefitMapNodeInput) {
    assertId(input.projectId, 'Project');
    return inTransaction(ctx, async (tx) => {
      const project = await repo.project(tx, memberOrganisationIds(ctx), input.projectId);
      if (!project) throw notFound('Project');
      requireBenefitEditor(ctx, project.organisationId, project);
      const data = validate(mapNodeSchema, input);
      await checkLinks(tx, project.id, {
        id: null,
        kind: data.kind,
        benefitId: data.benefitId ?? null,
        targetId: data.targetId ?? null,
      });
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

  /** Changes label, kind and links; the merged node must still fit the map's order. */
  async update(ctx: Context, input: BenefitMapNodeUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'BenefitMapNode');
    return inTransaction(ctx, async (tx) => {
      const { node: before, project } = await nodeForWrite(ctx, tx, id);
      const changes = validate(mapNodeUpdateSchema, rest);
      const merged = {
        id,
        kind: changes.kind ?? before.kind,
        benefitId: changes.benefitId !== undefined ? changes.benefitId : before.benefitId,
        targetId: changes.targetId !== undefined ? changes.targetId : before.targetId,
      };
      await checkLinks(tx, project.id, merged);
      assertUpdated(
        await repo.updateMapNode(tx, id, version, {
          kind: merged.kind,
          benefitId: merged.benefitId,
          targetId: merged.targetId,
          ...(changes.label !== undefined ? { label: changes.label } : {}),
        }),
        'BenefitMapNode',
      );
      const after = (await repo.mapNode(tx, project.id, id))!;
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: 'UPDATE',
        entityType: 'BenefitMapNode',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  /**
   * Deletes a node nothing contributes to. A node that others point at is refused (CONFLICT) rather
   * than re-parented or cascaded: the editor decides where those contributions go, and nothing is
   * removed from the map without being asked for.
   */
  async delete(ctx: Context, id: string, version: number) {
    return inTransaction(ctx, async (tx) => {
      const { node: before, project } = await nodeForWrite(ctx, tx, id);
      const contributors = await repo.mapNodeContributors(tx, project.id, id);
      if (contributors.length) {
        throw conflict('error.benefit.mapNodeHasContributors', { count: contributors.length });
      }
      assertUpdated(await repo.deleteMapNode(tx, id, version), 'BenefitMapNode');
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: 'DELETE',
        entityType: 'BenefitMapNode',
        entityId: id,
        before,
      });
      return true;
    });
  },
};
