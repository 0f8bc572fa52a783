import type { ColumnInfo, Row } from './organisation-export.repository';

/** A uuid column pointing at nothing the document or the installation holds. */
export class UnknownReference extends Error {
  constructor(
    readonly table: string,
    readonly column: string,
    readonly value: string,
  ) {
    super(`${table}.${column} refers to ${value}, which the document does not hold`);
  }
}

/** Old strings replaced wherever they stand in a JSON value (audit snapshots, settings, assessment answers). */
function remapJson(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remapJson(v, ids));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapJson(v, ids)]));
  return value;
}

/**
 * A row with every id replaced by the one it has in the restored organisation. A uuid column must
 * name a row the document holds (or a person or catalogue entry it was matched to): an unknown id
 * in a nullable column is dropped (it pointed outside the organisation, e.g. a collaboration), in
 * a required column the document is refused. Text and JSON columns keep ids too (an audit entry's
 * entity, an overlap's usages), so their values are replaced where they match an old id.
 */
export function remapRow(
  table: string,
  row: Row,
  columns: ColumnInfo[],
  ids: ReadonlyMap<string, string>,
): Row {
  const out: Row = {};
  for (const c of columns) {
    const value = row[c.column];
    if (value === null || value === undefined) out[c.column] = null;
    else if (c.dataType === 'uuid') {
      const mapped = ids.get(value as string);
      if (mapped) out[c.column] = mapped;
      else if (c.nullable) out[c.column] = null;
      else throw new UnknownReference(table, c.column, value as string);
    } else out[c.column] = remapJson(value, ids);
  }
  return out;
}
