import type { RuleError } from '../shared/rule-errors';
import { readText } from './kitos-cells';
import type { RowReader } from './kitos-row';

/**
 * Looks a cell's name up in a list where it must name one thing: '' clears (null), an unknown or
 * an ambiguous name (two share it) is the cell's error (undefined), never a guess.
 */
export function uniqueNamed(items: readonly { id: string; name: string }[], key = (n: string) => n) {
  const byName = new Map<string, string | null>();
  for (const i of items) byName.set(key(i.name), byName.has(key(i.name)) ? null : i.id);
  return (r: RowReader, field: string, value: string | undefined): string | null | undefined => {
    if (value === undefined) return undefined;
    if (value === '') return null;
    const id = byName.get(key(value));
    if (id) return id;
    r.errors.push({
      column: r.titleOf(field),
      message: id === null ? 'import.error.ambiguousReference' : 'import.error.unknownReference',
      params: { value },
    });
    return undefined;
  };
}

/**
 * A name the row must give (a link's two ends): its text, or '' with the column's "required" error
 * when it is empty and the cell has no error of its own already.
 */
export function readRequiredName(r: RowReader, field: string): string {
  const value = r.read(field, readText) ?? '';
  if (!value && !r.errors.some((e) => e.column === r.titleOf(field)))
    r.errors.push({ column: r.titleOf(field), message: 'import.error.required' });
  return value;
}

/**
 * The area's shared rules' errors as the row's: on the column of the field (`ruleField` maps the
 * rule's field name to the template's), or the row when the file has no such column; one per column.
 */
export function addRuleErrors(r: RowReader, errors: readonly RuleError[], ruleField: Record<string, string>) {
  for (const e of errors) {
    const field = ruleField[e.field] ?? e.field;
    const column = r.has(field) ? r.titleOf(field) : '';
    if (!r.errors.some((x) => x.column === column)) r.errors.push({ ...e, column });
  }
}

/**
 * The organisation's usages by the names people write for them: the catalogue entry's name or the
 * usage's local name. A name two usages answer to is ambiguous.
 */
export function usageNamed(usages: readonly { id: string; systemName: string; localName: string | null }[]) {
  const names = new Map<string, { id: string; name: string }>();
  for (const u of usages) {
    for (const name of [u.systemName, u.localName])
      if (name) names.set(`${u.id}\n${name}`, { id: u.id, name });
  }
  return uniqueNamed([...names.values()]);
}

/**
 * Catalogue objects the organisation sees by name, its own first: a name both one of its own and a
 * shared object carry means its own; a name only shared objects carry must name one of them.
 */
export function ownFirstNamed(items: readonly { id: string; name: string; editable: boolean }[]) {
  const own = uniqueNamed(items.filter((s) => s.editable));
  const shared = uniqueNamed(items.filter((s) => !s.editable));
  const ownNames = new Set(items.filter((s) => s.editable).map((s) => s.name));
  return (r: RowReader, field: string, value: string | undefined) =>
    value && ownNames.has(value) ? own(r, field, value) : shared(r, field, value);
}

/** Whether a row's value equals the stored one; lists (in their canonical order) compare by items. */
export const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
