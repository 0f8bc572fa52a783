import {
  canArchiveCapability,
  capabilityPlacementProblem,
  type CapabilityPlacementProblem,
} from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../context';
import { memberOrganisationIds, requireOrganisation, requirePermission } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, conflict, invalid, notFound, type FieldError } from '../../shared/errors';
import { isUniqueViolation } from '../../shared/prisma-errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type { CapabilityCreateInput, CapabilityMoveInput, CapabilityRenameInput } from './capability.input';
import { capabilityRepository as repo, type CapabilityRow } from './capability.repository';

const name = z.string().trim().min(1).max(200);
const createSchema = z.object({ name, parentId: z.uuid().nullish() });

const PLACEMENT_ERRORS: Record<CapabilityPlacementProblem, FieldError> = {
  UNKNOWN_PARENT: { field: 'parentId', message: 'field.unknownReference', params: { entity: 'Capability' } },
  ARCHIVED_PARENT: { field: 'parentId', message: 'field.capabilityArchivedParent' },
  CYCLE: { field: 'parentId', message: 'field.capabilityCycle' },
};

const duplicateName = (e: unknown) => {
  throw isUniqueViolation(e)
    ? conflict('error.conflict.duplicate', { entity: 'Capability', field: 'name' })
    : e;
};

async function assertPlacement(tx: Tx, organisationId: string, id: string | null, parentId: string | null) {
  const problem = capabilityPlacementProblem(await repo.nodes(tx, organisationId), id, parentId);
  if (problem) throw invalid([PLACEMENT_ERRORS[problem]]);
}

/** Loads a capability only if it belongs to an organisation where the viewer administers. */
async function findForWrite(ctx: Context, tx: Tx, id: string): Promise<CapabilityRow> {
  assertId(id, 'Capability');
  const found = await repo.organisationOf(tx, id, memberOrganisationIds(ctx));
  if (!found) throw notFound('Capability');
  requirePermission(ctx, 'organisation.admin', found.organisationId);
  return (await repo.get(tx, found.organisationId, id))!;
}

/** Applies a versioned change and audits it with the row before and after. */
async function change(
  ctx: Context,
  tx: Tx,
  before: CapabilityRow,
  version: number,
  data: Parameters<typeof repo.update>[3],
) {
  assertUpdated(await repo.update(tx, before.id, version, data).catch(duplicateName), 'Capability');
  const after = (await repo.get(tx, before.organisationId, before.id))!;
  await writeAudit(tx, ctx, {
    organisationId: before.organisationId,
    action: 'UPDATE',
    entityType: 'Capability',
    entityId: before.id,
    before,
    after,
  });
  return after;
}

export const capabilityService = {
  /** The whole taxonomy, archived nodes included (the admin screen and history need them). */
  list(ctx: Context, organisationId?: string | null) {
    return repo.list(ctx.prisma, requireOrganisation(ctx, organisationId).organisationId);
  },

  create(ctx: Context, input: CapabilityCreateInput) {
    const access = requirePermission(ctx, 'organisation.admin');
    const data = validate(createSchema, input);
    return inTransaction(ctx, async (tx) => {
      await assertPlacement(tx, access.organisationId, null, data.parentId ?? null);
      const created = await repo
        .create(tx, {
          organisationId: access.organisationId,
          name: data.name,
          parentId: data.parentId ?? null,
        })
        .catch(duplicateName);
      await writeAudit(tx, ctx, {
        organisationId: access.organisationId,
        action: 'CREATE',
        entityType: 'Capability',
        entityId: created.id,
        after: created,
      });
      return created;
    });
  },

  rename(ctx: Context, input: CapabilityRenameInput) {
    return inTransaction(ctx, async (tx) => {
      const before = await findForWrite(ctx, tx, input.id);
      const data = validate(z.object({ name }), { name: input.name });
      return change(ctx, tx, before, input.version, { name: data.name });
    });
  },

  move(ctx: Context, input: CapabilityMoveInput) {
    return inTransaction(ctx, async (tx) => {
      const before = await findForWrite(ctx, tx, input.id);
      const data = validate(z.object({ parentId: z.uuid().nullable() }), { parentId: input.parentId });
      await assertPlacement(tx, before.organisationId, before.id, data.parentId);
      return change(ctx, tx, before, input.version, { parentId: data.parentId });
    });
  },

  /** Archiving keeps the links (history) but drops the capability from the analysis and from new links. */
  setArchived(ctx: Context, id: string, version: number, archived: boolean) {
    return inTransaction(ctx, async (tx) => {
      const before = await findForWrite(ctx, tx, id);
      if (archived && !canArchiveCapability(await repo.nodes(tx, before.organisationId), id)) {
        throw conflict('error.capability.activeChildren');
      }
      if (!archived && before.parentId) {
        // A restored node must not hang under an archived parent.
        await assertPlacement(tx, before.organisationId, before.id, before.parentId);
      }
      return change(ctx, tx, before, version, { archivedAt: archived ? new Date() : null });
    });
  },
};
