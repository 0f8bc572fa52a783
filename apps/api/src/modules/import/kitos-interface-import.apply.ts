import type { InterfaceAction, PlanLine } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudit, type Tx } from '../../shared/audit';
import { kitosImportRepository as repo } from './kitos-import.repository';

/** Carries out an interface overview plan: new interfaces are the organisation's own (LOCAL). */
export async function applyInterfaceLines(
  tx: Tx,
  ctx: Pick<Context, 'viewer'>,
  organisationId: string,
  lines: PlanLine<InterfaceAction>[],
): Promise<void> {
  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    const data = {
      name: a.name,
      providerSystemId: a.providerSystemId,
      protocol: a.protocol,
      dataTypes: a.dataTypes,
      kitosAttributes: a.kitosAttributes,
      ...(a.kitosId ? { kitosId: a.kitosId } : {}),
    };
    if (a.interfaceId) {
      const before = await repo.interface(tx, a.interfaceId);
      const after = await repo.updateInterface(tx, a.interfaceId, data);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Interface',
        entityId: a.interfaceId,
        before,
        after,
      });
    } else {
      // Registered as the organisation's local entry: an import publishes nothing to the shared catalogue.
      const created = await repo.createInterface(tx, {
        ...data,
        visibility: 'LOCAL',
        ownerOrganisationId: organisationId,
      });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Interface',
        entityId: created.id,
        after: created,
      });
    }
  }
}
