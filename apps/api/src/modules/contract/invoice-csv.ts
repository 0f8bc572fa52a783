import Papa from 'papaparse';

/** Header names accepted per field, Danish and English, compared case-insensitively. */
const HEADERS: Record<string, string[]> = {
  number: ['number', 'fakturanummer', 'nummer', 'invoice number'],
  invoiceDate: ['invoicedate', 'fakturadato', 'dato', 'invoice date'],
  periodStart: ['periodstart', 'periode fra', 'fra', 'period start'],
  periodEnd: ['periodend', 'periode til', 'til', 'period end'],
  amount: ['amount', 'beløb', 'belob', 'amount (kr.)', 'beløb (kr.)'],
  note: ['note', 'bemærkning', 'comment'],
};

/** "12.345,67", "12345,67" and "12345.67" all mean 12345.67; anything else is NaN. */
export function parseAmount(text: string): number {
  const t = text.replace(/\s|kr\.?/gi, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return Number.NaN;
}

/** Accepts ISO dates and Danish dd-mm-yyyy / dd.mm.yyyy; returns the ISO form or the text unchanged. */
export function parseDate(text: string): string {
  const t = text.trim();
  const dk = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(t);
  return dk ? `${dk[3]}-${dk[2].padStart(2, '0')}-${dk[1].padStart(2, '0')}` : t;
}

export interface CsvInvoiceRow {
  line: number;
  values: Record<string, unknown>;
}

/** Parses the file into raw rows keyed by field; the delimiter (; or ,) is detected. */
export function parseInvoiceCsv(csv: string): { rows: CsvInvoiceRow[]; missingColumns: string[] } {
  const parsed = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: 'greedy' });
  const [header = [], ...data] = parsed.data;
  const index: Record<string, number> = {};
  header.forEach((h, i) => {
    const name = h.trim().toLowerCase();
    for (const [field, names] of Object.entries(HEADERS)) if (names.includes(name)) index[field] = i;
  });
  const missingColumns = ['number', 'invoiceDate', 'periodStart', 'periodEnd', 'amount'].filter(
    (f) => index[f] === undefined,
  );
  const cell = (row: string[], field: string) =>
    index[field] === undefined ? '' : (row[index[field]] ?? '').trim();
  const rows = data.map((row, i) => ({
    line: i + 2,
    values: {
      number: cell(row, 'number'),
      invoiceDate: parseDate(cell(row, 'invoiceDate')),
      periodStart: parseDate(cell(row, 'periodStart')),
      periodEnd: parseDate(cell(row, 'periodEnd')),
      amount: parseAmount(cell(row, 'amount')),
      note: cell(row, 'note'),
    },
  }));
  return { rows, missingColumns };
}
