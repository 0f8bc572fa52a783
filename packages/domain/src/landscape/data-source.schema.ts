import { z } from 'zod';
import { CHANNELS, DATA_SOURCE_KINDS, LIFECYCLES } from '../shared/enums';
import { ruleFields } from '../shared/fields';
import { fieldAndCrossFieldErrors, rule, type RuleError } from '../shared/rule-errors';

/** A catalogue data source as both sides accept it; an update checks `.partial()` of it. */
export const dataSourceFields = z.object({
  name: ruleFields.name,
  description: z.string().max(5_000).optional(),
  kind: z.enum(DATA_SOURCE_KINDS),
  registerFamily: z.string().trim().max(50).nullish(),
  /** For a copy register: the authoritative source it copies. */
  copyOfId: z.uuid().nullish(),
  supplierId: z.uuid().nullish(),
  defaultChannel: z.enum(CHANNELS).optional(),
  costModel: z.string().max(2_000).optional(),
  lifecycle: z.enum(LIFECYCLES).optional(),
  /** When the source closes (a copy register being phased out). */
  endsOn: ruleFields.isoDate.nullish(),
});

export type DataSourceFieldsData = z.output<typeof dataSourceFields>;

const looseId = z.string().nullish().catch(null);

/**
 * Rules across fields, on the source as it will be stored (the API merges an update into the stored
 * row first): a source cannot be a copy of itself, which would make it its own authoritative source.
 */
export const dataSourceConsistency = z
  .object({ id: looseId, copyOfId: looseId })
  .refine((v) => !v.id || !v.copyOfId || v.id !== v.copyOfId, rule('field.copyOfSelf', 'copyOfId'));

/** Every rule of a new or edited source (`id` set when editing), as message keys: the form's check before it sends. */
export const dataSourceRuleErrors = (input: Record<string, unknown>): RuleError[] =>
  fieldAndCrossFieldErrors(dataSourceFields, dataSourceConsistency, input);
