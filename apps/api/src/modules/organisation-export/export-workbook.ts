import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ColumnCatalogue } from './export-columns';
import type { ExportDocument } from './export-document';
import { CATALOGUE_TABLES, USER_COLUMNS } from './export-plan';
import { KITOS_REPLACES, KITOS_TITLES, kitosCellsFor } from './export-kitos-columns';
import type { Row } from './organisation-export.repository';

/** Excel holds at most this many characters in a cell; a longer value (a large audit snapshot) is cut. */
export const MAX_CELL_CHARS = 32_767;

type Cell = string | number | boolean | null;

/** A JSON value as one cell: lists of plain values comma-separated (as KITOS writes them), structures as JSON. */
export function toCell(value: unknown): Cell {
  if (value == null) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    text = value.join(', ');
  else text = JSON.stringify(value);
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
}

/** Every sheet of the workbook: its name, in the JSON document's order, and where its rows are. */
export function workbookSheets(document: ExportDocument): { sheet: string; rows: Row[] }[] {
  return [
    { sheet: 'Organisation', rows: [document.organisation] },
    { sheet: 'User', rows: document.users },
    ...CATALOGUE_TABLES.map((t) => ({ sheet: t, rows: document.catalogue[t] })),
    ...Object.entries(document.tables).map(([t, rows]) => ({ sheet: t, rows })),
  ];
}

/**
 * Writes the whole-organisation export as one XLSX workbook (ADR 0043): a sheet per table of the
 * JSON document, one row per exported row, the table's columns as headers. Usages and contracts
 * lead with KITOS's overview columns under KITOS's titles (those columns re-import through the
 * KITOS import). Streamed: rows are written and released sheet by sheet.
 */
export async function writeExportWorkbook(
  document: ExportDocument,
  meta: ColumnCatalogue,
  out: Writable,
): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: true,
  });
  const kitos = kitosCellsFor(document);
  for (const { sheet, rows } of workbookSheets(document)) {
    const all = (meta.columns.get(sheet) ?? []).map((c) => c.column);
    const replaced = KITOS_REPLACES[sheet] ?? [];
    const columns = (sheet === 'User' ? [...USER_COLUMNS] : all).filter((c) => !replaced.includes(c));
    const cellsOf = kitos[sheet];
    const ws = book.addWorksheet(sheet);
    ws.addRow([...(KITOS_TITLES[sheet] ?? []), ...columns]).commit();
    for (const row of rows) {
      const lead = cellsOf ? cellsOf(row) : [];
      ws.addRow([...lead, ...columns.map((c) => toCell(row[c]))]).commit();
    }
    ws.commit();
  }
  await book.commit();
}
