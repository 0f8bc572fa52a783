import type { Writable } from 'node:stream';
import type { Db, Tx } from '../../db/handles';
import { columnCatalogue, inColumnOrder, uuidsOf, withoutKeys, type ColumnCatalogue } from './export-columns';
import { FORMAT_VERSION, type ExportDocument } from './export-document';
import {
  CATALOGUE_TABLES,
  ORGANISATION_TABLES,
  SECRET_KEYS,
  USER_COLUMNS,
  type CatalogueTable,
} from './export-plan';
import { writeExportWorkbook } from './export-workbook';
import { organisationExportRepository as repo, type Row } from './organisation-export.repository';

/** The database's columns and keys, read once per export or restore. */
export async function readColumnCatalogue(db: Db | Tx): Promise<ColumnCatalogue> {
  const [columns, primaryKeys] = await Promise.all([repo.columns(db), repo.primaryKeys(db)]);
  return columnCatalogue(columns, primaryKeys);
}

async function tableRows(tx: Tx, meta: ColumnCatalogue, table: string, where: string, params: unknown[]) {
  const columns = meta.columns.get(table) ?? [];
  const rows = await repo.rows(tx, table, where, params, meta.primaryKeys[table] ?? []);
  return rows.map((row) => inColumnOrder(row, columns));
}

/**
 * Catalogue entries the organisation registered, and those its rows refer to, followed through the
 * entries' own references (a system's supplier, a copy register's source). Another organisation's
 * LOCAL entries are never included, whatever a row points at.
 */
async function catalogueRows(tx: Tx, meta: ColumnCatalogue, organisationId: string, referenced: Set<string>) {
  const catalogue = Object.fromEntries(CATALOGUE_TABLES.map((t) => [t, [] as Row[]])) as Record<
    CatalogueTable,
    Row[]
  >;
  const seen = new Set<string>();
  let wanted = [...referenced];
  let first = true;
  while (wanted.length || first) {
    const found: Row[] = [];
    for (const table of CATALOGUE_TABLES) {
      const rows = await tableRows(
        tx,
        meta,
        table,
        `(id = ANY ($1::uuid[]) AND (visibility = 'SHARED' OR "ownerOrganisationId" = $2::uuid))` +
          (first ? ` OR "ownerOrganisationId" = $2::uuid` : ''),
        [wanted, organisationId],
      );
      for (const row of rows) {
        if (seen.has(row.id as string)) continue;
        seen.add(row.id as string);
        catalogue[table].push(row);
        found.push(row);
      }
    }
    first = false;
    wanted = [
      ...new Set(found.flatMap((row) => uuidsOf(row, allColumnsOf(meta))).filter((id) => !seen.has(id))),
    ];
  }
  for (const table of CATALOGUE_TABLES)
    catalogue[table].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return catalogue;
}

const allColumnsOf = (meta: ColumnCatalogue) => CATALOGUE_TABLES.flatMap((t) => meta.columns.get(t) ?? []);

/** Reads the organisation's rows inside one transaction (a consistent snapshot while the app runs). */
async function snapshot(
  tx: Tx,
  meta: ColumnCatalogue,
  organisationId: string,
  now: Date,
): Promise<ExportDocument> {
  const [organisation] = await tableRows(tx, meta, 'Organisation', 'id = $1::uuid', [organisationId]);
  const tables: Record<string, Row[]> = {};
  const referenced = new Set<string>();
  for (const { table, where } of ORGANISATION_TABLES) {
    let rows = await tableRows(tx, meta, table, where, [organisationId]);
    if (table === 'AuditEntry')
      rows = rows.map((r) => ({
        ...r,
        before: withoutKeys(r.before, SECRET_KEYS),
        after: withoutKeys(r.after, SECRET_KEYS),
      }));
    tables[table] = rows;
    const columns = meta.columns.get(table) ?? [];
    for (const row of rows) for (const id of uuidsOf(row, columns)) referenced.add(id);
  }
  const catalogue = await catalogueRows(tx, meta, organisationId, referenced);
  const userRows = await tableRows(tx, meta, 'User', 'id = ANY ($1::uuid[])', [[...referenced]]);
  const userColumns = meta.columns.get('User') ?? [];
  return {
    formatVersion: FORMAT_VERSION,
    exportedAt: now.toISOString(),
    organisation,
    users: userRows.map((u) => inColumnOrder(u, userColumns, USER_COLUMNS)),
    catalogue,
    tables,
  };
}

export const organisationExportService = {
  /** The whole organisation as one document (ADR 0035), read from one consistent snapshot. */
  async exportOrganisation(db: Db, organisationId: string, now = new Date()): Promise<ExportDocument> {
    const meta = await readColumnCatalogue(db);
    return db.$transaction((tx) => snapshot(tx, meta, organisationId, now), {
      isolationLevel: 'RepeatableRead',
      timeout: 120_000,
      maxWait: 10_000,
    });
  },
  /**
   * The same export as one XLSX workbook (ADR 0043): the same plan and snapshot as the JSON
   * document, read first (so a failure comes before any byte is sent), then written by `write`.
   */
  async exportWorkbook(db: Db, organisationId: string, now = new Date()) {
    const [document, meta] = await Promise.all([
      organisationExportService.exportOrganisation(db, organisationId, now),
      readColumnCatalogue(db),
    ]);
    return { document, write: (out: Writable) => writeExportWorkbook(document, meta, out) };
  },
};
