import { canKeepReferences, externalReferenceFields } from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireAllowed, requireOrganisation } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, notFound } from '../../shared/errors';
import type { ReferenceSubject } from '../../shared/enums';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type { ExternalReferenceCreateInput, ExternalReferenceUpdateInput } from './reference.input';
import { requireUsageEditor } from '../system/usage-edit-rights';
import { usageEditRightsRepository as rights } from '../system/usage-edit-rights.repository';
import { referenceRepository as repo } from './reference.repository';

/** The subject's name in messages, as the other modules name their entities. */
const ENTITY: Record<ReferenceSubject, string> = {
  SYSTEM_USAGE: 'SystemUsage',
  DATA_SOURCE: 'DataSource',
  CONTRACT: 'Contract',
  PROJECT: 'Project',
  BENEFIT: 'Benefit',
};

/** A system usage's references are kept by whoever may edit the usage (`canEditSystemUsage`). */
async function requireSubjectEditor(
  ctx: Context,
  tx: Tx,
  organisationId: string,
  subject: ReferenceSubject,
  subjectId: string,
) {
  if (subject !== 'SYSTEM_USAGE') return;
  const [usage] = await rights.keepers(tx, [organisationId], [subjectId]);
  if (!usage) throw notFound('SystemUsage');
  await requireUsageEditor(ctx, tx, usage);
}

export const referenceService = {
  /** The chosen organisation's references on one subject it can see. */
  async list(ctx: Context, subject: ReferenceSubject, subjectId: string) {
    assertId(subjectId, ENTITY[subject]);
    const { organisationId } = requireOrganisation(ctx);
    if (!(await repo.subjectVisible(ctx.prisma, organisationId, subject, subjectId))) {
      throw notFound(ENTITY[subject]);
    }
    return repo.list(ctx.prisma, organisationId, subject, subjectId);
  },

  async create(ctx: Context, input: ExternalReferenceCreateInput) {
    const { subject, subjectId, ...rest } = input;
    assertId(subjectId, ENTITY[subject]);
    const { organisationId } = requireAllowed(ctx, canKeepReferences(subject));
    return inTransaction(ctx, async (tx) => {
      if (!(await repo.subjectVisible(tx, organisationId, subject, subjectId)))
        throw notFound(ENTITY[subject]);
      await requireSubjectEditor(ctx, tx, organisationId, subject, subjectId);
      const fields = validate(externalReferenceFields, rest);
      const row = await repo.create(tx, { ...fields, organisationId, subject, subjectId });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'ExternalReference',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  },

  async update(ctx: Context, input: ExternalReferenceUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'ExternalReference');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.find(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('ExternalReference');
      requireAllowed(ctx, canKeepReferences(before.subject), before.organisationId);
      await requireSubjectEditor(ctx, tx, before.organisationId, before.subject, before.subjectId);
      const fields = validate(externalReferenceFields, rest);
      assertUpdated(await repo.update(tx, id, version, fields), 'ExternalReference');
      const after = (await repo.find(tx, [before.organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'ExternalReference',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  async delete(ctx: Context, id: string, version: number) {
    assertId(id, 'ExternalReference');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.find(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('ExternalReference');
      requireAllowed(ctx, canKeepReferences(before.subject), before.organisationId);
      await requireSubjectEditor(ctx, tx, before.organisationId, before.subject, before.subjectId);
      assertUpdated(await repo.delete(tx, id, version), 'ExternalReference');
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DELETE',
        entityType: 'ExternalReference',
        entityId: id,
        before,
      });
      return true;
    });
  },
};
