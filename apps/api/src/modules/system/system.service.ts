import { systemUsageFields, type SystemUsageFieldsData } from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireOrganisation, requirePermission } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, conflict, invalid, notFound, type FieldError } from '../../shared/errors';
import { pageWindow, type PageArgs } from '../../shared/pagination';
import { isoDate, toDbDate } from '../../shared/scalars';
import { isUniqueViolation } from '../../shared/prisma-errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type {
  SystemUsageCreateInput,
  SystemUsageFilter,
  SystemUsageSort,
  SystemUsageUpdateInput,
} from './system.input';
import { capabilityRepository } from '../capability/capability.repository';
import { systemRepository as repo } from './system.repository';
import { requireUsageEditor } from './usage-edit-rights';

type UsageFields = SystemUsageFieldsData;

/** Prisma row → API projection (calendar dates as ISO strings, kr. as numbers). */
export function toUsageNode<
  T extends { inUseFrom: Date | null; inUseUntil: Date | null; switchingCost: { toNumber(): number } },
>(row: T) {
  return {
    ...row,
    inUseFrom: isoDate(row.inUseFrom),
    inUseUntil: isoDate(row.inUseUntil),
    switchingCost: row.switchingCost.toNumber(),
  };
}

function toData(fields: UsageFields) {
  const { inUseFrom, inUseUntil, capabilityIds: _links, infrastructureIds: _runsOn, ...rest } = fields;
  return {
    ...rest,
    // A member named as owner replaces a recorded owner without an account.
    ...(rest.ownerUserId ? { ownerPersonId: null } : {}),
    inUseFrom: toDbDate(inUseFrom),
    inUseUntil: toDbDate(inUseUntil),
  };
}

/** Links the usage to the given capabilities: only active ones of its own organisation's taxonomy. */
async function linkCapabilities(tx: Tx, organisationId: string, usageId: string, ids: string[] | undefined) {
  if (ids === undefined) return;
  const unique = [...new Set(ids)];
  const found = await capabilityRepository.activeAmong(tx, organisationId, unique);
  if (found.length < unique.length) {
    throw invalid([
      { field: 'capabilityIds', message: 'field.unknownReference', params: { entity: 'Capability' } },
    ]);
  }
  await capabilityRepository.setUsageLinks(tx, usageId, unique);
}

/** Links the usage to the infrastructure it runs on: catalogue components its organisation can see. */
async function linkInfrastructure(
  tx: Tx,
  organisationId: string,
  usageId: string,
  ids: string[] | undefined,
) {
  if (ids === undefined) return;
  const unique = [...new Set(ids)];
  if ((await repo.visibleInfrastructureCount(tx, [organisationId], unique)) < unique.length) {
    throw invalid([
      {
        field: 'infrastructureIds',
        message: 'field.unknownReference',
        params: { entity: 'InfrastructureComponent' },
      },
    ]);
  }
  await repo.setUsageInfrastructure(tx, organisationId, usageId, unique);
}

/** The usage as audited: its row plus the infrastructure links, which live in their own table. */
async function audited(tx: Tx, organisationId: string, id: string) {
  const row = await repo.usage(tx, [organisationId], id);
  return row && { ...row, infrastructureIds: await repo.usageInfrastructureIds(tx, id) };
}

/** Owner, custodian and unit must belong to the usage's organisation. */
async function checkReferences(tx: Tx, organisationId: string, fields: UsageFields) {
  const userIds = [...new Set([fields.ownerUserId, fields.custodianUserId].filter((v): v is string => !!v))];
  const unitIds = fields.responsibleUnitId ? [fields.responsibleUnitId] : [];
  const found = await repo.referencesInOrganisation(tx, organisationId, { userIds, unitIds });
  const errors: FieldError[] = [];
  if (found.users < userIds.length) {
    const field = fields.ownerUserId ? 'ownerUserId' : 'custodianUserId';
    errors.push({ field, message: 'field.unknownReference', params: { entity: 'User' } });
  }
  if (found.units < unitIds.length) {
    errors.push({
      field: 'responsibleUnitId',
      message: 'field.unknownReference',
      params: { entity: 'Unit' },
    });
  }
  if (errors.length) throw invalid(errors);
}

