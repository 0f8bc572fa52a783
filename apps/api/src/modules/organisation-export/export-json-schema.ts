import { CATALOGUE_TABLES, DERIVED_COLUMNS, ORGANISATION_TABLES, USER_COLUMNS } from './export-plan';
import { FORMAT_VERSION } from './export-document';
import type { ColumnInfo } from './organisation-export.repository';

type JsonSchema = Record<string, unknown>;

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const TIMESTAMP = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?$';

/** A column's values in JSON, as PostgreSQL's to_jsonb writes them. */
function valueSchema(dataType: string, udtName: string, enums: Record<string, string[]>): JsonSchema {
  switch (dataType) {
    case 'uuid':
      return { type: 'string', pattern: UUID };
    case 'text':
    case 'character varying':
      return { type: 'string' };
    case 'integer':
    case 'smallint':
    case 'bigint':
      return { type: 'integer' };
    case 'numeric':
    case 'double precision':
    case 'real':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', pattern: DATE };
    case 'timestamp without time zone':
    case 'timestamp with time zone':
      return { type: 'string', pattern: `${TIMESTAMP.slice(0, -1)}(Z|[+-]\\d{2}:\\d{2})?$` };
    case 'json':
    case 'jsonb':
      return {};
    case 'USER-DEFINED':
      return enums[udtName] ? { type: 'string', enum: enums[udtName] } : { type: 'string' };
    case 'ARRAY': {
      const element = udtName.slice(1);
      const elementType = enums[element]
        ? 'USER-DEFINED'
        : ({ text: 'text', uuid: 'uuid', int4: 'integer', varchar: 'text' } as Record<string, string>)[
            element
          ];
      return { type: 'array', items: valueSchema(elementType ?? 'text', element, enums) };
    }
    default:
      return {};
  }
}

function rowSchema(
  columns: ColumnInfo[],
  enums: Record<string, string[]>,
  only?: readonly string[],
): JsonSchema {
  const kept = columns.filter(
    (c) => !(DERIVED_COLUMNS as readonly string[]).includes(c.column) && (!only || only.includes(c.column)),
  );
  const properties: Record<string, JsonSchema> = {};
  for (const c of kept) {
    const value = valueSchema(c.dataType, c.udtName, enums);
    properties[c.column] = c.nullable ? { anyOf: [value, { type: 'null' }] } : value;
  }
  return {
    type: 'object',
    properties,
    required: kept.map((c) => c.column),
    additionalProperties: false,
  };
}

/**
 * The JSON Schema of the export format, built from the migrated database's own columns: it is the
 * schema restore validates a document against, and the one committed as
 * docs/organisation-export.schema.json (a test keeps the two equal).
 */
export function exportJsonSchema(allColumns: ColumnInfo[], enums: Record<string, string[]>): JsonSchema {
  const byTable = new Map<string, ColumnInfo[]>();
  for (const c of allColumns) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const rows = (table: string) => ({ type: 'array', items: { $ref: `#/$defs/${table}` } });
  const tables = ORGANISATION_TABLES.map((t) => t.table);
  const defs: Record<string, JsonSchema> = {
    Organisation: rowSchema(byTable.get('Organisation') ?? [], enums),
    User: rowSchema(byTable.get('User') ?? [], enums, USER_COLUMNS),
  };
  for (const table of [...CATALOGUE_TABLES, ...tables])
    defs[table] = rowSchema(byTable.get(table) ?? [], enums);
  const section = (names: readonly string[]) => ({
    type: 'object',
    properties: Object.fromEntries(names.map((n) => [n, rows(n)])),
    required: [...names],
    additionalProperties: false,
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://overblik.dk/schemas/organisation-export-${FORMAT_VERSION}.json`,
    title: 'Overblik organisation export',
    description:
      'A whole organisation exported from Overblik (docs/adr/0035-organisation-export-format.md). ' +
      'Rows carry every column of their table; dates are YYYY-MM-DD, timestamps UTC without zone, ' +
      'amounts JSON numbers. Ids are UUIDs and are replaced by new ones when the document is restored.',
    type: 'object',
    properties: {
      formatVersion: { const: FORMAT_VERSION },
      exportedAt: { type: 'string' },
      organisation: { $ref: '#/$defs/Organisation' },
      users: rows('User'),
      catalogue: section(CATALOGUE_TABLES),
      tables: section(tables),
    },
    required: ['formatVersion', 'exportedAt', 'organisation', 'users', 'catalogue', 'tables'],
    additionalProperties: false,
    $defs: defs,
  };
}
