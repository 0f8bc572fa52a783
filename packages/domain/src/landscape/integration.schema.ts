import { z } from 'zod';
import { INTEGRATION_DIRECTIONS } from '../shared/enums';
import { fieldAndCrossFieldErrors, rule, type RuleError } from '../shared/rule-errors';
import { checkPayload, loosePayload, payloadFields } from './payload.schema';

/** An integration's facts as both sides accept them; every one optional, as an update sends changes. */
export const integrationFields = z.object({
  interfaceId: z.uuid().nullish(),
  data: z.string().trim().max(2_000).optional(),
  direction: z.enum(INTEGRATION_DIRECTIONS).optional(),
  frequency: z.string().trim().max(200).optional(),
  contractId: z.uuid().nullish(),
  /** How long moving the integration takes; null uses the organisation's default. */
  migrationMonths: z.number().int().min(0).max(60).nullish(),
  ...payloadFields,
});

/** A new integration names both ends: the usage the data flows from and the one it flows to. */
export const integrationCreate = integrationFields.extend({
  fromUsageId: z.uuid(),
  toUsageId: z.uuid(),
});

export type IntegrationFieldsData = z.output<typeof integrationFields>;

const looseId = z.string().nullish().catch(null);

/**
 * Rules across fields, on the integration as it will be stored: data flows between two different
 * systems, and the payload's rule.
 */
export const integrationConsistency = z
  .object({ fromUsageId: looseId, toUsageId: looseId, ...loosePayload })
  .superRefine(checkPayload)
  .refine(
    (v) => !v.fromUsageId || !v.toUsageId || v.fromUsageId !== v.toUsageId,
    rule('field.integrationToItself', 'toUsageId'),
  );

/** Every rule of a new integration (both ends given) or an edited one, as message keys. */
export const integrationRuleErrors = (input: Record<string, unknown>): RuleError[] =>
  fieldAndCrossFieldErrors(
    'fromUsageId' in input || 'toUsageId' in input ? integrationCreate : integrationFields,
    integrationConsistency,
    input,
  );
