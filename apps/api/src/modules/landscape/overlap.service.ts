import {
  consolidationSaving,
  contractsByUsage,
  findOverlaps,
  overlapAcceptFields,
  overlapKey,
  overlapReopenFields,
  splitAcceptedOverlaps,
  usageReleasableFrom,
  type CapabilityOverlap,
} from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireOrganisation, requirePermission } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, conflict, invalid, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { contractSettings } from '../contract/contract-settings';
import { preparedLandscape, type PreparedLandscape } from './landscape.service';
import { overlapRepository as repo, type OverlapAcceptanceRow } from './overlap.repository';
import type { OverlapAcceptInput } from './overlap.type';

/** Savings are compared over three years: long enough for a migration to pay back, short enough to plan. */
export const CONSOLIDATION_HORIZON_MONTHS = 36;

/** Each overlap with the saving for every system the user might keep (the UI never picks one by itself). */
async function withConsolidations(ctx: Context, p: PreparedLandscape, overlaps: CapabilityOverlap[]) {
  const usageIds = [...new Set(overlaps.flatMap((o) => o.usages.map((u) => u.usageId)))];
  const [facts, capabilityIds] = await Promise.all([
    repo.consolidationFacts(ctx.prisma, p.organisationId, usageIds),
    repo.capabilityIdsByName(ctx.prisma, p.organisationId),
  ]);
  const defaultMonths = contractSettings(facts.settings).migrationMonths;
  const usageFacts = new Map(facts.usages.map((u) => [u.id, u]));
  const covering = contractsByUsage(p.contracts);
  return overlaps.map((overlap) => {
    const candidates = overlap.usages.map((u) => {
      const f = usageFacts.get(u.usageId);
      return {
        ...u,
        switchingCost: f ? f.switchingCost.toNumber() : 0,
        migrationMonths: f?.migrationMonths ?? defaultMonths,
        releasableFrom: usageReleasableFrom(covering.get(u.usageId), p.today),
      };
    });
    return {
      ...overlap,
      capabilityId: capabilityIds.get(overlap.capability) ?? '',
      consolidations: candidates.map((c) =>
        consolidationSaving(candidates, c.usageId, p.today, CONSOLIDATION_HORIZON_MONTHS),
      ),
    };
  });
}

/** Open overlaps and accepted ones, the acceptances matched by capability id (a rename keeps them). */
async function analyse(ctx: Context, p: PreparedLandscape) {
  const found = findOverlaps(p.graph.usages, p.graph.dataEdges, p.graph.dataSources);
  const [acceptances, capabilityIds] = await Promise.all([
    repo.acceptances(ctx.prisma, p.organisationId),
    repo.capabilityIdsByName(ctx.prisma, p.organisationId),
  ]);
  const idToName = new Map([...capabilityIds].map(([name, id]) => [id, name]));
  const standing = acceptances
    .filter((a) => a.reopenedAt === null && idToName.has(a.capabilityId))
    .map((a) => ({ ...a, capability: idToName.get(a.capabilityId)! }));
  return { found, ...splitAcceptedOverlaps(found.capabilities, standing) };
}

export const overlapService = {
  async analysis(ctx: Context) {
    const p = await preparedLandscape(ctx);
    const { found, open, accepted } = await analyse(ctx, p);
    const [openViews, acceptedViews] = await Promise.all([
      withConsolidations(ctx, p, open),
      withConsolidations(
        ctx,
        p,
        accepted.map((a) => a.overlap),
      ),
    ]);
    return {
      capabilities: openViews,
      accepted: acceptedViews.map((overlap, i) => {
        const names = new Map(overlap.usages.map((u) => [u.usageId, u.name]));
        return { overlap, acceptance: withUsageNames(accepted[i].acceptance, names) };
      }),
      duplicateData: found.duplicateData,
      horizonMonths: CONSOLIDATION_HORIZON_MONTHS,
    };
  },

  /** Every acceptance, open and reopened, newest first, with the systems' current names. */
  async history(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    const rows = await repo.acceptances(ctx.prisma, organisationId);
    const names = await repo.usageNames(ctx.prisma, organisationId, [
      ...new Set(rows.flatMap((r) => r.usageIds)),
    ]);
    return rows.map((r) => withUsageNames(r, names));
  },

  async accept(ctx: Context, input: OverlapAcceptInput) {
    const access = requirePermission(ctx, 'landscape.edit');
    const data = validate(overlapAcceptFields, input);
    const capability = await repo.capability(ctx.prisma, access.organisationId, data.capabilityId);
    if (!capability) {
      throw invalid([
        { field: 'capabilityId', message: 'field.unknownReference', params: { entity: 'Capability' } },
      ]);
    }
    // Only an overlap that is open right now, with exactly these systems, can be accepted. Checked
    // before the transaction: the landscape is read (and cached) outside it, and PGlite has one connection.
    const { open } = await analyse(ctx, await preparedLandscape(ctx, access.organisationId));
    const wanted = overlapKey(capability.name, data.usageIds);
    if (
      !open.some(
        (o) =>
          overlapKey(
            o.capability,
            o.usages.map((u) => u.usageId),
          ) === wanted,
      )
    ) {
      throw conflict('error.overlap.notOpen');
    }
    return inTransaction(ctx, async (tx) => {
      const created = await repo.createAcceptance(tx, {
        organisationId: access.organisationId,
        capabilityId: capability.id,
        usageIds: [...new Set(data.usageIds)].sort(),
        reason: data.reason,
        acceptedById: access.viewer.id,
      });
      await writeAudit(tx, ctx, {
        organisationId: access.organisationId,
        action: 'DECIDE',
        entityType: 'OverlapAcceptance',
        entityId: created.id,
        after: created,
      });
      const names = await repo.usageNames(tx, access.organisationId, created.usageIds);
      return withUsageNames(created, names);
    });
  },

  async reopen(ctx: Context, id: string, version: number, reason: string | null) {
    assertId(id, 'OverlapAcceptance');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.acceptance(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('OverlapAcceptance');
      const access = requirePermission(ctx, 'landscape.edit', before.organisationId);
      const why = validate(overlapReopenFields, { reason }).reason ?? null;
      if (before.reopenedAt !== null) throw conflict('error.overlap.alreadyReopened');
      assertUpdated(
        await repo.reopen(tx, id, version, { reopenedById: access.viewer.id, reopenReason: why || null }),
        'OverlapAcceptance',
      );
      const after = (await repo.acceptance(tx, [before.organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'OverlapAcceptance',
        entityId: id,
        before,
        after,
      });
      const names = await repo.usageNames(tx, before.organisationId, after.usageIds);
      return withUsageNames(after, names);
    });
  },
};

function withUsageNames(row: OverlapAcceptanceRow, names: ReadonlyMap<string, string>) {
  return { ...row, usageNames: row.usageIds.map((id) => names.get(id) ?? '–') };
}
