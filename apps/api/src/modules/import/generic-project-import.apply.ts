import type { PlanLine, ProjectAction } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudit, type Tx } from '../../shared/audit';
import { toDbDate } from '../../shared/scalars';
import { assertUpdated } from '../../shared/versioned';
import { insertProject, writeLinks } from '../project/project.service';
import { projectRepository as repo } from '../project/project.repository';

/**
 * Carries out a project plan with the project area's own writes: a new project through
 * `insertProject` (bottom of the board, its phase opened in the history), an update as the
 * project form's, audited with its links.
 */
export async function applyProjectLines(
  tx: Tx,
  ctx: Pick<Context, 'viewer'>,
  organisationId: string,
  lines: PlanLine<ProjectAction>[],
): Promise<void> {
  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    if (!a.projectId) {
      await insertProject(tx, ctx, organisationId, a.data, a.phase ?? undefined);
      continue;
    }
    const { startDate, endDate, strategyIds, usageIds, ...rest } = a.data;
    const before = await repo.project(tx, [organisationId], a.projectId);
    assertUpdated(
      await repo.update(tx, a.projectId, a.version!, {
        ...rest,
        startDate: toDbDate(startDate),
        endDate: toDbDate(endDate),
      }),
      'Project',
    );
    await writeLinks(tx, a.projectId, { strategyIds, usageIds });
    const after = await repo.project(tx, [organisationId], a.projectId);
    await writeAudit(tx, ctx, {
      organisationId,
      action: 'UPDATE',
      entityType: 'Project',
      entityId: a.projectId,
      before,
      after: { ...after, ...(strategyIds ? { strategyIds } : {}), ...(usageIds ? { usageIds } : {}) },
    });
  }
}
