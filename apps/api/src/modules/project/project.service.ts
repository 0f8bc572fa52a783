import {
  canEditProject,
  canKeepProgrammes,
  canPassGate,
  gateHeldByDecision,
  type GateProjectStatus,
  canPassProjectGate,
  canProposeProjects,
  projectCreate,
  projectFields,
  projectDependencyErrors,
  projectPeriod,
  statusAfterPhaseChange,
  type ProjectFieldsInput,
} from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireAllowed, requireOrganisation } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, DomainError, forbidden, invalid, notFound } from '../../shared/errors';
import { pageWindow, type PageArgs } from '../../shared/pagination';
import { isoDate, num } from '../../shared/scalars';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type { ProjectCreateInput, ProjectFilter, ProjectSort, ProjectUpdateInput } from './project.input';
import { checkProgrammeAssignment } from '../programme/programme.service';
import { nextPhaseOf, phaseModel, toDomainPhases } from './project-phases';
import { phaseNameIn } from './phase-names';
import { checkProjectReferences, insertProject, projectData, writeLinks } from './project-writes';
import { projectRepository as repo } from './project.repository';

export type { ProjectFieldsInput };

type ProjectRow = {
  startDate: Date | null;
  endDate: Date | null;
  budget: { toString(): string };
};

export function toProjectNode<T extends ProjectRow>(row: T) {
  return {
    ...row,
    startDate: isoDate(row.startDate),
    endDate: isoDate(row.endDate),
    budget: num(row.budget) ?? 0,
  };
}

/** Refuses dependencies that would make a loop among the organisation's projects (a domain rule). */
async function checkDependencies(tx: Tx, organisationId: string, projectId: string, dependsOnIds: string[]) {
  const edges = await repo.dependencyEdges(tx, organisationId);
  const errors = projectDependencyErrors(projectId, dependsOnIds, edges);
  if (errors.length) throw invalid(errors);
}

