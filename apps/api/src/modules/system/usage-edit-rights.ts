import {
  canEditIntegration,
  canEditLandscape,
  canEditSystemUsage,
  type UsageEditPolicy,
  type UsageEditor,
  type UsageKeepers,
} from '@overblik/domain';
import type { Context } from '../../context';
import { requireOrganisation, type OrganisationAccess } from '../../shared/access';
import type { Tx } from '../../shared/audit';
import { forbidden } from '../../shared/errors';
import { systemOwnersEditUnitUsagesOf } from '../organisation/organisation-settings.service';
import { usageEditRightsRepository as repo } from './usage-edit-rights.repository';

type Keepers = UsageKeepers & { organisationId: string };

/**
 * The viewer and the organisation's policy as `canEditSystemUsage` reads them (the rule the web app
 * asks too), or null when the viewer's roles rule out every usage. The unit tree is read only when
 * the setting is on and the viewer has a unit.
 */
async function editorAndPolicy(
  tx: Tx,
  { roles, viewer, organisationId }: OrganisationAccess,
): Promise<{ editor: UsageEditor; policy: UsageEditPolicy } | null> {
  if (!canEditLandscape(roles)) return null;
  const { unitId, settings } = await repo.viewerFacts(tx, organisationId, viewer.id);
  const systemOwnersEditUnitUsages = systemOwnersEditUnitUsagesOf(settings);
  const units = systemOwnersEditUnitUsages && unitId ? await repo.units(tx, organisationId) : [];
  return {
    editor: { viewerId: viewer.id, roles, unitId, organisationWide: !!viewer.apiToken },
    policy: { systemOwnersEditUnitUsages, units },
  };
}

/** The policy in the chosen organisation as the web app asks `canEditSystemUsage` with it. */
export async function usageEditPolicy(ctx: Context) {
  const { organisationId, viewer } = requireOrganisation(ctx);
  const [{ unitId, settings }, units] = await Promise.all([
    repo.viewerFacts(ctx.prisma, organisationId, viewer.id),
    repo.units(ctx.prisma, organisationId),
  ]);
  return { viewerUnitId: unitId, systemOwnersEditUnitUsages: systemOwnersEditUnitUsagesOf(settings), units };
}

/** Refuses (FORBIDDEN) unless the viewer may edit the usage, in the usage's organisation. */
export async function requireUsageEditor(ctx: Context, tx: Tx, usage: Keepers): Promise<OrganisationAccess> {
  const access = requireOrganisation(ctx, usage.organisationId);
  const facts = await editorAndPolicy(tx, access);
  if (!facts || !canEditSystemUsage(facts.editor, usage, facts.policy)) throw forbidden();
  return access;
}

/** An integration: whoever may edit either of its two usages (`canEditIntegration`). */
export async function requireIntegrationEditor(
  ctx: Context,
  tx: Tx,
  ends: readonly [Keepers, Keepers],
): Promise<OrganisationAccess> {
  const access = requireOrganisation(ctx, ends[0].organisationId);
  const facts = await editorAndPolicy(tx, access);
  if (!facts || !canEditIntegration(facts.editor, ends, facts.policy)) throw forbidden();
  return access;
}
