import { canSetOrganisationDefaultView } from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../context';
import {
  memberOrganisationIds,
  requireOrganisation,
  requireAllowed,
  requireViewer,
} from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, conflict, forbidden, invalid, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type { SavedViewInput, SavedViewUpdateInput } from './saved-view.input';
import { savedViewRepository as repo, type SavedViewRow } from './saved-view.repository';

/** Largest accepted config, as JSON characters: room for ~100 columns, bounded storage per view. */
export const MAX_CONFIG_CHARS = 20_000;

const tableKey = z.string().regex(/^[a-z][a-z0-9-]{0,49}$/);
const columnId = z.string().min(1).max(100);
const filterScalar = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);

/** The table state a view restores; mirrors TanStack Table's state slices. */
const viewConfig = z
  .object({
    columnVisibility: z.record(columnId, z.boolean()).optional(),
    columnOrder: z.array(columnId).max(200).optional(),
    sorting: z
      .array(z.object({ id: columnId, desc: z.boolean() }).strict())
      .max(10)
      .optional(),
    columnFilters: z
      .array(
        z.object({ id: columnId, value: z.union([filterScalar, z.array(filterScalar).max(100)]) }).strict(),
      )
      .max(200)
      .optional(),
  })
  .strict();

const name = z.string().trim().min(1).max(100);
const createSchema = z.object({ tableKey, name, config: viewConfig, organisationDefault: z.boolean() });
const updateSchema = z.object({ name: name.optional(), config: viewConfig.optional() });

function checkSize(config: unknown): void {
  if (config != null && JSON.stringify(config).length > MAX_CONFIG_CHARS) {
    throw invalid([{ field: 'config', message: 'field.tooLong', params: { max: MAX_CONFIG_CHARS } }]);
  }
}

function toNode(row: SavedViewRow, viewerId: string, isAdmin: boolean) {
  const organisationDefault = row.userId === null;
  return {
    ...row,
    config: row.config as Record<string, unknown>,
    organisationDefault,
    editable: organisationDefault ? isAdmin : row.userId === viewerId,
  };
}

/** Own views are the owner's; the organisation default is its administrators'. Others get FORBIDDEN. */
function requireChangeable(ctx: Context, row: SavedViewRow) {
  const viewer = requireViewer(ctx);
  if (row.userId === null) return requireAllowed(ctx, canSetOrganisationDefaultView, row.organisationId);
  if (row.userId !== viewer.id) throw forbidden();
  return requireOrganisation(ctx, row.organisationId);
}

export const savedViewService = {
  async list(ctx: Context, key: string) {
    const { organisationId, viewer, roles } = requireOrganisation(ctx);
    const parsed = validate(z.object({ tableKey }), { tableKey: key });
    const rows = await repo.list(ctx.prisma, organisationId, viewer.id, parsed.tableKey);
    const isAdmin = canSetOrganisationDefaultView(roles);
    return rows.map((row) => toNode(row, viewer.id, isAdmin));
  },

  async save(ctx: Context, input: SavedViewInput) {
    const access = input.organisationDefault
      ? requireAllowed(ctx, canSetOrganisationDefaultView)
      : requireOrganisation(ctx);
    checkSize(input.config);
    const fields = validate(createSchema, input);
    return inTransaction(ctx, async (tx) => {
      if (
        fields.organisationDefault &&
        (await repo.organisationDefault(tx, access.organisationId, fields.tableKey))
      ) {
        // One default per table: replacing it is an update with its version, never a blind overwrite.
        throw conflict('error.conflict.duplicate', { entity: 'SavedView', field: 'organisationDefault' });
      }
      const row = await repo.create(tx, {
        organisationId: access.organisationId,
        userId: fields.organisationDefault ? null : access.viewer.id,
        tableKey: fields.tableKey,
        name: fields.name,
        config: fields.config,
      });
      await writeAudit(tx, ctx, {
        organisationId: access.organisationId,
        action: 'CREATE',
        entityType: 'SavedView',
        entityId: row.id,
        after: row,
      });
      return toNode(row, access.viewer.id, canSetOrganisationDefaultView(access.roles));
    });
  },

  async update(ctx: Context, input: SavedViewUpdateInput) {
    assertId(input.id, 'SavedView');
    const viewer = requireViewer(ctx);
    return inTransaction(ctx, async (tx) => {
      const before = await repo.visible(tx, memberOrganisationIds(ctx), viewer.id, input.id);
      if (!before) throw notFound('SavedView');
      const access = requireChangeable(ctx, before);
      checkSize(input.config);
      const fields = validate(updateSchema, {
        name: input.name ?? undefined,
        config: input.config ?? undefined,
      });
      assertUpdated(await repo.update(tx, input.id, input.version, fields), 'SavedView');
      const after = (await repo.byId(tx, input.id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'SavedView',
        entityId: before.id,
        before,
        after,
      });
      return toNode(after, viewer.id, canSetOrganisationDefaultView(access.roles));
    });
  },

  async delete(ctx: Context, id: string, version: number) {
    assertId(id, 'SavedView');
    const viewer = requireViewer(ctx);
    return inTransaction(ctx, async (tx) => {
      const before = await repo.visible(tx, memberOrganisationIds(ctx), viewer.id, id);
      if (!before) throw notFound('SavedView');
      requireChangeable(ctx, before);
      assertUpdated(await repo.delete(tx, id, version), 'SavedView');
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DELETE',
        entityType: 'SavedView',
        entityId: id,
        before,
      });
      return true;
    });
  },
};
