/**
 * Exports exactly what a table shows: the visible columns, in order, and the filtered, sorted rows.
 * The heavy writers (papaparse, exceljs) load only when the user exports.
 */
export interface ExportColumn {
  header: string;
  /** A number stays a number in the spreadsheet; everything else is the text the table shows. */
  values: (string | number | null)[];
}

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function rowsOf(columns: readonly ExportColumn[]): (string | number | null)[][] {
  const count = columns[0]?.values.length ?? 0;
  return Array.from({ length: count }, (_, i) => columns.map((c) => c.values[i]));
}

export async function exportCsv(columns: readonly ExportColumn[], basename: string) {
  const { default: Papa } = await import('papaparse');
  const csv = Papa.unparse({ fields: columns.map((c) => c.header), data: rowsOf(columns) });
  // The byte-order mark makes Excel read æ, ø and å as UTF-8.
  download(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }), `${basename}.csv`);
}

export async function exportXlsx(columns: readonly ExportColumn[], basename: string, sheetName: string) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // Excel refuses these characters in a sheet's name, and names longer than 31.
  const sheet = workbook.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rowsOf(columns)) sheet.addRow(row);
  sheet.columns.forEach((column) => (column.width = 24));
  const buffer = await workbook.xlsx.writeBuffer();
  download(
    new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    `${basename}.xlsx`,
  );
}

/** Which columns an export holds: those the table shows, or every field it has for its rows. */
export type ExportScope = 'visible' | 'all';

/** A table's rows as export columns, one per field. */
export function fieldColumns<T>(
  rows: readonly T[],
  fields: readonly { header: string; value: (row: T) => string | number | null }[],
): ExportColumn[] {
  return fields.map((f) => ({ header: f.header, values: rows.map((r) => f.value(r)) }));
}
