/**
 * What data an interface, integration or data-source edge carries: KITOS's data types (the
 * `DataType` of an interface's data rows) and, where it applies, the register family the data
 * comes from. The value lists live with every other enum in `shared/enums.ts`.
 */
import { DATA_TYPES, REGISTER_FAMILIES } from '../shared/enums';

export type DataType = (typeof DATA_TYPES)[number];

export type RegisterFamily = (typeof REGISTER_FAMILIES)[number];

/**
 * A declared payload. No data types means "not declared": the carrier may or may not carry a given
 * piece of data. Register families are optional and narrow the data types (person data from CPR,
 * not from the payroll system); none means "any family".
 */
export interface DataPayload {
  dataTypes: readonly DataType[];
  registerFamilies: readonly RegisterFamily[];
}

export const UNDECLARED_PAYLOAD: DataPayload = { dataTypes: [], registerFamilies: [] };

export function isDeclared(payload: DataPayload | null | undefined): payload is DataPayload {
  return !!payload && payload.dataTypes.length > 0;
}

/** The payload that counts for an integration: its own declaration, else its interface's, else none. */
export function effectivePayload(
  own: DataPayload | null | undefined,
  fromInterface: DataPayload | null | undefined,
): DataPayload {
  if (isDeclared(own)) return own;
  if (isDeclared(fromInterface)) return fromInterface;
  return UNDECLARED_PAYLOAD;
}

/** Field-level problems with a payload as entered: unknown values, or families without a data type. */
export function payloadErrors(payload: {
  dataTypes?: readonly string[];
  registerFamilies?: readonly string[];
}): ('dataTypes' | 'registerFamilies')[] {
  const errors: ('dataTypes' | 'registerFamilies')[] = [];
  const types = payload.dataTypes ?? [];
  const families = payload.registerFamilies ?? [];
  if (
    types.some((t) => !(DATA_TYPES as readonly string[]).includes(t)) ||
    new Set(types).size !== types.length
  ) {
    errors.push('dataTypes');
  }
  // A family says where declared data comes from, so it needs a declared data type beside it.
  const badFamily =
    families.some((f) => !(REGISTER_FAMILIES as readonly string[]).includes(f)) ||
    new Set(families).size !== families.length ||
    (families.length > 0 && types.length === 0);
  if (badFamily) errors.push('registerFamilies');
  return errors;
}

/** Sorts and dedupes a payload into the list order, so stored values compare equal. */
export function normalisePayload(payload: {
  dataTypes: readonly DataType[];
  registerFamilies: readonly RegisterFamily[];
}): DataPayload {
  return {
    dataTypes: DATA_TYPES.filter((t) => payload.dataTypes.includes(t)),
    registerFamilies: REGISTER_FAMILIES.filter((f) => payload.registerFamilies.includes(f)),
  };
}