export const projectService = {
  async list(ctx: Context, filter: ProjectFilter | null, sort: ProjectSort | null, page: PageArgs) {
    const { organisationId } = requireOrganisation(ctx);
    const window = pageWindow(page);
    const result = await repo.list(
      ctx.prisma,
      { organisationId, ...filter },
      { field: sort?.field ?? 'NAME', direction: sort?.direction ?? 'asc' },
      window,
    );
    return { ...result, items: result.items.map(toProjectNode), offset: window.skip, limit: window.take };
  },

  async project(ctx: Context, id: string) {
    assertId(id, 'Project');
    const row = await repo.project(ctx.prisma, memberOrganisationIds(ctx), id);
    if (!row) throw notFound('Project');
    return toProjectNode(row);
  },

  async create(ctx: Context, input: ProjectCreateInput) {
    const { organisationId } = requireAllowed(ctx, canProposeProjects);
    const f = validate(projectCreate, input);
    validate(projectPeriod, { startDate: f.startDate ?? null, endDate: f.endDate ?? null });
    return inTransaction(ctx, async (tx) => toProjectNode(await insertProject(tx, ctx, organisationId, f)));
  },

  async update(ctx: Context, input: ProjectUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'Project');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.project(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Project');
      const { roles, viewer } = requireOrganisation(ctx, before.organisationId);
      // The coordinator keeps the portfolio; proposers (owners, leads) edit their own projects.
      if (!canEditProject({ roles, viewerId: viewer.id }, before)) throw forbidden();
      const f = validate(projectFields, rest);
      // The period rule holds for the project as stored, so moving one end alone cannot break it.
      validate(projectPeriod, {
        startDate: f.startDate !== undefined ? f.startDate : isoDate(before.startDate),
        endDate: f.endDate !== undefined ? f.endDate : isoDate(before.endDate),
      });
      const links = await checkProjectReferences(tx, before.organisationId, f);
      if (f.programmeId !== undefined && f.programmeId !== before.programmeId) {
        // Which projects a programme holds is the programme keepers' choice, not the project's own.
        requireAllowed(ctx, canKeepProgrammes, before.organisationId);
        if (f.programmeId)
          await checkProgrammeAssignment(tx, before.organisationId, f.programmeId, 'programmeId');
      }
      if (f.dependsOnIds) await checkDependencies(tx, before.organisationId, id, links.dependsOnIds);
      assertUpdated(await repo.update(tx, id, version, projectData(f)), 'Project');
      await writeLinks(tx, id, {
        strategyIds: f.strategyIds && links.strategyIds,
        usageIds: f.usageIds && links.usageIds,
        dependsOnIds: f.dependsOnIds && links.dependsOnIds,
      });
      const after = (await repo.project(tx, [before.organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'Project',
        entityId: id,
        before,
        after: {
          ...after,
          ...(f.strategyIds ? { strategyIds: links.strategyIds } : {}),
          ...(f.usageIds ? { usageIds: links.usageIds } : {}),
          ...(f.dependsOnIds ? { dependsOnIds: links.dependsOnIds } : {}),
        },
      });
      return toProjectNode(after);
    });
  },

  /** Whether the project may go to its next phase now, and which artefacts are missing. */
  async gateCheck(
    ctx: Context,
    project: { id: string; organisationId: string; phase: string; status: GateProjectStatus },
  ) {
    const model = await phaseModel(ctx.prisma, project.organisationId);
    const nextPhase = nextPhaseOf(model, project.phase);
    if (!nextPhase) return { nextPhase: null, ok: false, missing: [] };
    if (gateHeldByDecision(project.status, false)) return { nextPhase, ok: false, missing: [] };
    const provided = (await repo.artefacts(ctx.prisma, project.id)).map((a) => a.kind);
    const check = canPassGate(toDomainPhases(model), project.phase, nextPhase, provided);
    return { nextPhase, ok: check.ok, missing: check.missing as typeof provided };
  },

  /**
   * Moves the project through a gate. Refused with ARTEFACTS_MISSING (listing them) when the
   * current phase's required artefacts are not all provided; the history and the decision are
   * recorded with the move, in one transaction.
   */
  async passGate(ctx: Context, projectId: string, toPhase: string, version: number, reason: string | null) {
    assertId(projectId, 'Project');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.project(tx, memberOrganisationIds(ctx), projectId);
      if (!before) throw notFound('Project');
      requireAllowed(ctx, canPassProjectGate, before.organisationId);
      const model = await phaseModel(tx, before.organisationId);
      if (!model.some((p) => p.key === toPhase)) {
        throw invalid([{ field: 'toPhase', message: 'field.invalid' }]);
      }
      if (gateHeldByDecision(before.status, nextPhaseOf(model, before.phase) === null)) {
        throw new DomainError('INVALID_TRANSITION', 'error.portfolio.heldByDecision');
      }
      const provided = (await repo.artefacts(tx, projectId)).map((a) => a.kind);
      const check = canPassGate(toDomainPhases(model), before.phase, toPhase, provided);
      if (!check.ok && check.reason === 'ARTEFACTS_MISSING') {
        throw new DomainError(
          'ARTEFACTS_MISSING',
          'error.portfolio.artefactsMissing',
          { artefacts: check.missing.join(',') },
          check.missing.map((kind) => ({
            field: `artefacts.${kind}`,
            message: 'field.artefactMissing',
            params: { artefacts: kind },
          })),
        );
      }
      if (!check.ok) throw new DomainError('INVALID_TRANSITION', 'error.portfolio.notNextPhase');
      // Reaching the last phase closes the project; stepping back out of it reopens it.
      const status = statusAfterPhaseChange(toDomainPhases(model), before.phase, toPhase, before.status);
      assertUpdated(await repo.update(tx, projectId, version, { phase: toPhase, status }), 'Project');
      const now = new Date();
      await repo.closePhase(tx, projectId, now);
      await repo.openPhase(tx, projectId, toPhase, now);
      await repo.createGateDecision(tx, {
        projectId,
        fromPhase: before.phase,
        toPhase,
        passed: true,
        decidedById: ctx.viewer!.id,
        decidedAt: now,
        reason: reason?.trim() ?? '',
      });
      const after = (await repo.project(tx, [before.organisationId], projectId))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DECIDE',
        entityType: 'Project',
        entityId: projectId,
        before,
        after,
      });
      return toProjectNode(after);
    });
  },

  async phases(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    const model = await phaseModel(ctx.prisma, organisationId);
    return model.map((phase) => ({ ...phase, name: phaseNameIn(ctx.locale, phase) }));
  },

  async strategies(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    const rows = await repo.listStrategies(ctx.prisma, organisationId);
    return rows.map((s) => ({ ...s, validFrom: isoDate(s.validFrom), validTo: isoDate(s.validTo) }));
  },
};
