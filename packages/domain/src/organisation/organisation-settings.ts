import { z } from 'zod';
import { isValidCvr } from '../shared/cvr';
import { PURCHASE_FORMS } from '../shared/enums';
import { ruleFields } from '../shared/fields';
import { rule } from '../shared/rule-errors';

/**
 * Who a contract alert goes to, as groups the organisation switches on: the contract's owner, its
 * manager, the owners of the systems it covers, and everyone holding the contract-manager role.
 */
export const ALERT_RECIPIENTS = [
  'CONTRACT_OWNER',
  'CONTRACT_MANAGER',
  'SYSTEM_OWNERS',
  'ALL_CONTRACT_MANAGERS',
] as const;
export type AlertRecipient = (typeof ALERT_RECIPIENTS)[number];

export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const months = (min: number, max: number) => z.number().int().min(min).max(max);
const leadMonths = months(0, 36);

/**
 * The organisation settings an administrator edits (ADR 0019), checked alike by the settings form
 * and the API. Lead times and horizons are whole months; a blank CVR is null.
 */
export const organisationSettingsSchema = z.object({
  name: ruleFields.name,
  cvr: z.string().trim().refine(isValidCvr, rule('field.cvr')).nullable(),
  /** The re-tender horizon: how far ahead of a contract's decision date its alert is raised. */
  alertHorizonMonths: months(1, 60),
  procurementLeadMonths: z.object(
    Object.fromEntries(PURCHASE_FORMS.map((form) => [form, leadMonths])) as Record<
      (typeof PURCHASE_FORMS)[number],
      typeof leadMonths
    >,
  ),
  /** Default migration time for a system or integration without its own. */
  migrationMonths: months(0, 36),
  alertRecipients: z.array(z.enum(ALERT_RECIPIENTS)).min(1),
  defaultLocale: z.enum(LOCALES),
  /** System owners may also edit the usages of their unit and its sub-units (ADR 0029). */
  systemOwnersEditUnitUsages: z.boolean(),
});
export type OrganisationSettingsInput = z.input<typeof organisationSettingsSchema>;

/** The people a contract alert can go to, by the group that makes them a recipient. */
export interface AlertRoleHolders {
  contractOwnerId: string | null;
  contractManagerId: string | null;
  systemOwnerIds: readonly (string | null)[];
  contractManagerRoleIds: readonly string[];
}

/** The recipients of one contract's alert under the organisation's chosen groups, each once. */
export function alertRecipientIds(groups: readonly AlertRecipient[], holders: AlertRoleHolders): string[] {
  const chosen = new Set(groups);
  const ids = [
    ...(chosen.has('CONTRACT_OWNER') ? [holders.contractOwnerId] : []),
    ...(chosen.has('CONTRACT_MANAGER') ? [holders.contractManagerId] : []),
    ...(chosen.has('SYSTEM_OWNERS') ? holders.systemOwnerIds : []),
    ...(chosen.has('ALL_CONTRACT_MANAGERS') ? holders.contractManagerRoleIds : []),
  ];
  return [...new Set(ids.filter((id): id is string => !!id))];
}
