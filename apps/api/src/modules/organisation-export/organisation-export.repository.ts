import type { Db, Tx } from '../../db/handles';

/** One column as the database describes it (information_schema), the export format's source of truth. */
export interface ColumnInfo {
  table: string;
  column: string;
  /** information_schema data_type: uuid, text, integer, numeric, date, ARRAY, USER-DEFINED, jsonb, … */
  dataType: string;
  /** The type's own name: the enum for USER-DEFINED, `_Role` for an array of Role. */
  udtName: string;
  nullable: boolean;
  /** Filled from a sequence (AuditEntry.id): left to the database on restore. */
  serial: boolean;
}

export type Row = Record<string, unknown>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export const organisationExportRepository = {
  // Catalog names are cast to text: the PostgreSQL adapter cannot read the `name` type (prisma/orm#27403).
  async columns(db: Db | Tx): Promise<ColumnInfo[]> {
    const rows = await db.$queryRawUnsafe<
      {
        table: string;
        column: string;
        dataType: string;
        udtName: string;
        nullable: string;
        def: string | null;
      }[]
    >(
      `SELECT table_name::text AS "table", column_name::text AS "column", data_type::text AS "dataType",
              udt_name::text AS "udtName", is_nullable::text AS nullable, column_default::text AS def
         FROM information_schema.columns
        WHERE table_schema = current_schema()
        ORDER BY table_name, ordinal_position`,
    );
    return rows.map((r) => ({
      table: r.table,
      column: r.column,
      dataType: r.dataType,
      udtName: r.udtName,
      nullable: r.nullable === 'YES',
      serial: (r.def ?? '').startsWith('nextval('),
    }));
  },

  async enums(db: Db | Tx): Promise<Record<string, string[]>> {
    const rows = await db.$queryRawUnsafe<{ type: string; value: string }[]>(
      `SELECT t.typname::text AS type, e.enumlabel::text AS value
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = current_schema()
        ORDER BY t.typname, e.enumsortorder`,
    );
    const byType: Record<string, string[]> = {};
    for (const r of rows) (byType[r.type] ??= []).push(r.value);
    return byType;
  },

  /** Foreign keys from a table to itself (a unit's parent): restore sets them once every row exists. */
  async selfReferences(db: Db | Tx): Promise<{ table: string; column: string }[]> {
    return db.$queryRawUnsafe<{ table: string; column: string }[]>(
      `SELECT cl.relname::text AS "table", a.attname::text AS "column"
         FROM pg_constraint c
         JOIN pg_class cl ON cl.oid = c.conrelid
         JOIN pg_namespace n ON n.oid = cl.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.conrelid = c.confrelid AND n.nspname = current_schema()`,
    );
  },

  /** Primary-key columns per table, to read rows in a stable order. */
  async primaryKeys(db: Db | Tx): Promise<Record<string, string[]>> {
    const rows = await db.$queryRawUnsafe<{ table: string; column: string }[]>(
      `SELECT cl.relname::text AS "table", a.attname::text AS "column"
         FROM pg_index i
         JOIN pg_class cl ON cl.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = cl.relnamespace
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indisprimary AND n.nspname = current_schema()
        ORDER BY cl.relname, array_position(i.indkey::int2[], a.attnum)`,
    );
    const byTable: Record<string, string[]> = {};
    for (const r of rows) (byTable[r.table] ??= []).push(r.column);
    return byTable;
  },

  /** The rows of `table` matching `where` (`$1`, `$2` bound to `params`), as the database writes them in JSON. */
  async rows(tx: Tx, table: string, where: string, params: unknown[], orderBy: string[]): Promise<Row[]> {
    const order = orderBy.length ? ` ORDER BY ${orderBy.map(quote).join(', ')}` : '';
    const found = await tx.$queryRawUnsafe<{ row: string }[]>(
      `SELECT to_jsonb(t)::text AS row FROM ${quote(table)} t WHERE ${where}${order}`,
      ...params,
    );
    return found.map((r) => JSON.parse(r.row) as Row);
  },

  async organisationBySlug(db: Db | Tx, slug: string): Promise<{ id: string } | null> {
    return db.organisation.findUnique({ where: { slug }, select: { id: true } });
  },

  async usersByEmail(tx: Tx, emails: string[]): Promise<{ id: string; email: string }[]> {
    return tx.$queryRawUnsafe<{ id: string; email: string }[]>(
      `SELECT id::text AS id, lower(email) AS email FROM "User" WHERE lower(email) = ANY ($1::text[])`,
      emails,
    );
  },

  async existingIds(tx: Tx, table: string, ids: string[]): Promise<Set<string>> {
    const found = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text AS id FROM ${quote(table)} WHERE id = ANY ($1::uuid[])`,
      ids,
    );
    return new Set(found.map((r) => r.id));
  },

  /** Shared entries by name (lower case), for a catalogue entry whose id this installation lacks. */
  async sharedByName(tx: Tx, table: string, names: string[]): Promise<Map<string, string>> {
    const found = await tx.$queryRawUnsafe<{ id: string; name: string }[]>(
      `SELECT DISTINCT ON (lower(name)) id::text AS id, lower(name) AS name FROM ${quote(table)}
        WHERE visibility = 'SHARED' AND lower(name) = ANY ($1::text[]) ORDER BY lower(name), "createdAt"`,
      names,
    );
    return new Map(found.map((r) => [r.name, r.id]));
  },

  /**
   * Inserts rows given as JSON with these columns; PostgreSQL converts each value to its column's
   * type (jsonb_populate_recordset), so dates, decimals, enums and arrays need no code here.
   * `extra` adds columns computed in SQL (a user's `updatedAt`).
   */
  async insert(tx: Tx, table: string, columns: string[], rows: Row[], extra: Record<string, string> = {}) {
    const names = [...columns.map(quote), ...Object.keys(extra).map(quote)].join(', ');
    const values = [...columns.map((c) => `r.${quote(c)}`), ...Object.values(extra)].join(', ');
    for (let i = 0; i < rows.length; i += CHUNK) {
      await tx.$executeRawUnsafe(
        `INSERT INTO ${quote(table)} (${names})
         SELECT ${values} FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb) r`,
        JSON.stringify(rows.slice(i, i + CHUNK)),
      );
    }
  },

  /**
   * The taxonomy a database trigger gives every new organisation (ADR 0013): a restored
   * organisation brings its own, so the seeded one goes before anything refers to it.
   */
  async clearSeededCapabilities(tx: Tx, organisationId: string) {
    await tx.$executeRawUnsafe(`DELETE FROM "Capability" WHERE "organisationId" = $1::uuid`, organisationId);
  },

  /** Sets one uuid column per row id (self-references, once every row of the table exists). */
  async setReferences(tx: Tx, table: string, column: string, pairs: { id: string; value: string }[]) {
    for (let i = 0; i < pairs.length; i += CHUNK) {
      await tx.$executeRawUnsafe(
        `UPDATE ${quote(table)} t SET ${quote(column)} = p.value::uuid
           FROM jsonb_to_recordset($1::jsonb) AS p(id text, value text) WHERE t.id = p.id::uuid`,
        JSON.stringify(pairs.slice(i, i + CHUNK)),
      );
    }
  },
};

/** Rows per statement: keeps one parameter well under any limit while a large organisation restores quickly. */
const CHUNK = 2_000;
