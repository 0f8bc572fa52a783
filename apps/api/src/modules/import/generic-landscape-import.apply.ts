import type { EdgeAction, IntegrationAction, PlanLine, SystemAction } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudit, type Tx } from '../../shared/audit';
import { toDbDate } from '../../shared/scalars';
import { assertUpdated } from '../../shared/versioned';
import { integrationRepository } from '../integration/integration.repository';
import { systemCatalogueRepository as catalogue } from '../system/system-catalogue.repository';
import { systemRepository } from '../system/system.repository';

type Who = Pick<Context, 'viewer'>;

/** Audits a change as the area's service does: what it was and what it is. */
function audit(
  tx: Tx,
  ctx: Who,
  organisationId: string,
  entityType: string,
  id: string,
  after: unknown,
  before?: unknown,
) {
  return writeAudit(tx, ctx, {
    organisationId,
    action: before === undefined ? 'CREATE' : 'UPDATE',
    entityType,
    entityId: id,
    before,
    after,
  });
}

/**
 * Carries out a systems plan with the system area's repositories, audited as its forms' writes
 * are. A new catalogue entry is the organisation's LOCAL one: an import publishes nothing.
 */
export async function applySystemLines(
  tx: Tx,
  ctx: Who,
  organisationId: string,
  lines: PlanLine<SystemAction>[],
): Promise<void> {
  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    let systemId: string;
    if (!a.system) {
      const row = await catalogue.create(tx, {
        ...a.entry,
        visibility: 'LOCAL',
        ownerOrganisationId: organisationId,
      });
      await audit(tx, ctx, organisationId, 'ItSystem', row.id, row);
      systemId = row.id;
    } else {
      systemId = a.system.id;
      const { name: _name, ...changes } = a.entry;
      if (Object.keys(changes).length) {
        const before = await catalogue.visible(tx, [organisationId], systemId);
        assertUpdated(await catalogue.update(tx, systemId, a.system.version, changes), 'ItSystem');
        const after = await catalogue.visible(tx, [organisationId], systemId);
        await audit(tx, ctx, organisationId, 'ItSystem', systemId, after, before);
      }
    }
    const { inUseFrom, inUseUntil, ...rest } = a.usage;
    const data = {
      ...rest,
      // A member named as owner replaces a recorded owner without an account (as the form's save).
      ...(rest.ownerUserId ? { ownerPersonId: null } : {}),
      inUseFrom: toDbDate(inUseFrom),
      inUseUntil: toDbDate(inUseUntil),
    };
    if (!a.usageId) {
      const row = await systemRepository.createUsage(tx, { ...data, organisationId, systemId });
      await audit(tx, ctx, organisationId, 'SystemUsage', row.id, row);
    } else if (Object.keys(a.usage).length) {
      const before = await systemRepository.usage(tx, [organisationId], a.usageId);
      assertUpdated(await systemRepository.updateUsage(tx, a.usageId, a.usageVersion!, data), 'SystemUsage');
      const after = await systemRepository.usage(tx, [organisationId], a.usageId);
      await audit(tx, ctx, organisationId, 'SystemUsage', a.usageId, after, before);
    }
  }
}

/** Carries out a data-source edge plan with the integration area's repository, audited as its form's writes are. */
export async function applyEdgeLines(
  tx: Tx,
  ctx: Who,
  organisationId: string,
  lines: PlanLine<EdgeAction>[],
): Promise<void> {
  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    const { plannedSwitchDate, ...rest } = a.data;
    const data = { ...rest, plannedSwitchDate: toDbDate(plannedSwitchDate) };
    if (!a.edgeId) {
      const row = await integrationRepository.createEdge(tx, {
        ...data,
        organisationId,
        usageId: a.usageId,
        dataSourceId: a.dataSourceId,
      });
      await audit(tx, ctx, organisationId, 'UsageDataSource', row.id, row);
      continue;
    }
    const before = await integrationRepository.edge(tx, [organisationId], a.edgeId);
    assertUpdated(await integrationRepository.updateEdge(tx, a.edgeId, a.version!, data), 'UsageDataSource');
    const after = await integrationRepository.edge(tx, [organisationId], a.edgeId);
    await audit(tx, ctx, organisationId, 'UsageDataSource', a.edgeId, after, before);
  }
}

/** Carries out an integration plan with the integration area's repository, audited as its form's writes are. */
export async function applyIntegrationLines(
  tx: Tx,
  ctx: Who,
  organisationId: string,
  lines: PlanLine<IntegrationAction>[],
): Promise<void> {
  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    if (!a.integrationId) {
      const row = await integrationRepository.createIntegration(tx, {
        ...a.data,
        organisationId,
        fromUsageId: a.fromUsageId,
        toUsageId: a.toUsageId,
        interfaceId: a.interfaceId,
      });
      await audit(tx, ctx, organisationId, 'Integration', row.id, row);
      continue;
    }
    const before = await integrationRepository.integration(tx, [organisationId], a.integrationId);
    assertUpdated(
      await integrationRepository.updateIntegration(tx, a.integrationId, a.version!, a.data),
      'Integration',
    );
    const after = await integrationRepository.integration(tx, [organisationId], a.integrationId);
    await audit(tx, ctx, organisationId, 'Integration', a.integrationId, after, before);
  }
}
