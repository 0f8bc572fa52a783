import type { IsoDate } from '@overblik/domain';
import {
  benefitAsStored,
  benefitConsistency,
  benefitCreate,
  benefitFields,
  type BenefitFieldsInput,
} from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireOrganisation } from '../../shared/access';
import { type Tx, writeAudit } from '../../shared/audit';
import { assertId, type FieldError, invalid, notFound, UUID } from '../../shared/errors';
import { pageWindow, type PageArgs } from '../../shared/pagination';
import { isoDate, toDbDate } from '../../shared/scalars';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { requireBenefitEditor } from './benefit-access';
import { verifyBenefits } from './benefit-verification';
import type { BenefitCreateInput, BenefitFilter, BenefitSort, BenefitUpdateInput } from './benefit.input';
import { type BenefitRow, benefitRepository as repo } from './benefit.repository';
import { toBenefitNode } from './benefit.view';

/** Rows → API nodes, verifying the tied benefits of the whole batch with one load. */
export async function toNodes(ctx: Context, organisationId: string, rows: BenefitRow[]) {
  const today = ctx.today;
  const verifications = await verifyBenefits(ctx.prisma, organisationId, rows, today);
  return rows.map((row) => toBenefitNode(row, verifications.get(row.id) ?? null, today));
}

/** A benefit as the API shows it, read inside the transaction that just changed it. */
export async function loadNode(db: Tx, organisationId: string, id: string, today: IsoDate) {
  const row = (await repo.byId(db, [organisationId], id))!;
  const verifications = await verifyBenefits(db, organisationId, [row], today);
  return toBenefitNode(row, verifications.get(id) ?? null, today);
}

/** Column values from validated fields (dates to DB dates, the profile handled separately). */
function toData(fields: BenefitFieldsInput) {
  const { profile: _profile, verificationKind, startDate, dueDate, ...rest } = fields;
  return {
    ...rest,
    ...(verificationKind !== undefined ? { verification: verificationKind } : {}),
    startDate: toDbDate(startDate),
    dueDate: toDbDate(dueDate),
  };
}

/** Users, unit and the verification target must belong to the benefit's organisation. */
async function checkReferences(
  tx: Tx,
  organisationId: string,
  fields: BenefitFieldsInput,
  verification: { kind: string; usageId: string | null; contractId: string | null; edgeId: string | null },
) {
  const errors: FieldError[] = [];
  const unknown = (field: string, entity: string) =>
    errors.push({ field, message: 'field.unknownReference', params: { entity } });
  for (const field of ['responsibleUserId', 'accountableUserId'] as const) {
    const userId = fields[field];
    if (
      userId &&
      (await repo.referencesInOrganisation(tx, organisationId, { userIds: [userId], unitIds: [] })).users ===
        0
    )
      unknown(field, 'User');
  }
  if (
    fields.harvestingUnitId &&
    (
      await repo.referencesInOrganisation(tx, organisationId, {
        userIds: [],
        unitIds: [fields.harvestingUnitId],
      })
    ).units === 0
  )
    unknown('harvestingUnitId', 'Unit');
  const target =
    verification.kind === 'USAGE_RETIRED'
      ? { field: 'verificationUsageId', entity: 'SystemUsage', ids: { usageId: verification.usageId! } }
      : verification.kind === 'CONTRACT_ENDED'
        ? {
            field: 'verificationContractId',
            entity: 'Contract',
            ids: { contractId: verification.contractId! },
          }
        : verification.kind === 'COPY_REGISTER_REPLACED'
          ? { field: 'verificationEdgeId', entity: 'UsageDataSource', ids: { edgeId: verification.edgeId! } }
          : null;
  if (target && !(await repo.verificationTargetExists(tx, organisationId, target.ids)))
    unknown(target.field, target.entity);
  if (errors.length) throw invalid(errors);
}

const profilePoints = (fields: BenefitFieldsInput) =>
  fields.profile?.map((p) => ({ date: toDbDate(p.date)!, plannedValue: p.plannedValue }));

