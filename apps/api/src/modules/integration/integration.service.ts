import {
  integrationConsistency,
  integrationCreate,
  integrationFields,
  usageDataSourceConsistency,
  usageDataSourceCreate,
  usageDataSourceFields,
  type IntegrationFieldsData,
  type UsageDataSourceFieldsData,
} from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, conflict, invalid, notFound, UUID, type FieldError } from '../../shared/errors';
import { checkedPayload } from '../../shared/payload';
import { isUniqueViolation } from '../../shared/prisma-errors';
import { toDbDate } from '../../shared/scalars';
import { validate, validateWhole } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type {
  IntegrationCreateInput,
  IntegrationUpdateInput,
  UsageDataSourceCreateInput,
  UsageDataSourceUpdateInput,
} from './integration.input';
import { requireIntegrationEditor, requireUsageEditor } from '../system/usage-edit-rights';
import { usageEditRightsRepository as rights } from '../system/usage-edit-rights.repository';
import { integrationRepository as repo, toEdgeNode, toIntegrationNode } from './integration.repository';

const unknown = (field: string, entity: string): FieldError => ({
  field,
  message: 'field.unknownReference',
  params: { entity },
});

/** An update's value where it sends one (null clears), else the stored one. */
const pick = <T>(sent: T | undefined, stored: T): T => (sent !== undefined ? sent : stored);

function edgeData(fields: UsageDataSourceFieldsData) {
  const { plannedSwitchDate, ...rest } = fields;
  return { ...rest, plannedSwitchDate: toDbDate(plannedSwitchDate) };
}

/** The usage an edge hangs on, checked to be the viewer's and editable by them (`canEditSystemUsage`). */
async function editableUsage(ctx: Context, tx: Tx, usageId: string) {
  const usage = await visibleUsage(ctx, tx, usageId, 'usageId');
  await requireUsageEditor(ctx, tx, usage);
  return usage;
}

/** A usage the viewer can see, by an id sent in `field`; an unknown one is that field's error. */
async function visibleUsage(
  ctx: Context,
  tx: Tx,
  usageId: string,
  field: string,
  orgs = memberOrganisationIds(ctx),
) {
  // A malformed id matches no usage, as an unknown one.
  const [usage] = UUID.test(usageId) ? await rights.keepers(tx, orgs, [usageId]) : [];
  if (!usage) throw invalid([unknown(field, 'SystemUsage')]);
  return usage;
}

/** The stored integration's two usages with their keepers, for `canEditIntegration`. */
async function integrationEnds(
  tx: Tx,
  row: { organisationId: string; fromUsageId: string; toUsageId: string },
) {
  const usages = await rights.keepers(tx, [row.organisationId], [row.fromUsageId, row.toUsageId]);
  const end = (id: string) => usages.find((u) => u.id === id)!;
  return [end(row.fromUsageId), end(row.toUsageId)] as const;
}

async function checkEdgeReferences(
  tx: Tx,
  ctx: Context,
  dataSourceId: string | null,
  target: string | null | undefined,
) {
  const orgs = memberOrganisationIds(ctx);
  const errors: FieldError[] = [];
  if (dataSourceId && (await repo.visibleDataSourceCount(tx, orgs, [dataSourceId])) === 0) {
    errors.push(unknown('dataSourceId', 'DataSource'));
  }
  if (target && (await repo.visibleDataSourceCount(tx, orgs, [target])) === 0) {
    errors.push(unknown('plannedTargetSourceId', 'DataSource'));
  }
  if (errors.length) throw invalid(errors);
}

async function checkIntegrationReferences(
  tx: Tx,
  ctx: Context,
  organisationId: string,
  fields: IntegrationFieldsData,
) {
  const errors: FieldError[] = [];
  if (
    fields.interfaceId &&
    (await repo.visibleInterface(tx, memberOrganisationIds(ctx), fields.interfaceId)) === 0
  ) {
    errors.push(unknown('interfaceId', 'Interface'));
  }
  if (fields.contractId && (await repo.contractIn(tx, organisationId, fields.contractId)) === 0) {
    errors.push(unknown('contractId', 'Contract'));
  }
  if (errors.length) throw invalid(errors);
}

const duplicateEdge = (e: unknown) => {
  throw isUniqueViolation(e)
    ? conflict('error.conflict.duplicate', { entity: 'UsageDataSource', field: 'dataSourceId' })
    : e;
};

