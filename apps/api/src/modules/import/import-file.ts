import Papa from 'papaparse';
import type { RawCell, SheetRow } from '@overblik/domain';
import { isBlankRow } from '@overblik/domain';
import { fileError, MAX_FILE_BYTES, MAX_ROWS, readKitosWorkbook, type Workbook } from './kitos-workbook';

const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;

/**
 * A CSV cell as the domain's RawCell. A cell starting with "=" is a formula to a spreadsheet that
 * opens the file: refused as in a workbook, never stored as text.
 */
const csvCell = (text: string): RawCell => {
  if (text.trim() === '') return null;
  return text.startsWith('=') ? { formula: text.slice(1) } : text;
};

/** The separator the header line uses most: ";" (Danish Excel), "," or a tab. */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0];
  const count = (d: string) => header.split(d).length;
  return [';', ',', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best));
}

/**
 * Reads a CSV file (UTF-8, optionally with a byte-order mark; ";", "," or tab as the header line shows): the first
 * non-blank record is the header row. Bytes that are not UTF-8 text (an XLS, a PDF) are the wrong type.
 */
function readCsv(bytes: Buffer): Workbook {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileError('import.file.wrongType');
  }
  // eslint-disable-next-line no-control-regex -- a NUL byte says the file is binary, not text
  if (/\u0000/.test(text)) throw fileError('import.file.wrongType');
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter: delimiterOf(body) });
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  parsed.data.forEach((record, i) => {
    const cells = record.map(csvCell);
    if (isBlankRow(cells)) return;
    if (!headers) headers = record.map((h) => h.trim());
    else if (rows.length >= MAX_ROWS) throw fileError('import.file.tooManyRows', { max: MAX_ROWS });
    else rows.push({ row: i + 1, cells });
  });
  if (!headers || !rows.length) throw fileError('import.file.empty');
  return { headers, rows };
}

/** An import file: an XLSX workbook (a ZIP archive) or a CSV file, checked for size and emptiness first. */
export async function readImportFile(bytes: Buffer): Promise<Workbook> {
  if (bytes.length === 0) throw fileError('import.file.empty');
  if (bytes.length > MAX_FILE_BYTES) {
    throw fileError('import.file.tooLarge', { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
  }
  return isZip(bytes) ? readKitosWorkbook(bytes) : readCsv(bytes);
}
