import { randomUUID } from 'node:crypto';
import {
  canEditCatalogueSystem,
  catalogueEntryCreate,
  catalogueEntryFields,
  systemParentErrors,
  type CatalogueEntryFieldsData,
} from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requirePermission, requireActor } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, forbidden, invalid, notFound, type FieldError } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type { ItSystemInput, ItSystemUpdateInput } from './system.input';
import { systemCatalogueRepository as repo } from './system-catalogue.repository';

/** The entry as its references are checked: who sees it decides what it may point at. */
interface Entry {
  id: string;
  visibility: 'LOCAL' | 'SHARED';
  ownerOrganisationId: string | null;
}

/**
 * Whether everyone who sees the entry also sees the referenced row: a shared entry may only point
 * at shared rows, a local one also at its own organisation's local rows.
 */
const seenByReaders = (entry: Entry, row: { visibility: string; ownerOrganisationId: string | null }) =>
  row.visibility === 'SHARED' ||
  (entry.visibility === 'LOCAL' && row.ownerOrganisationId === entry.ownerOrganisationId);

const unknown = (field: string, entity: string): FieldError => ({
  field,
  message: 'field.unknownReference',
  params: { entity },
});

/** The rights holder and the parent must exist for the entry's readers; the parent may not close a loop. */
async function checkReferences(tx: Tx, ctx: Context, entry: Entry, fields: CatalogueEntryFieldsData) {
  const orgs = memberOrganisationIds(ctx);
  const errors: FieldError[] = [];
  if (fields.supplierId) {
    const supplier = await repo.visibleSupplier(tx, orgs, fields.supplierId);
    if (!supplier || !seenByReaders(entry, supplier)) errors.push(unknown('supplierId', 'Supplier'));
  }
  if (fields.parentSystemId) {
    const parent = await repo.visible(tx, orgs, fields.parentSystemId);
    // A shared entry below a local one has a rule message of its own; another organisation's is unknown.
    if (!parent || (entry.visibility === 'LOCAL' && !seenByReaders(entry, parent))) {
      errors.push(unknown('parentSystemId', 'ItSystem'));
    } else {
      errors.push(...systemParentErrors(entry, parent, await repo.ancestry(tx, parent.id)));
    }
  }
  if (errors.length) throw invalid(errors);
}

/** Stored form: an emptied former name is no former name. */
const toData = (fields: CatalogueEntryFieldsData) => ({
  ...fields,
  formerName: fields.formerName === undefined ? undefined : fields.formerName || null,
});

/** The catalogue's own facts (KITOS IT-System), kept by the people `canEditCatalogueSystem` names. */
export const systemCatalogueService = {
  /** Registers an entry on behalf of the viewer's organisation, which then owns (and may edit) it. */
  async create(ctx: Context, input: ItSystemInput) {
    const { organisationId } = requirePermission(ctx, 'landscape.edit');
    const data = validate(catalogueEntryCreate, input);
    const entry = { id: randomUUID(), visibility: data.visibility, ownerOrganisationId: organisationId };
    return inTransaction(ctx, async (tx) => {
      await checkReferences(tx, ctx, entry, data);
      const row = await repo.create(tx, { ...toData(data), ...entry });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'ItSystem',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  },

  async update(ctx: Context, input: ItSystemUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'ItSystem');
    return inTransaction(ctx, async (tx) => {
      // Another organisation's local entry is not there for the viewer at all.
      const before = await repo.visible(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('ItSystem');
      if (!canEditCatalogueSystem(requireActor(ctx), before)) throw forbidden();
      const fields = validate(catalogueEntryFields, rest);
      await checkReferences(tx, ctx, before, fields);
      assertUpdated(await repo.update(tx, id, version, toData(fields)), 'ItSystem');
      const after = (await repo.visible(tx, memberOrganisationIds(ctx), id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.ownerOrganisationId,
        action: 'UPDATE',
        entityType: 'ItSystem',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },
};
