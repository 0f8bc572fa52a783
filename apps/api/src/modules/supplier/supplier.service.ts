import {
  canEditSupplier,
  canKeepSuppliers,
  supplierContactFields,
  supplierFields,
  supplierNotesFields,
  type SupplierFields,
} from '@overblik/domain';
import type { Context } from '../../context';
import {
  memberOrganisationIds,
  requireAllowed,
  requireOrganisation,
  type OrganisationAccess,
} from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, conflict, forbidden, notFound } from '../../shared/errors';
import { pageWindow, type PageArgs } from '../../shared/pagination';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type {
  SupplierContactCreateInput,
  SupplierContactUpdateInput,
  SupplierInput,
  SupplierNotesInput,
  SupplierUpdateInput,
} from './supplier.input';
import { supplierRepository as repo } from './supplier.repository';

/** The organisation a supplier's owner acts in, when the viewer may rename or delete it there. */
function requireSupplierEditor(
  ctx: Context,
  supplier: { ownerOrganisationId: string | null },
): OrganisationAccess {
  if (!supplier.ownerOrganisationId) throw forbidden();
  const access = requireOrganisation(ctx, supplier.ownerOrganisationId);
  if (!canEditSupplier(access, supplier)) throw forbidden();
  return access;
}

/** A register keeps one entry per company: the same CVR, or the same name, is refused. */
async function refuseDuplicate(tx: Tx, ctx: Context, fields: SupplierFields, exceptId: string | null) {
  const twin = await repo.duplicate(tx, memberOrganisationIds(ctx), fields, exceptId);
  if (!twin) return;
  if (fields.cvr && twin.cvr === fields.cvr)
    throw conflict('error.supplier.duplicateCvr', { cvr: fields.cvr, name: twin.name });
  throw conflict('error.supplier.duplicateName', { name: twin.name });
}

async function visibleSupplier(tx: Tx | Context['prisma'], ctx: Context, id: string) {
  assertId(id, 'Supplier');
  const supplier = await repo.find(tx, memberOrganisationIds(ctx), id);
  if (!supplier) throw notFound('Supplier');
  return supplier;
}

export const supplierService = {
  async list(ctx: Context, search: string | null, page: PageArgs) {
    const window = pageWindow(page);
    const [items, totalCount] = await repo.list(ctx.prisma, memberOrganisationIds(ctx), search, window);
    return { items, totalCount, offset: window.skip, limit: window.take };
  },

  get: (ctx: Context, id: string) => visibleSupplier(ctx.prisma, ctx, id),

  async create(ctx: Context, input: SupplierInput) {
    const { organisationId } = requireAllowed(ctx, canKeepSuppliers);
    const fields = validate(supplierFields, input);
    return inTransaction(ctx, async (tx) => {
      await refuseDuplicate(tx, ctx, fields, null);
      const row = await repo.create(tx, { ...fields, ownerOrganisationId: organisationId });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Supplier',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  },

  async update(ctx: Context, input: SupplierUpdateInput) {
    const { id, version, ...rest } = input;
    return inTransaction(ctx, async (tx) => {
      const before = await visibleSupplier(tx, ctx, id);
      const { organisationId } = requireSupplierEditor(ctx, before);
      const fields = validate(supplierFields, rest);
      await refuseDuplicate(tx, ctx, fields, id);
      assertUpdated(await repo.update(tx, id, version, fields), 'Supplier');
      const after = (await repo.find(tx, [organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Supplier',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  async delete(ctx: Context, id: string, version: number) {
    return inTransaction(ctx, async (tx) => {
      const before = await visibleSupplier(tx, ctx, id);
      const { organisationId } = requireSupplierEditor(ctx, before);
      if (await repo.inUse(tx, id)) throw conflict('error.supplier.inUse');
      assertUpdated(await repo.delete(tx, id, version), 'Supplier');
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'DELETE',
        entityType: 'Supplier',
        entityId: id,
        before,
      });
      return true;
    });
  },

  async systems(ctx: Context, supplierId: string) {
    const { organisationId } = requireOrganisation(ctx);
    const rows = await repo.systems(ctx.prisma, organisationId, memberOrganisationIds(ctx), supplierId);
    return rows.map((s) => ({ id: s.id, name: s.name, usageId: s.usages[0]?.id ?? null }));
  },

  contracts(ctx: Context, supplierId: string) {
    const { organisationId } = requireOrganisation(ctx);
    return repo.contracts(ctx.prisma, organisationId, supplierId);
  },

  dataSources: (ctx: Context, supplierId: string) =>
    repo.dataSources(ctx.prisma, memberOrganisationIds(ctx), supplierId),

  counts(ctx: Context, supplierIds: string[]) {
    const { organisationId } = requireOrganisation(ctx);
    return repo.counts(ctx.prisma, organisationId, supplierIds);
  },

  contacts(ctx: Context, supplierId: string) {
    const { organisationId } = requireOrganisation(ctx);
    return repo.contacts(ctx.prisma, organisationId, supplierId);
  },

  notes(ctx: Context, supplierId: string) {
    const { organisationId } = requireOrganisation(ctx);
    return repo.notes(ctx.prisma, organisationId, supplierId);
  },

  async createContact(ctx: Context, input: SupplierContactCreateInput) {
    const { supplierId, ...rest } = input;
    const { organisationId } = requireAllowed(ctx, canKeepSuppliers);
    const fields = validate(supplierContactFields, rest);
    return inTransaction(ctx, async (tx) => {
      await visibleSupplier(tx, ctx, supplierId);
      const row = await repo.createContact(tx, { ...fields, organisationId, supplierId });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'SupplierContact',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  },

  async updateContact(ctx: Context, input: SupplierContactUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'SupplierContact');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.findContact(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('SupplierContact');
      requireAllowed(ctx, canKeepSuppliers, before.organisationId);
      const fields = validate(supplierContactFields, rest);
      assertUpdated(await repo.updateContact(tx, id, version, fields), 'SupplierContact');
      const after = (await repo.findContact(tx, [before.organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'SupplierContact',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  async deleteContact(ctx: Context, id: string, version: number) {
    assertId(id, 'SupplierContact');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.findContact(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('SupplierContact');
      requireAllowed(ctx, canKeepSuppliers, before.organisationId);
      assertUpdated(await repo.deleteContact(tx, id, version), 'SupplierContact');
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DELETE',
        entityType: 'SupplierContact',
        entityId: id,
        before,
      });
      return true;
    });
  },

  /** Saves the organisation's notes; the first save creates them (version null), later ones need the version. */
  async saveNotes(ctx: Context, input: SupplierNotesInput) {
    const { supplierId, version } = input;
    const { organisationId } = requireAllowed(ctx, canKeepSuppliers);
    const { notes } = validate(supplierNotesFields, { notes: input.notes });
    return inTransaction(ctx, async (tx) => {
      await visibleSupplier(tx, ctx, supplierId);
      const before = await repo.notes(tx, organisationId, supplierId);
      if (!before) {
        if (version != null) throw notFound('SupplierNote');
        const row = await repo.createNotes(tx, organisationId, supplierId, notes);
        await writeAudit(tx, ctx, {
          organisationId,
          action: 'CREATE',
          entityType: 'SupplierNote',
          entityId: row.id,
          after: row,
        });
        return row;
      }
      // Someone saved notes since this editor loaded none, or loaded an older version.
      assertUpdated(await repo.updateNotes(tx, before.id, version ?? -1, notes), 'SupplierNote');
      const after = (await repo.notes(tx, organisationId, supplierId))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'SupplierNote',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  },
};
