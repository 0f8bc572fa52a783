import type { PlanLine, ProjectAction } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertUpdated } from '../../shared/versioned';
import { insertProject, projectData, writeLinks } from '../project/project-writes';
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
    const { strategyIds, usageIds } = a.data;
    const before = await repo.project(tx, [organisationId], a.projectId);
    assertUpdated(await repo.update(tx, a.projectId, a.version!, projectData(a.data)), 'Project');
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