export const integrationService = {
  async createEdge(ctx: Context, input: UsageDataSourceCreateInput) {
    return inTransaction(ctx, async (tx) => {
      const usage = await editableUsage(ctx, tx, input.usageId);
      const { usageId, dataSourceId, ...fields } = validateWhole(
        usageDataSourceCreate,
        usageDataSourceConsistency,
        input,
      );
      await checkEdgeReferences(tx, ctx, dataSourceId, fields.plannedTargetSourceId);
      const row = await repo
        .createEdge(tx, {
          ...edgeData(fields),
          ...checkedPayload(fields),
          usageId,
          dataSourceId,
          organisationId: usage.organisationId,
        })
        .catch(duplicateEdge);
      await writeAudit(tx, ctx, {
        organisationId: usage.organisationId,
        action: 'CREATE',
        entityType: 'UsageDataSource',
        entityId: row.id,
        after: row,
      });
      return toEdgeNode(row);
    });
  },

  async updateEdge(ctx: Context, input: UsageDataSourceUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'UsageDataSource');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.edge(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('UsageDataSource');
      await editableUsage(ctx, tx, before.usageId);
      const fields = validate(usageDataSourceFields, rest);
      // The rules across fields hold for the edge as it will be stored: the change over the stored row.
      validate(usageDataSourceConsistency, {
        dataSourceId: before.dataSourceId,
        plannedTargetSourceId: pick(fields.plannedTargetSourceId, before.plannedTargetSourceId),
      });
      await checkEdgeReferences(tx, ctx, null, fields.plannedTargetSourceId);
      const payload = checkedPayload(fields, before);
      assertUpdated(
        await repo.updateEdge(tx, id, version, { ...edgeData(fields), ...payload }),
        'UsageDataSource',
      );
      const after = (await repo.edge(tx, [before.organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'UsageDataSource',
        entityId: id,
        before,
        after,
      });
      return toEdgeNode(after);
    });
  },

  async deleteEdge(ctx: Context, id: string, version: number) {
    assertId(id, 'UsageDataSource');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.edge(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('UsageDataSource');
      await editableUsage(ctx, tx, before.usageId);
      assertUpdated(await repo.deleteEdge(tx, id, version), 'UsageDataSource');
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DELETE',
        entityType: 'UsageDataSource',
        entityId: id,
        before,
      });
      return true;
    });
  },

  async createIntegration(ctx: Context, input: IntegrationCreateInput) {
    return inTransaction(ctx, async (tx) => {
      const from = await visibleUsage(ctx, tx, input.fromUsageId, 'fromUsageId');
      // Both ends must be the same organisation's usages.
      const to = await visibleUsage(ctx, tx, input.toUsageId, 'toUsageId', [from.organisationId]);
      await requireIntegrationEditor(ctx, tx, [from, to]);
      const { fromUsageId, toUsageId, ...fields } = validateWhole(
        integrationCreate,
        integrationConsistency,
        input,
      );
      await checkIntegrationReferences(tx, ctx, from.organisationId, fields);
      const row = await repo.createIntegration(tx, {
        ...fields,
        ...checkedPayload(fields),
        fromUsageId,
        toUsageId,
        organisationId: from.organisationId,
      });
      await writeAudit(tx, ctx, {
        organisationId: from.organisationId,
        action: 'CREATE',
        entityType: 'Integration',
        entityId: row.id,
        after: row,
      });
      return toIntegrationNode(row);
    });
  },

  async updateIntegration(ctx: Context, input: IntegrationUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'Integration');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.integration(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Integration');
      await requireIntegrationEditor(ctx, tx, await integrationEnds(tx, before));
      const fields = validate(integrationFields, rest);
      await checkIntegrationReferences(tx, ctx, before.organisationId, fields);
      const payload = checkedPayload(fields, before);
      assertUpdated(await repo.updateIntegration(tx, id, version, { ...fields, ...payload }), 'Integration');
      const after = (await repo.integration(tx, [before.organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'Integration',
        entityId: id,
        before,
        after,
      });
      return toIntegrationNode(after);
    });
  },

  async deleteIntegration(ctx: Context, id: string, version: number) {
    assertId(id, 'Integration');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.integration(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Integration');
      await requireIntegrationEditor(ctx, tx, await integrationEnds(tx, before));
      assertUpdated(await repo.deleteIntegration(tx, id, version), 'Integration');
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DELETE',
        entityType: 'Integration',
        entityId: id,
        before,
      });
      return true;
    });
  },
};