export const systemService = {
  async listUsages(
    ctx: Context,
    filter: SystemUsageFilter | null,
    sort: SystemUsageSort | null,
    page: PageArgs,
  ) {
    const { organisationId } = requireOrganisation(ctx);
    const window = pageWindow(page);
    const result = await repo.listUsages(
      ctx.prisma,
      { organisationId, ...filter },
      { field: sort?.field ?? 'NAME', direction: sort?.direction ?? 'asc' },
      window,
    );
    return { ...result, items: result.items.map(toUsageNode), offset: window.skip, limit: window.take };
  },

  async usage(ctx: Context, id: string) {
    assertId(id, 'SystemUsage');
    const row = await repo.usage(ctx.prisma, memberOrganisationIds(ctx), id);
    if (!row) throw notFound('SystemUsage');
    return toUsageNode(row);
  },

  async createUsage(ctx: Context, input: SystemUsageCreateInput) {
    const { organisationId } = requirePermission(ctx, 'landscape.edit');
    const { systemId, ...rest } = input;
    return inTransaction(ctx, async (tx) => {
      // A system owner registers only usages they will keep (or, by the setting, their unit's).
      await requireUsageEditor(ctx, tx, {
        organisationId,
        ownerUserId: rest.ownerUserId ?? null,
        custodianUserId: rest.custodianUserId ?? null,
        responsibleUnitId: rest.responsibleUnitId ?? null,
      });
      const fields = validate(systemUsageFields, rest);
      assertId(systemId, 'ItSystem');
      if (!(await repo.catalogueSystem(tx, [organisationId], systemId))) {
        throw invalid([
          { field: 'systemId', message: 'field.unknownReference', params: { entity: 'ItSystem' } },
        ]);
      }
      await checkReferences(tx, organisationId, fields);
      const row = await repo
        .createUsage(tx, { ...toData(fields), organisationId, systemId })
        .catch((e: unknown) => {
          throw isUniqueViolation(e)
            ? conflict('error.conflict.duplicate', { entity: 'SystemUsage', field: 'system' })
            : e;
        });
      await linkCapabilities(tx, organisationId, row.id, fields.capabilityIds);
      await linkInfrastructure(tx, organisationId, row.id, fields.infrastructureIds);
      // Re-read: the database trigger has filled in the capability names.
      const after = (await audited(tx, organisationId, row.id))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'SystemUsage',
        entityId: row.id,
        after,
      });
      return toUsageNode(after);
    });
  },

  async updateUsage(ctx: Context, input: SystemUsageUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'SystemUsage');
    return inTransaction(ctx, async (tx) => {
      const found = await repo.usage(tx, memberOrganisationIds(ctx), id);
      if (!found) throw notFound('SystemUsage');
      await requireUsageEditor(ctx, tx, found);
      const fields = validate(systemUsageFields, rest);
      const before = (await audited(tx, found.organisationId, id))!;
      await checkReferences(tx, before.organisationId, fields);
      assertUpdated(await repo.updateUsage(tx, id, version, toData(fields)), 'SystemUsage');
      await linkCapabilities(tx, before.organisationId, id, fields.capabilityIds);
      await linkInfrastructure(tx, before.organisationId, id, fields.infrastructureIds);
      const after = (await audited(tx, before.organisationId, id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'SystemUsage',
        entityId: id,
        before,
        after,
      });
      return toUsageNode(after);
    });
  },

  async deleteUsage(ctx: Context, id: string, version: number) {
    assertId(id, 'SystemUsage');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.usage(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('SystemUsage');
      await requireUsageEditor(ctx, tx, before);
      assertUpdated(await repo.deleteUsage(tx, id, version), 'SystemUsage');
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DELETE',
        entityType: 'SystemUsage',
        entityId: id,
        before,
      });
      return true;
    });
  },

  async listCatalogue(ctx: Context, search: string | null, page: PageArgs) {
    const window = pageWindow(page);
    const result = await repo.listCatalogue(ctx.prisma, memberOrganisationIds(ctx), search, window);
    return { ...result, offset: window.skip, limit: window.take };
  },
};
