import {
  ALERT_RECIPIENTS,
  DEFAULT_PROCUREMENT_LEAD_MONTHS,
  type AlertRecipient,
  type PurchaseForm,
} from '@overblik/domain';
import { z } from 'zod';

/** The contract part of Organisation.settings; every key is optional and falls back to a default. */
export interface ContractSettings {
  procurementLeadMonths: Record<PurchaseForm, number>;
  /** Default migration time for a usage or integration without its own (SystemUsage/Integration.migrationMonths). */
  migrationMonths: number;
  alertHorizonMonths: number;
  noticeWarningDays: number;
  invoiceTolerancePercent: number;
  /** Who contract alerts go to; by default every group, as before the setting existed. */
  alertRecipients: AlertRecipient[];
}

const months = z.number().int().min(0).max(120);
const schema = z.object({
  procurementLeadMonths: z
    .object({
      EU_TENDER: months,
      MINI_TENDER: months,
      DIRECT_AWARD: months,
      FRAMEWORK_CALL_OFF: months,
      OTHER: months,
    })
    .partial()
    .optional()
    .catch(undefined),
  migrationMonths: months.optional().catch(undefined),
  alertHorizonMonths: months.optional().catch(undefined),
  noticeWarningDays: z.number().int().min(0).max(3650).optional().catch(undefined),
  invoiceTolerancePercent: z.number().min(0).max(100).optional().catch(undefined),
  alertRecipients: z.array(z.enum(ALERT_RECIPIENTS)).min(1).optional().catch(undefined),
});

/** Reads the settings JSON leniently: a malformed value falls back to its default rather than failing reads. */
export function contractSettings(json: unknown): ContractSettings {
  const parsed = schema.safeParse(json ?? {});
  const s = parsed.success ? parsed.data : {};
  return {
    procurementLeadMonths: { ...DEFAULT_PROCUREMENT_LEAD_MONTHS, ...s.procurementLeadMonths },
    migrationMonths: s.migrationMonths ?? 0,
    alertHorizonMonths: s.alertHorizonMonths ?? 12,
    noticeWarningDays: s.noticeWarningDays ?? 90,
    invoiceTolerancePercent: s.invoiceTolerancePercent ?? 2,
    alertRecipients: s.alertRecipients ?? [...ALERT_RECIPIENTS],
  };
}
