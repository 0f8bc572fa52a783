/**
 * What a usage loses, as a small lattice the impact analysis joins along paths: per KITOS data type
 * the register families it is lost from (a bit mask), plus two flags for losses whose content is
 * not known. Joins only ever add bits, so a worklist over a graph with cycles reaches a fixed point.
 */
import { DATA_TYPES, REGISTER_FAMILIES } from '../shared/enums';
import { isDeclared, type DataPayload, type DataType, type RegisterFamily } from './data-payload';

/** Every family bit: data declared without a family may come from any register, or none. */
const ANY_FAMILY = (1 << REGISTER_FAMILIES.length) - 1;

export interface DataLoss {
  /** The usage itself is gone (switched off, or its infrastructure is): everything it sends is lost. */
  whole: boolean;
  /** Data of undeclared content is lost (it arrived over an undeclared edge). */
  unknown: boolean;
  /** Index = position in DATA_TYPES; value = family bits lost for that data type, 0 = none. */
  byType: readonly number[];
}

export const NO_LOSS: DataLoss = { whole: false, unknown: false, byType: DATA_TYPES.map(() => 0) };
export const WHOLE_LOSS: DataLoss = { ...NO_LOSS, whole: true };
const UNKNOWN_LOSS: DataLoss = { ...NO_LOSS, unknown: true };

/** What is lost when a declared payload stops arriving; an undeclared one loses unknown data. */
export function lossOf(payload: DataPayload): DataLoss {
  if (!isDeclared(payload)) return UNKNOWN_LOSS;
  const families = familyMask(payload);
  return { ...NO_LOSS, byType: DATA_TYPES.map((t) => (payload.dataTypes.includes(t) ? families : 0)) };
}

export function isLoss(loss: DataLoss): boolean {
  return loss.whole || loss.unknown || loss.byType.some((bits) => bits !== 0);
}

export function joinLoss(a: DataLoss, b: DataLoss): DataLoss {
  return {
    whole: a.whole || b.whole,
    unknown: a.unknown || b.unknown,
    byType: a.byType.map((bits, i) => bits | b.byType[i]),
  };
}

/** True when `b` adds nothing to `a`. */
export function coversLoss(a: DataLoss, b: DataLoss): boolean {
  return (
    (a.whole || !b.whole) &&
    (a.unknown || !b.unknown) &&
    b.byType.every((bits, i) => (a.byType[i] & bits) === bits)
  );
}

/**
 * What a usage that has lost `loss` passes on through an integration carrying `payload`: the part
 * the receiver certainly loses, and the part it may lose because the payload or the loss is undeclared.
 */
export function carryLoss(loss: DataLoss, payload: DataPayload): { certain: DataLoss; possible: DataLoss } {
  // A gone sender sends nothing, so the receiver loses the whole feed, whatever it carried.
  if (loss.whole) return { certain: lossOf(payload), possible: NO_LOSS };
  // An undeclared integration may carry any of the sender's losses, or none of them.
  if (!isDeclared(payload)) return { certain: NO_LOSS, possible: { ...loss, whole: false } };
  const families = familyMask(payload);
  const certain: DataLoss = {
    ...NO_LOSS,
    byType: loss.byType.map((bits, i) => (payload.dataTypes.includes(DATA_TYPES[i]) ? bits & families : 0)),
  };
  // Lost data of unknown content may be among what the payload carries.
  return { certain, possible: loss.unknown ? lossOf(payload) : NO_LOSS };
}

/** The lost data types and register families, in list order, for display. */
export function describeLoss(loss: DataLoss): {
  dataTypes: DataType[];
  registerFamilies: RegisterFamily[];
  unknownData: boolean;
} {
  const dataTypes = DATA_TYPES.filter((_, i) => loss.byType[i] !== 0);
  const named = loss.byType.reduce((all, bits) => (bits === ANY_FAMILY ? all : all | bits), 0);
  return {
    dataTypes,
    // A type lost from any family names none, so only families some type is narrowed to are listed.
    registerFamilies: REGISTER_FAMILIES.filter((_, i) => (named & (1 << i)) !== 0),
    unknownData: loss.whole || loss.unknown,
  };
}

function familyMask(payload: DataPayload): number {
  if (payload.registerFamilies.length === 0) return ANY_FAMILY;
  return REGISTER_FAMILIES.reduce(
    (mask, family, i) => (payload.registerFamilies.includes(family) ? mask | (1 << i) : mask),
    0,
  );
}
