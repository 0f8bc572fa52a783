/**
 * Field-by-field differences between two audit snapshots (the before/after JSON of an audit
 * entry, ADR 0004), for history views. Pure: values stay JSON; the screen formats them.
 */
export type FieldChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

export interface FieldChange {
  /** Dotted path: `name`, `supplier.name`, `options[2].months` (list items by id, else position). */
  field: string;
  kind: FieldChangeKind;
  before: unknown;
  after: unknown;
}

/** Bookkeeping that changes on every save and says nothing about the change itself. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt']);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A list item's key: its `id` when it has one, so a reordered or shortened list is not a change of every item. */
const keyOf = (item: unknown, index: number) =>
  isObject(item) && (typeof item.id === 'string' || typeof item.id === 'number')
    ? String(item.id)
    : String(index);

function diffValue(field: string, before: unknown, after: unknown, out: FieldChange[]) {
  if (same(before, after) || (isEmpty(before) && isEmpty(after))) return;
  if (isEmpty(before)) {
    out.push({ field, kind: 'ADDED', before: null, after });
  } else if (isEmpty(after)) {
    out.push({ field, kind: 'REMOVED', before, after: null });
  } else if (isObject(before) && isObject(after)) {
    diffObject(field, before, after, out);
  } else if (Array.isArray(before) && Array.isArray(after)) {
    diffList(field, before, after, out);
  } else {
    out.push({ field, kind: 'CHANGED', before, after });
  }
}

function diffObject(
  prefix: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  out: FieldChange[],
) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    if (IGNORED.has(key) || key === 'id') continue;
    diffValue(prefix ? `${prefix}.${key}` : key, before[key], after[key], out);
  }
}

/**
 * Lists of plain values (task areas, data types) report the values added and removed; lists of
 * rows (a contract's options) are matched by id, and each row is compared field by field.
 */
function diffList(field: string, before: unknown[], after: unknown[], out: FieldChange[]) {
  if (before.every((v) => !isObject(v)) && after.every((v) => !isObject(v))) {
    const removed = before.filter((v) => !after.some((a) => same(a, v)));
    const added = after.filter((v) => !before.some((b) => same(b, v)));
    if (removed.length) out.push({ field, kind: 'REMOVED', before: removed, after: null });
    if (added.length) out.push({ field, kind: 'ADDED', before: null, after: added });
    return;
  }
  const beforeByKey = new Map(before.map((item, i) => [keyOf(item, i), item]));
  const afterByKey = new Map(after.map((item, i) => [keyOf(item, i), item]));
  for (const [key, item] of beforeByKey) diffValue(`${field}[${key}]`, item, afterByKey.get(key), out);
  for (const [key, item] of afterByKey)
    if (!beforeByKey.has(key)) diffValue(`${field}[${key}]`, undefined, item, out);
}

/**
 * The changes from `before` to `after`; a created row (no before) lists its filled fields as
 * added, a deleted one (no after) as removed. `version`, `createdAt`, `updatedAt` and ids are left out.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  diffObject('', isObject(before) ? before : {}, isObject(after) ? after : {}, out);
  return out;
}

/** The label key of a change's field: its first segment (`options[2].months` → `options`). */
export const fieldLabelKey = (field: string) => field.split(/[.[]/)[0];

/** A changed value as one line of text: lists joined with commas, rows as compact JSON. */
export function changeValueText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => !isObject(v))) return value.map(String).join(', ');
  return JSON.stringify(value);
}
