import { readDate, readList, readText, type CellResult, type RawCell } from './kitos-cells';
import type { EnumLabels } from './generic-columns';
import { normaliseTitle } from './kitos-columns';

/**
 * A date for Overblik's templates: everything `readDate` takes, plus an Excel serial number that
 * arrives as text (a CSV file saved from Excel, where 45292 is 2024-01-01).
 */
export function readTemplateDate(cell: RawCell): CellResult<string | null> {
  if (typeof cell === 'string' && /^\d{5}$/.test(cell.trim())) return readDate(Number(cell.trim()));
  return readDate(cell);
}

/**
 * An enumeration value written as its code (IN_USE) or its label in either language ("I drift",
 * "In use"), compared without case; null for an empty cell. Anything else is refused with the
 * values the cell may hold.
 */
export function readEnum<T extends string>(labels: EnumLabels<T>) {
  const byWord = new Map<string, T>();
  for (const [code, l] of Object.entries(labels) as [T, { da: string; en: string }][]) {
    for (const word of [code, l.da, l.en]) byWord.set(normaliseTitle(word), code);
  }
  const allowed = Object.values<{ da: string }>(labels)
    .map((l) => l.da)
    .join(', ');
  return (cell: RawCell): CellResult<T | null> => {
    const t = readText(cell);
    if (!t.ok) return t;
    if (t.value === '') return { ok: true, value: null };
    const code = byWord.get(normaliseTitle(t.value));
    return code
      ? { ok: true, value: code }
      : { ok: false, problem: { message: 'import.error.enumValue', params: { value: t.value, allowed } } };
  };
}

/**
 * A comma-separated list of an enumeration's values, each as `readEnum` reads one; repeats dropped,
 * in the order the labels are listed (the enumeration's). The first unknown value refuses the cell.
 */
export function readEnumList<T extends string>(labels: EnumLabels<T>) {
  const one = readEnum(labels);
  const order = Object.keys(labels) as T[];
  return (cell: RawCell): CellResult<T[]> => {
    const list = readList(cell);
    if (!list.ok) return list;
    const codes = new Set<T>();
    for (const word of list.value) {
      const r = one(word);
      if (!r.ok) return r;
      if (r.value) codes.add(r.value);
    }
    return { ok: true, value: order.filter((c) => codes.has(c)) };
  };
}
