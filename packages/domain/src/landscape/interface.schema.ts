import { z } from 'zod';
import { ruleFields } from '../shared/fields';
import { fieldAndCrossFieldErrors, type RuleError } from '../shared/rule-errors';
import { checkPayload, loosePayload, payloadFields } from './payload.schema';

/** A catalogue interface as both sides accept it; an update checks `.partial()` of it. */
export const interfaceFields = z.object({
  name: ruleFields.name,
  description: z.string().trim().max(5_000).optional(),
  /** The catalogue system that provides it. */
  providerSystemId: z.uuid().nullish(),
  protocol: z.string().trim().max(100).nullish(),
  dataDescription: z.string().trim().max(2_000).optional(),
  ...payloadFields,
});

export type InterfaceFieldsData = z.output<typeof interfaceFields>;

/** Rules across fields, on the interface as it will be stored: the payload's. */
export const interfaceConsistency = z.object(loosePayload).superRefine(checkPayload);

/** Every rule of a new or edited interface as message keys: the form's check before it sends. */
export const interfaceRuleErrors = (input: Record<string, unknown>): RuleError[] =>
  fieldAndCrossFieldErrors(interfaceFields, interfaceConsistency, input);
