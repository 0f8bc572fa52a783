import type { DataSourceAction, PlanLine } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudit, type Tx } from '../../shared/audit';
import { toDbDate } from '../../shared/scalars';
import { assertUpdated } from '../../shared/versioned';
import { dataSourceRepository } from '../data-source/data-source.repository';

/**
 * Carries out a data-source plan with the data-source area's own repository, audited as its form's
 * writes are. New sources are the organisation's LOCAL entries: an import publishes nothing. A
 * "copy of" an earlier row resolves to the id that row created.
 */
export async function applyDataSourceLines(
  tx: Tx,
  ctx: Pick<Context, 'viewer'>,
  organisationId: string,
  lines: PlanLine<DataSourceAction>[],
): Promise<void> {
  const createdByRow = new Map<number, string>();
  for (const line of [...lines].sort((a, b) => a.row - b.row)) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    const { copyOf, endsOn, ...rest } = a.data;
    const data = {
      ...rest,
      ...(endsOn !== undefined ? { endsOn: toDbDate(endsOn) ?? null } : {}),
      ...(copyOf !== undefined
        ? {
            copyOfId:
              copyOf === null ? null : 'id' in copyOf ? copyOf.id : (createdByRow.get(copyOf.row) ?? null),
          }
        : {}),
    };
    if (a.sourceId) {
      const before = await dataSourceRepository.get(tx, [organisationId], a.sourceId);
      assertUpdated(await dataSourceRepository.update(tx, a.sourceId, a.version!, data), 'DataSource');
      const after = await dataSourceRepository.get(tx, [organisationId], a.sourceId);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'DataSource',
        entityId: a.sourceId,
        before,
        after,
      });
    } else {
      const row = await dataSourceRepository.create(tx, {
        ...data,
        kind: rest.kind!,
        visibility: 'LOCAL',
        ownerOrganisationId: organisationId,
      });
      createdByRow.set(line.row, row.id);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'DataSource',
        entityId: row.id,
        after: row,
      });
    }
  }
}
