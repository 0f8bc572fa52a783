import { canAdministerOrganisation, canEditLandscape } from '../shared/permissions';
import type { Role } from '../shared/roles';
import { chainFrom } from '../shared/tree-links';

/** The viewer as the usage rule sees them, in the usage's organisation. */
export interface UsageEditor {
  viewerId: string;
  roles: readonly Role[];
  /** The unit the viewer belongs to there (their membership's unit), null when none is set. */
  unitId: string | null;
  /**
   * Acts for the whole organisation rather than as a person: a READ_WRITE API token (ADR 0026). An
   * integration such as a KITOS sync keeps every usage, so it is not limited to usages it keeps.
   */
  organisationWide?: boolean;
}

/** Who keeps a system usage: its system owner (systemejer), custodian (systemansvarlig) and unit. */
export interface UsageKeepers {
  ownerUserId: string | null;
  custodianUserId: string | null;
  responsibleUnitId: string | null;
}

/** The organisation's setting and the unit tree it reads (ADR 0029). */
export interface UsageEditPolicy {
  /** System owners may also edit the usages of their own unit and its sub-units. */
  systemOwnersEditUnitUsages: boolean;
  units: readonly { id: string; parentId: string | null }[];
}

/**
 * Why the viewer may or may not edit a usage. Allowed: an administrator; a landscape editor who is
 * its owner or custodian; with the unit setting on, a landscape editor whose unit is the usage's or
 * above it. Refused: without the landscape role at all, or a system owner who keeps neither it nor
 * (with the setting on) its unit. The web app names the refusal next to the missing controls.
 */
export type UsageEditRight =
  | { allowed: true; because: 'ADMINISTRATOR' | 'INTEGRATION' | 'OWNER' | 'CUSTODIAN' | 'UNIT' }
  | { allowed: false; because: 'NOT_LANDSCAPE_EDITOR' | 'NOT_KEEPER' | 'NOT_KEEPER_OR_UNIT' };

/** Whether `unitId` is `ancestorId` or one of its sub-units, by the parents in `units`. */
function isWithin(
  unitId: string,
  ancestorId: string,
  units: readonly { id: string; parentId: string | null }[],
) {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  return chainFrom(unitId, (id) => parentOf.get(id)).includes(ancestorId);
}

export function usageEditRight(
  editor: UsageEditor,
  usage: UsageKeepers,
  policy: UsageEditPolicy,
): UsageEditRight {
  if (canAdministerOrganisation(editor.roles)) return { allowed: true, because: 'ADMINISTRATOR' };
  if (!canEditLandscape(editor.roles)) return { allowed: false, because: 'NOT_LANDSCAPE_EDITOR' };
  if (editor.organisationWide) return { allowed: true, because: 'INTEGRATION' };
  if (usage.ownerUserId === editor.viewerId) return { allowed: true, because: 'OWNER' };
  if (usage.custodianUserId === editor.viewerId) return { allowed: true, because: 'CUSTODIAN' };
  if (!policy.systemOwnersEditUnitUsages) return { allowed: false, because: 'NOT_KEEPER' };
  if (
    editor.unitId &&
    usage.responsibleUnitId &&
    isWithin(usage.responsibleUnitId, editor.unitId, policy.units)
  ) {
    return { allowed: true, because: 'UNIT' };
  }
  return { allowed: false, because: 'NOT_KEEPER_OR_UNIT' };
}

/** Editing a system usage and everything that hangs on it (data-source links, integrations, references). */
export const canEditSystemUsage = (editor: UsageEditor, usage: UsageKeepers, policy: UsageEditPolicy) =>
  usageEditRight(editor, usage, policy).allowed;

/**
 * An integration joins two usages; whoever may edit either end documents it, since each system's
 * owner records the interfaces their system takes part in.
 */
export const canEditIntegration = (
  editor: UsageEditor,
  ends: readonly [UsageKeepers, UsageKeepers],
  policy: UsageEditPolicy,
) => ends.some((end) => canEditSystemUsage(editor, end, policy));
