import type { ExportColumn } from './table-export';

/** The text a cell shows, whitespace collapsed; a cell may carry its exact value in data-export-value. */
function cellValue(cell: Element): string | number | null {
  const exact = cell.getAttribute('data-export-value');
  if (exact !== null) return exact !== '' && Number.isFinite(Number(exact)) ? Number(exact) : exact;
  const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/**
 * A rendered table as export columns: the columns and rows it shows, as shown. For the small tables
 * that show every field they have (a section of a detail page, a panel), where the rows are not held
 * anywhere else in a form an export could use. A column whose header is empty or marked
 * data-export="skip" (row actions) is left out, and so is a row that does not fill every column (a
 * row spanning the table, such as a note).
 */
export function shownColumns(table: HTMLTableElement): ExportColumn[] {
  const headerRow = table.tHead?.rows[table.tHead.rows.length - 1];
  if (!headerRow) return [];
  const headers = [...headerRow.cells];
  const kept = headers
    .map((cell, index) => ({ index, header: (cell.textContent ?? '').replace(/\s+/g, ' ').trim(), cell }))
    .filter((c) => c.header !== '' && c.cell.getAttribute('data-export') !== 'skip');
  const rows = [...table.tBodies]
    .flatMap((body) => [...body.rows])
    .filter((r) => r.cells.length === headers.length);
  return kept.map((c) => ({ header: c.header, values: rows.map((r) => cellValue(r.cells[c.index])) }));
}
