import type { ColumnMapping } from './kitos-columns';
import { readText, type CellResult, type RawCell } from './kitos-cells';
import type { PlanProblem } from './import-plan.types';

/** What every KITOS planner needs of one row: its mapped fields, read with the column title on errors. */
export interface RowReader {
  errors: PlanProblem[];
  warnings: PlanProblem[];
  /** The field's value, or undefined when no column maps to it or the cell is refused (an error is noted). */
  read<T>(field: string, reader: (c: RawCell) => CellResult<T>): T | undefined;
  /** The column title a field maps from (for problems on that field). */
  titleOf(field: string): string;
  has(field: string): boolean;
  /** The row's read-only KITOS attributes (title → text); a refused cell is an error. */
  attributes(): Record<string, string>;
}

export function rowReader(mapping: readonly ColumnMapping[], cells: readonly RawCell[]): RowReader {
  const errors: PlanProblem[] = [];
  const warnings: PlanProblem[] = [];
  const titleOf = (field: string) => mapping.find((m) => m.target === field)?.title ?? field;
  const has = (field: string) => mapping.some((m) => m.target === field);
  const cellOf = (field: string): RawCell => {
    const m = mapping.find((x) => x.target === field);
    return m ? (cells[m.column] ?? null) : null;
  };
  return {
    errors,
    warnings,
    titleOf,
    has,
    read<T>(field: string, reader: (c: RawCell) => CellResult<T>): T | undefined {
      if (!has(field)) return undefined;
      const r = reader(cellOf(field));
      if (r.ok) return r.value;
      errors.push({ column: titleOf(field), ...r.problem });
      return undefined;
    },
    attributes() {
      const out: Record<string, string> = {};
      for (const m of mapping) {
        if (m.target !== 'attribute') continue;
        const r = readText(cells[m.column] ?? null);
        if (!r.ok) errors.push({ column: m.title, ...r.problem });
        else if (r.value) out[m.title] = r.value;
      }
      return out;
    },
  };
}

export const lower = (s: string) => s.trim().toLowerCase();

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const sameAttributes = (a: Record<string, string>, b: Record<string, string>) => {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
};

/**
 * Finds a role holder among the organisation's members: by e-mail first, then by a name only one
 * member has. A holder who is no member is reported as a warning on the row, not an error.
 */
export function memberFinder(members: readonly { userId: string; email: string; name: string }[]) {
  const byEmail = new Map(members.map((m) => [lower(m.email), m.userId]));
  const byName = new Map<string, string | null>();
  for (const m of members) {
    const k = lower(m.name);
    byName.set(k, byName.has(k) ? null : m.userId);
  }
  return (row: RowReader, nameField: string, emailField: string): string | undefined => {
    const who = row.read(nameField, readText) ?? '';
    const email = row.read(emailField, readText) ?? '';
    if (!who && !email) return undefined;
    const userId =
      (email && EMAIL.test(email) ? byEmail.get(lower(email)) : undefined) ??
      byName.get(lower(who)) ??
      undefined;
    if (!userId) {
      row.warnings.push({
        column: row.titleOf(email ? emailField : nameField),
        message: 'import.warning.personNotMember',
        params: { name: email || who },
      });
    }
    return userId;
  };
}

/** Keeps a file's first row per key; a later row with the same key is refused, naming the first. */
export function firstRowOf() {
  const seen = new Map<string, number>();
  return (row: RowReader, key: string, at: number, field: string, message: PlanProblem['message']) => {
    const first = seen.get(key);
    if (first !== undefined) row.errors.push({ column: row.titleOf(field), message, params: { row: first } });
    else seen.set(key, at);
  };
}
