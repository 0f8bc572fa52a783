import { unitParentErrors } from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../context';
import { memberOrganisationIds, requireOrganisation, requirePermission } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, conflict, invalid, notFound } from '../../shared/errors';
import { isUniqueViolation } from '../../shared/prisma-errors';
import { invalidRules, validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type { UnitCreateInput, UnitUpdateInput } from './organisation.input';
import { organisationRepository as repo } from './organisation.repository';

const unitSchema = z.object({
  name: z.string().trim().min(1).max(200),
  code: z.string().trim().max(50).nullish(),
  parentId: z.uuid().nullish(),
});

export const organisationService = {
  async organisation(ctx: Context, id?: string | null) {
    const { organisationId } = requireOrganisation(ctx, id);
    return repo.organisation(ctx.prisma, organisationId);
  },

  units(ctx: Context, organisationId?: string | null) {
    return repo.units(ctx.prisma, requireOrganisation(ctx, organisationId).organisationId);
  },

  collaborations(ctx: Context) {
    return repo.collaborations(ctx.prisma, memberOrganisationIds(ctx));
  },

  async createUnit(ctx: Context, input: UnitCreateInput, organisationId?: string | null) {
    const access = requirePermission(ctx, 'organisation.admin', organisationId);
    const data = validate(unitSchema, input);
    return inTransaction(ctx, async (tx) => {
      if (data.parentId && !(await repo.unit(tx, access.organisationId, data.parentId))) {
        throw invalid([{ field: 'parentId', message: 'field.unknownReference', params: { entity: 'Unit' } }]);
      }
      const unit = await repo
        .createUnit(tx, { ...data, organisationId: access.organisationId })
        .catch((e: unknown) => {
          throw isUniqueViolation(e)
            ? conflict('error.conflict.duplicate', { entity: 'Unit', field: 'name' })
            : e;
        });
      await writeAudit(tx, ctx, {
        organisationId: access.organisationId,
        action: 'CREATE',
        entityType: 'Unit',
        entityId: unit.id,
        after: unit,
      });
      return unit;
    });
  },

  async updateUnit(ctx: Context, input: UnitUpdateInput) {
    return inTransaction(ctx, async (tx) => {
      const before = await findUnitForWrite(ctx, tx, input.id);
      const data = validate(unitSchema.partial(), {
        name: input.name,
        code: input.code,
        parentId: input.parentId,
      });
      if (data.parentId && !(await repo.unit(tx, before.organisationId, data.parentId))) {
        throw invalid([{ field: 'parentId', message: 'field.unknownReference', params: { entity: 'Unit' } }]);
      }
      const loop = unitParentErrors(before.id, data.parentId, await repo.units(tx, before.organisationId));
      if (loop.length) throw invalidRules(loop);
      const updated = await repo.updateUnit(tx, input.id, input.version, data).catch((e: unknown) => {
        throw isUniqueViolation(e)
          ? conflict('error.conflict.duplicate', { entity: 'Unit', field: 'name' })
          : e;
      });
      assertUpdated(updated, 'Unit');
      const after = (await repo.unit(tx, before.organisationId, input.id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'Unit',
        entityId: input.id,
        before,
        after,
      });
      return after;
    });
  },

  async deleteUnit(ctx: Context, id: string, version: number) {
    return inTransaction(ctx, async (tx) => {
      const before = await findUnitForWrite(ctx, tx, id);
      if (await repo.unitInUse(tx, id)) throw conflict('error.conflict.inUse', { entity: 'Unit' });
      assertUpdated(await repo.deleteUnit(tx, id, version), 'Unit');
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DELETE',
        entityType: 'Unit',
        entityId: id,
        before,
      });
      return true;
    });
  },
};

/** Loads a unit only if it belongs to an organisation where the viewer administers. */
async function findUnitForWrite(ctx: Context, tx: Parameters<typeof repo.unit>[0], id: string) {
  assertId(id, 'Unit');
  const orgIds = memberOrganisationIds(ctx);
  const unit = await repo.unitAmong(tx, id, orgIds);
  if (!unit) throw notFound('Unit');
  requirePermission(ctx, 'organisation.admin', unit.organisationId);
  return (await repo.unit(tx, unit.organisationId, id))!;
}
