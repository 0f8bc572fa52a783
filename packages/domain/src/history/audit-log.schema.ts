import { z } from 'zod';
import { ruleFields } from '../shared/fields';
import { rule } from '../shared/rule-errors';

/** Actions the audit log records (apps/api/src/shared/audit.ts), for the log's filter. */
export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'DECIDE', 'REORDER', 'SIGN_IN'] as const;

/** The organisation-wide audit log's filters; days are Copenhagen calendar days, both ends included. */
export const auditLogFilterSchema = z
  .object({
    entityType: z.string().trim().min(1).max(100).nullish(),
    userId: z.uuid().nullish(),
    action: z.enum(AUDIT_ACTIONS).nullish(),
    from: ruleFields.isoDate.nullish(),
    to: ruleFields.isoDate.nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, rule('field.dateOrder', 'to'));
export type AuditLogFilter = z.output<typeof auditLogFilterSchema>;
