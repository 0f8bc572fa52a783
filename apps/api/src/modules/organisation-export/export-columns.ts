import { DERIVED_COLUMNS } from './export-plan';
import type { ColumnInfo, Row } from './organisation-export.repository';

/** The database's columns grouped by table, as the export reads and restore writes them. */
export interface ColumnCatalogue {
  /** Exported columns per table, in the table's own order. */
  columns: Map<string, ColumnInfo[]>;
  primaryKeys: Record<string, string[]>;
}

export function columnCatalogue(all: ColumnInfo[], primaryKeys: Record<string, string[]>): ColumnCatalogue {
  const columns = new Map<string, ColumnInfo[]>();
  for (const c of all) {
    if ((DERIVED_COLUMNS as readonly string[]).includes(c.column)) continue;
    columns.set(c.table, [...(columns.get(c.table) ?? []), c]);
  }
  return { columns, primaryKeys };
}

/** A row with exactly the table's exported columns, in column order (to_jsonb orders keys its own way). */
export function inColumnOrder(row: Row, columns: ColumnInfo[], only?: readonly string[]): Row {
  const ordered: Row = {};
  for (const c of columns) if (!only || only.includes(c.column)) ordered[c.column] = row[c.column] ?? null;
  return ordered;
}

/** Every UUID a row holds in its uuid columns (its own id and the ids it refers to). */
export function uuidsOf(row: Row, columns: ColumnInfo[]): string[] {
  const found: string[] = [];
  for (const c of columns) {
    const value = row[c.column];
    if (c.dataType === 'uuid' && typeof value === 'string') found.push(value);
  }
  return found;
}

/** A JSON value with the named keys removed at every depth. */
export function withoutKeys(value: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutKeys(v, keys));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !keys.includes(k))
        .map(([k, v]) => [k, withoutKeys(v, keys)]),
    );
  return value;
}
