import { z } from 'zod';
import { ACCESSES, CHANNELS } from '../shared/enums';
import { ruleFields } from '../shared/fields';
import { fieldAndCrossFieldErrors, rule, type RuleError } from '../shared/rule-errors';
import { checkPayload, loosePayload, payloadFields } from './payload.schema';

/** How a system usage uses a data source, as both sides accept it; every field optional, as an update sends changes. */
export const usageDataSourceFields = z.object({
  purpose: z.string().trim().max(2_000).optional(),
  access: z.enum(ACCESSES).optional(),
  volume: z.string().trim().max(200).optional(),
  yearlyCost: ruleFields.money.optional(),
  channel: z.enum(CHANNELS).optional(),
  authoritative: z.boolean().optional(),
  /** The source the usage is planned to switch to (an authoritative one, for a copy register). */
  plannedTargetSourceId: z.uuid().nullish(),
  plannedSwitchDate: ruleFields.isoDate.nullish(),
  /** One-off cost of the switch; weighed against the yearly cost saved. */
  switchingCost: ruleFields.money.optional(),
  ...payloadFields,
});

/** A new edge names the usage and the source it uses. */
export const usageDataSourceCreate = usageDataSourceFields.extend({
  usageId: z.uuid(),
  dataSourceId: z.uuid(),
});

export type UsageDataSourceFieldsData = z.output<typeof usageDataSourceFields>;

const looseText = z.string().nullish().catch(null);

/**
 * Rules across fields, on the edge as it will be stored (the API merges an update into the stored
 * row first): switching to the source already used is no switch, and the payload's rule. A switch
 * date needs no target: a copy register's edge switches to the source the copy copies.
 */
export const usageDataSourceConsistency = z
  .object({
    dataSourceId: looseText,
    plannedTargetSourceId: looseText,
    ...loosePayload,
  })
  .superRefine(checkPayload)
  .refine(
    (v) => !v.plannedTargetSourceId || v.plannedTargetSourceId !== v.dataSourceId,
    rule('field.switchToSameSource', 'plannedTargetSourceId'),
  );

/**
 * Every rule of a new edge (`usageId` and `dataSourceId` given) or an edited one (`dataSourceId`
 * for the cross-field rules only), as message keys: the form's check before it sends.
 */
export const usageDataSourceRuleErrors = (input: Record<string, unknown>): RuleError[] =>
  fieldAndCrossFieldErrors(
    'usageId' in input ? usageDataSourceCreate : usageDataSourceFields,
    usageDataSourceConsistency,
    input,
  );