export const benefitService = {
  async list(ctx: Context, filter: BenefitFilter | null, sort: BenefitSort | null, page: PageArgs) {
    const { organisationId } = requireOrganisation(ctx);
    const window = pageWindow(page);
    const result = await repo.list(
      ctx.prisma,
      { organisationId, ...filter },
      { field: sort?.field ?? 'TITLE', direction: sort?.direction ?? 'asc' },
      window,
    );
    return {
      items: await toNodes(ctx, organisationId, result.items),
      totalCount: result.totalCount,
      offset: window.skip,
      limit: window.take,
    };
  },

  async benefit(ctx: Context, id: string) {
    assertId(id, 'Benefit');
    const row = await repo.byId(ctx.prisma, memberOrganisationIds(ctx), id);
    if (!row) throw notFound('Benefit');
    return (await toNodes(ctx, row.organisationId, [row]))[0];
  },

  async create(ctx: Context, input: BenefitCreateInput) {
    const { organisationId } = requireOrganisation(ctx);
    return inTransaction(ctx, async (tx) => {
      // Who may create it depends on its project; the permission is settled before the rules.
      const wanted = input.projectId ?? null;
      const project = wanted && UUID.test(wanted) ? await repo.project(tx, [organisationId], wanted) : null;
      requireBenefitEditor(ctx, organisationId, project);
      if (wanted && !project) {
        throw invalid([
          { field: 'projectId', message: 'field.unknownReference', params: { entity: 'Project' } },
        ]);
      }
      const { projectId, ...fields } = validate(benefitCreate, input);
      const verification = {
        kind: fields.verificationKind ?? 'NONE',
        usageId: fields.verificationUsageId ?? null,
        contractId: fields.verificationContractId ?? null,
        edgeId: fields.verificationEdgeId ?? null,
      };
      validate(benefitConsistency, benefitAsStored(fields));
      await checkReferences(tx, organisationId, fields, verification);
      const { id } = await repo.create(tx, {
        ...toData(fields),
        title: fields.title,
        type: fields.type,
        projectId,
        organisationId,
      });
      await repo.replaceProfile(tx, id, profilePoints(fields) ?? []);
      const after = await loadNode(tx, organisationId, id, ctx.today);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Benefit',
        entityId: id,
        after,
      });
      return after;
    });
  },

  async update(ctx: Context, input: BenefitUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'Benefit');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.byId(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Benefit');
      const { organisationId } = before;
      const project = before.projectId ? await repo.project(tx, [organisationId], before.projectId) : null;
      requireBenefitEditor(ctx, organisationId, project);
      const fields = validate(benefitFields, rest);
      // The rules hold for the benefit as it will be stored: the change merged into the stored row.
      const merged = {
        type: fields.type ?? before.type,
        cashable: fields.cashable ?? before.cashable,
        baseline: pickNumber(fields.baseline, before.baseline),
        target: pickNumber(fields.target, before.target),
        direction: fields.direction ?? before.direction,
        startDate: fields.startDate !== undefined ? fields.startDate : isoDate(before.startDate),
        dueDate: fields.dueDate !== undefined ? fields.dueDate : isoDate(before.dueDate),
        verificationKind: fields.verificationKind ?? before.verification,
        verificationUsageId: pick(fields.verificationUsageId, before.verificationUsageId),
        verificationContractId: pick(fields.verificationContractId, before.verificationContractId),
        verificationEdgeId: pick(fields.verificationEdgeId, before.verificationEdgeId),
      };
      validate(benefitConsistency, merged);
      await checkReferences(tx, organisationId, fields, {
        kind: merged.verificationKind,
        usageId: merged.verificationUsageId,
        contractId: merged.verificationContractId,
        edgeId: merged.verificationEdgeId,
      });
      assertUpdated(await repo.update(tx, id, version, toData(fields)), 'Benefit');
      const points = profilePoints(fields);
      if (points) await repo.replaceProfile(tx, id, points);
      const after = await loadNode(tx, organisationId, id, ctx.today);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Benefit',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  /**
   * Deletes a benefit with its profile and measurements (the audit entry keeps them). Map nodes
   * that stood for it stay in the project's map without the link.
   */
  async delete(ctx: Context, id: string, version: number) {
    assertId(id, 'Benefit');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.byId(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Benefit');
      const { organisationId } = before;
      const project = before.projectId ? await repo.project(tx, [organisationId], before.projectId) : null;
      requireBenefitEditor(ctx, organisationId, project);
      assertUpdated(await repo.delete(tx, id, version), 'Benefit');
      await repo.unlinkMapNodes(tx, id);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'DELETE',
        entityType: 'Benefit',
        entityId: id,
        before,
      });
      return true;
    });
  },
};

const pick = (change: string | null | undefined, stored: string | null) =>
  change !== undefined ? change : stored;

const pickNumber = (change: number | null | undefined, stored: { toString(): string } | null) =>
  change !== undefined ? change : stored === null ? null : Number(stored);
