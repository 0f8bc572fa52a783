import {
  DATA_TYPES,
  REGISTER_FAMILIES,
  normalisePayload,
  payloadErrors,
  type DataPayload,
  type DataType,
  type RegisterFamily,
} from '@overblik/domain';
import { z } from 'zod';
import { invalid } from './errors';

/**
 * The payload fields of interfaces, integrations and data-source edges (ADR 0012): zod refuses
 * unknown values; `checkedPayload` applies the domain's rule to the payload as it will be stored.
 */
export const payloadFields = {
  dataTypes: z.array(z.enum(DATA_TYPES)).max(DATA_TYPES.length).optional(),
  registerFamilies: z.array(z.enum(REGISTER_FAMILIES)).max(REGISTER_FAMILIES.length).optional(),
};

type PayloadInput = {
  dataTypes?: DataPayload['dataTypes'];
  registerFamilies?: DataPayload['registerFamilies'];
};

/**
 * The payload to write: the input's fields over the stored ones (an update may send one list only),
 * checked as a whole and sorted into list order; empty when the input changes neither list.
 */
export function checkedPayload(
  input: PayloadInput,
  stored?: DataPayload,
): { dataTypes?: DataType[]; registerFamilies?: RegisterFamily[] } {
  if (input.dataTypes === undefined && input.registerFamilies === undefined) return {};
  const merged = {
    dataTypes: input.dataTypes ?? stored?.dataTypes ?? [],
    registerFamilies: input.registerFamilies ?? stored?.registerFamilies ?? [],
  };
  const errors = payloadErrors(merged);
  if (errors.length) {
    throw invalid(
      errors.map((field) =>
        field === 'registerFamilies' && merged.dataTypes.length === 0
          ? { field, message: 'field.registerFamilyWithoutDataType' as const }
          : { field, message: 'field.invalid' as const },
      ),
    );
  }
  const { dataTypes, registerFamilies } = normalisePayload(merged);
  return { dataTypes: [...dataTypes], registerFamilies: [...registerFamilies] };
}
