import { z } from 'zod';
import { DATA_TYPES, REGISTER_FAMILIES } from '../shared/enums';
import type { RuleMessageKey } from '../shared/rule-errors';
import { payloadErrors } from './data-payload';

/**
 * The payload fields of interfaces, integrations and data-source edges (ADR 0012), as both sides
 * accept them: only known values; an update may send one list only.
 */
export const payloadFields = {
  dataTypes: z.array(z.enum(DATA_TYPES)).max(DATA_TYPES.length).optional(),
  registerFamilies: z.array(z.enum(REGISTER_FAMILIES)).max(REGISTER_FAMILIES.length).optional(),
};

/** Read loosely for the cross-field rules: a malformed list is the field schema's to report. */
export const loosePayload = {
  dataTypes: z.array(z.string()).catch([]),
  registerFamilies: z.array(z.string()).catch([]),
};

/**
 * The payload rule (`payloadErrors`) as zod issues: a register family says where declared data comes
 * from, so it needs a data type beside it; a list names each value once. Checked on the payload as it
 * will be stored, as an update may send one list only.
 */
export function checkPayload(
  payload: { dataTypes: readonly string[]; registerFamilies: readonly string[] },
  ctx: z.RefinementCtx,
): void {
  for (const field of payloadErrors(payload)) {
    const message: RuleMessageKey =
      field === 'registerFamilies' && payload.dataTypes.length === 0
        ? 'field.registerFamilyWithoutDataType'
        : 'field.invalid';
    ctx.addIssue({ code: 'custom', path: [field], params: { message } });
  }
}

/** A whole payload as it will be stored. */
export const dataPayloadRules = z.object(loosePayload).superRefine(checkPayload);
