import {
  canKeepProgrammes,
  programmeAssignmentProblem,
  programmeCreate,
  programmeFields,
  programmeProjectIds,
  type ProgrammeFieldsInput,
} from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireAllowed, requireOrganisation } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, conflict, invalid, notFound, type FieldError } from '../../shared/errors';
import { isUniqueViolation } from '../../shared/prisma-errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type { ProgrammeCreateInput, ProgrammeUpdateInput } from './programme.input';
import { programmeRepository as repo, type ProgrammeRow } from './programme.repository';

const duplicateName = (e: unknown) => {
  throw isUniqueViolation(e)
    ? conflict('error.conflict.duplicate', { entity: 'Programme', field: 'name' })
    : e;
};

const unknown = (field: string, entity: string): FieldError => ({
  field,
  message: 'field.unknownReference',
  params: { entity },
});

/** The leader and strategies must belong to the programme's organisation. */
async function checkReferences(tx: Tx, organisationId: string, f: ProgrammeFieldsInput) {
  const userIds = f.leadUserId ? [f.leadUserId] : [];
  const strategyIds = [...new Set(f.strategyIds ?? [])];
  const found = await repo.countReferences(tx, organisationId, { userIds, strategyIds, projectIds: [] });
  const errors: FieldError[] = [];
  if (found.users < userIds.length) errors.push(unknown('leadUserId', 'User'));
  if (found.strategies < strategyIds.length) errors.push(unknown('strategyIds', 'Strategy'));
  if (errors.length) throw invalid(errors);
  return strategyIds;
}

/** Loads a programme of one of the viewer's organisations and checks they may keep programmes there. */
async function findForWrite(ctx: Context, tx: Tx, id: string): Promise<ProgrammeRow> {
  assertId(id, 'Programme');
  const before = await repo.get(tx, memberOrganisationIds(ctx), id);
  if (!before) throw notFound('Programme');
  requireAllowed(ctx, canKeepProgrammes, before.organisationId);
  return before;
}

/**
 * Refuses a project joining an archived programme, or one outside the programme's organisation
 * (a collaboration's programme will widen this, ADR 0039). Used by the programme page and the
 * project form alike.
 */
export async function checkProgrammeAssignment(
  tx: Tx,
  organisationId: string,
  programmeId: string,
  field: string,
): Promise<void> {
  const programme = await repo.get(tx, [organisationId], programmeId);
  if (!programme) throw invalid([unknown(field, 'Programme')]);
  if (programmeAssignmentProblem(programme)) throw invalid([{ field, message: 'field.programmeArchived' }]);
}

async function auditedUpdate(
  ctx: Context,
  tx: Tx,
  before: ProgrammeRow,
  version: number,
  data: Parameters<typeof repo.update>[3],
  extra: { before?: object; after?: object } = {},
) {
  assertUpdated(await repo.update(tx, before.id, version, data).catch(duplicateName), 'Programme');
  const after = (await repo.get(tx, [before.organisationId], before.id))!;
  await writeAudit(tx, ctx, {
    organisationId: before.organisationId,
    action: 'UPDATE',
    entityType: 'Programme',
    entityId: before.id,
    before: { ...before, ...extra.before },
    after: { ...after, ...extra.after },
  });
  return after;
}

export const programmeService = {
  list(ctx: Context, includeArchived: boolean) {
    const { organisationId } = requireOrganisation(ctx);
    return repo.list(ctx.prisma, organisationId, includeArchived);
  },

  async programme(ctx: Context, id: string) {
    assertId(id, 'Programme');
    const row = await repo.get(ctx.prisma, memberOrganisationIds(ctx), id);
    if (!row) throw notFound('Programme');
    return row;
  },

  create(ctx: Context, input: ProgrammeCreateInput) {
    const { organisationId } = requireAllowed(ctx, canKeepProgrammes);
    const f = validate(programmeCreate, input);
    return inTransaction(ctx, async (tx) => {
      const strategyIds = await checkReferences(tx, organisationId, f);
      const created = await repo
        .create(tx, {
          organisationId,
          name: f.name,
          description: f.description ?? '',
          leadUserId: f.leadUserId ?? null,
        })
        .catch(duplicateName);
      await repo.replaceStrategies(tx, created.id, strategyIds);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Programme',
        entityId: created.id,
        after: { ...created, strategyIds },
      });
      return created;
    });
  },

  update(ctx: Context, input: ProgrammeUpdateInput) {
    const { id, version, ...rest } = input;
    return inTransaction(ctx, async (tx) => {
      const before = await findForWrite(ctx, tx, id);
      const { strategyIds: named, ...f } = validate(programmeFields, rest);
      const strategyIds = await checkReferences(tx, before.organisationId, { ...f, strategyIds: named });
      const beforeStrategies = named ? await repo.strategyIds(tx, id) : [];
      const after = await auditedUpdate(
        ctx,
        tx,
        before,
        version,
        f,
        named ? { before: { strategyIds: beforeStrategies }, after: { strategyIds } } : {},
      );
      if (named) await repo.replaceStrategies(tx, id, strategyIds);
      return after;
    });
  },

  /** Archiving keeps the programme's projects (its history) but it takes no new ones. */
  setArchived(ctx: Context, id: string, version: number, archived: boolean) {
    return inTransaction(ctx, async (tx) => {
      const before = await findForWrite(ctx, tx, id);
      return auditedUpdate(ctx, tx, before, version, { archivedAt: archived ? new Date() : null });
    });
  },

  /**
   * Makes exactly these projects the programme's, taking each out of any other programme (a
   * project belongs to at most one). Guarded by the programme's version, which it raises.
   */
  setProjects(ctx: Context, programmeId: string, version: number, projectIdsInput: string[]) {
    return inTransaction(ctx, async (tx) => {
      const before = await findForWrite(ctx, tx, programmeId);
      const projectIds = validate(programmeProjectIds, projectIdsInput);
      const found = await repo.countReferences(tx, before.organisationId, {
        userIds: [],
        strategyIds: [],
        projectIds,
      });
      if (found.projects < projectIds.length) throw invalid([unknown('projectIds', 'Project')]);
      const beforeIds = await repo.projectIds(tx, programmeId);
      const joining = projectIds.filter((id) => !beforeIds.includes(id));
      if (joining.length && programmeAssignmentProblem(before)) {
        throw invalid([{ field: 'projectIds', message: 'field.programmeArchived' }]);
      }
      await repo.setProjects(tx, programmeId, projectIds);
      return auditedUpdate(
        ctx,
        tx,
        before,
        version,
        {},
        { before: { projectIds: beforeIds }, after: { projectIds: [...projectIds].sort() } },
      );
    });
  },
};
