import { keyBetween, statusAfterPhaseChange, type ProjectFieldsInput } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudit, type Tx } from '../../shared/audit';
import { invalid, type FieldError } from '../../shared/errors';
import { toDbDate } from '../../shared/scalars';
import { phaseModel, toDomainPhases } from './project-phases';
import { projectRepository as repo } from './project.repository';

// The project's writes that the form, proposals, retenders and the generic import share. Kept free
// of GraphQL types, so the import command loads them without the schema's metadata.

/** Owner, lead, unit, strategies and systems must all belong to the project's organisation. */
export async function checkProjectReferences(tx: Tx, organisationId: string, f: ProjectFieldsInput) {
  const userIds = [...new Set([f.ownerUserId, f.leadUserId].filter((v): v is string => !!v))];
  const unitIds = f.unitId ? [f.unitId] : [];
  const strategyIds = [...new Set(f.strategyIds ?? [])];
  const usageIds = [...new Set(f.usageIds ?? [])];
  const dependsOnIds = [...new Set(f.dependsOnIds ?? [])];
  const found = await repo.countReferences(tx, organisationId, {
    userIds,
    unitIds,
    strategyIds,
    usageIds,
    projectIds: dependsOnIds,
  });
  const errors: FieldError[] = [];
  const ref = (field: string, entity: string) =>
    errors.push({ field, message: 'field.unknownReference', params: { entity } });
  if (found.users < userIds.length) ref(f.ownerUserId ? 'ownerUserId' : 'leadUserId', 'User');
  if (found.units < unitIds.length) ref('unitId', 'Unit');
  if (found.strategies < strategyIds.length) ref('strategyIds', 'Strategy');
  if (found.usages < usageIds.length) ref('usageIds', 'SystemUsage');
  if (found.projects < dependsOnIds.length) ref('dependsOnIds', 'Project');
  if (errors.length) throw invalid(errors);
  return { strategyIds, usageIds, dependsOnIds };
}

export function projectData(f: ProjectFieldsInput) {
  const { startDate, endDate, strategyIds: _s, usageIds: _u, dependsOnIds: _d, ...rest } = f;
  return { ...rest, startDate: toDbDate(startDate), endDate: toDbDate(endDate) };
}

/** Writes the project's links (strategies, systems, dependencies) when the input names them. */
export async function writeLinks(
  tx: Tx,
  projectId: string,
  links: { strategyIds?: string[]; usageIds?: string[]; dependsOnIds?: string[] },
) {
  if (links.strategyIds) await repo.replaceStrategies(tx, projectId, links.strategyIds);
  if (links.usageIds) await repo.replaceSystems(tx, projectId, links.usageIds);
  if (links.dependsOnIds) await repo.replaceDependencies(tx, projectId, links.dependsOnIds);
}

/**
 * Creates a project at the bottom of the board, with its first phase (or the one given: the generic
 * import's) opened in the history. One created in the model's last phase is closed, as the gate into
 * that phase closes a project.
 */
export async function insertProject(
  tx: Tx,
  ctx: Pick<Context, 'viewer'>,
  organisationId: string,
  f: ProjectFieldsInput & { name: string },
  phase?: string,
) {
  const links = await checkProjectReferences(tx, organisationId, f);
  const model = await phaseModel(tx, organisationId);
  const rankKey = keyBetween(await repo.lastRankKey(tx, organisationId), null);
  const row = await repo.create(tx, {
    ...projectData(f),
    name: f.name,
    organisationId,
    rankKey,
    phase: phase ?? model[0].key,
    status: statusAfterPhaseChange(toDomainPhases(model), model[0].key, phase ?? model[0].key, 'PROPOSED'),
  });
  await repo.openPhase(tx, row.id, row.phase, row.createdAt);
  await writeLinks(tx, row.id, links);
  await writeAudit(tx, ctx, {
    organisationId,
    action: 'CREATE',
    entityType: 'Project',
    entityId: row.id,
    after: { ...row, ...links },
  });
  return row;
}
