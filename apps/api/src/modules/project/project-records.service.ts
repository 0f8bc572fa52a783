import {
  artefactFields,
  businessCaseLines,
  canEditProject,
  canReportOnProject,
  statusReportFields,
} from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireOrganisation } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, forbidden, notFound, staleVersion } from '../../shared/errors';
import { toDbDate } from '../../shared/scalars';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type { ArtefactInput, BusinessCaseLineInput, StatusReportInput } from './project.input';
import { projectRepository as repo } from './project.repository';
import { toStatusReportNode } from './status-report.mapper';

/** The project, visible to the viewer, or NOT_FOUND (also for another organisation's project). */
async function visibleProject(tx: Tx, ctx: Context, projectId: string) {
  assertId(projectId, 'Project');
  const project = await repo.project(tx, memberOrganisationIds(ctx), projectId);
  if (!project) throw notFound('Project');
  return project;
}

/**
 * The project's records: artefacts and the business case by `canEditProject`, status reports by
 * `canReportOnProject` (shared with the web app, ADR 0014).
 */
function requireProjectKeeper(
  ctx: Context,
  project: { organisationId: string; ownerUserId: string | null; leadUserId: string | null },
  allowed: typeof canEditProject,
) {
  const { roles, viewer } = requireOrganisation(ctx, project.organisationId);
  if (!allowed({ roles, viewerId: viewer.id }, project)) throw forbidden();
}

export const projectRecordsService = {
  /** Provides (or revises) one artefact of a project; a gate counts it from then on. */
  async saveArtefact(ctx: Context, input: ArtefactInput) {
    return inTransaction(ctx, async (tx) => {
      const project = await visibleProject(tx, ctx, input.projectId);
      requireProjectKeeper(ctx, project, canEditProject);
      const data = validate(artefactFields, input);
      const existing = (await repo.artefacts(tx, project.id)).find((a) => a.kind === data.kind);
      // A revision must name the version it revises; a first provision must not race another one.
      if ((existing?.version ?? null) !== (data.version ?? null)) throw staleVersion('ProjectArtefact');
      const row = await repo.upsertArtefact(tx, project.id, data.kind, {
        title: data.title,
        content: data.content,
      });
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: existing ? 'UPDATE' : 'CREATE',
        entityType: 'ProjectArtefact',
        entityId: row.id,
        before: existing,
        after: row,
      });
      return row;
    });
  },

  /** Replaces the business case lines; guarded by the project's version. */
  async saveBusinessCase(ctx: Context, projectId: string, version: number, lines: BusinessCaseLineInput[]) {
    return inTransaction(ctx, async (tx) => {
      const project = await visibleProject(tx, ctx, projectId);
      requireProjectKeeper(ctx, project, canEditProject);
      const data = validate(businessCaseLines, lines);
      const before = await repo.businessCase(tx, project.id);
      assertUpdated(await repo.update(tx, project.id, version, {}), 'Project');
      await repo.replaceBusinessCase(tx, project.id, data);
      const after = await repo.businessCase(tx, project.id);
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: 'UPDATE',
        entityType: 'BusinessCase',
        entityId: project.id,
        before,
        after,
      });
      return after;
    });
  },

  /** Files a status report; the portfolio overview shows the latest per project. */
  async fileStatusReport(ctx: Context, input: StatusReportInput) {
    return inTransaction(ctx, async (tx) => {
      const project = await visibleProject(tx, ctx, input.projectId);
      requireProjectKeeper(ctx, project, canReportOnProject);
      const data = validate(statusReportFields, input);
      const row = await repo.createStatusReport(tx, {
        ...data,
        periodEnd: toDbDate(data.periodEnd)!,
        projectId: project.id,
        reportedById: ctx.viewer!.id,
      });
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: 'CREATE',
        entityType: 'StatusReport',
        entityId: row.id,
        after: row,
      });
      return toStatusReportNode(row);
    });
  },
};
