import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isBlankRow, type RawCell, type SheetRow } from '@overblik/domain';
import { DomainError } from '../../shared/errors';
import type { MessageKey } from '../../shared/messages';

/** The largest workbook read: a KITOS export of 1,500 usages is about 1 MB, so 10 MB leaves ample room. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Data rows read from one sheet; more is refused rather than held in memory. */
export const MAX_ROWS = 20_000;

export interface Workbook {
  headers: string[];
  rows: SheetRow[];
}

/** A problem with the file as a whole: nothing is read further, nothing changes. */
export const fileError = (message: MessageKey, params: Record<string, string | number> = {}) =>
  new DomainError('VALIDATION_FAILED', 'error.validation', {}, [{ field: 'file', message, params }]);

/**
 * Excel writes characters XML cannot hold (control characters) as _xHHHH_, and a literal "_x" as
 * _x005F_x; decoding them lets the domain see, and refuse, the control characters.
 */
const unescapeXString = (text: string) =>
  text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** exceljs's cell value as the domain's RawCell: rich text and links as their text, formulas marked. */
function toRawCell(value: ExcelJS.CellValue): RawCell {
  if (value == null) return null;
  if (typeof value === 'string') return unescapeXString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as { formula?: string; sharedFormula?: string };
    return { formula: f.formula ?? f.sharedFormula ?? '' };
  }
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return unescapeXString(value.richText.map((t) => t.text).join(''));
  if ('text' in value) {
    const text = value.text as string | { richText: { text: string }[] };
    return unescapeXString(typeof text === 'string' ? text : text.richText.map((t) => t.text).join(''));
  }
  return null;
}

const headerText = (cell: RawCell): string =>
  typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim() : '';

/**
 * Reads the first sheet of an XLSX file with exceljs's streaming reader: the first non-blank row
 * is the header row, the rest are data rows (blank ones dropped, so trailing empty rows are no
 * errors). Throws a file-level error for a file that is not XLSX, empty, corrupt or too large.
 */
export async function readKitosWorkbook(bytes: Buffer): Promise<Workbook> {
  if (bytes.length === 0) throw fileError('import.file.empty');
  if (bytes.length > MAX_FILE_BYTES) {
    throw fileError('import.file.tooLarge', { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
  }
  // An XLSX file is a ZIP archive; anything else (CSV, XLS, PDF) is the wrong type.
  if (bytes.readUInt32LE(0) !== 0x04034b50) throw fileError('import.file.wrongType');
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  let sheets = 0;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'cache',
    });
    for await (const sheet of reader) {
      sheets += 1;
      for await (const row of sheet) {
        if (sheets > 1) continue; // later sheets are drained, not read
        const values = (row.values as ExcelJS.CellValue[]).slice(1).map(toRawCell);
        if (isBlankRow(values)) continue;
        if (!headers) headers = values.map(headerText);
        else if (rows.length >= MAX_ROWS) throw fileError('import.file.tooManyRows', { max: MAX_ROWS });
        else rows.push({ row: row.number, cells: values });
      }
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw fileError('import.file.corrupt');
  }
  if (!sheets) throw fileError('import.file.corrupt');
  if (!headers || !rows.length) throw fileError('import.file.empty');
  return { headers, rows };
}
