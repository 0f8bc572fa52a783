import {
  dataPayloadRules,
  normalisePayload,
  type DataPayload,
  type DataType,
  type RegisterFamily,
} from '@overblik/domain';
import { validate } from './validation';

type PayloadInput = {
  dataTypes?: DataPayload['dataTypes'];
  registerFamilies?: DataPayload['registerFamilies'];
};

/**
 * The payload to write (ADR 0012): the input's lists over the stored ones (an update may send one
 * list only), checked as a whole by the shared payload rule and sorted into list order; empty when
 * the input changes neither list.
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
  validate(dataPayloadRules, merged);
  const { dataTypes, registerFamilies } = normalisePayload(merged);
  return { dataTypes: [...dataTypes], registerFamilies: [...registerFamilies] };
}
