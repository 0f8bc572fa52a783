/**
 * One spreadsheet cell as the reader hands it over: plain values, or a marker for a formula or an
 * Excel error. Rich text and hyperlinks arrive as their text. No spreadsheet library type leaks
 * into the domain, so these rules are testable without a workbook.
 */
export type RawCell = null | string | number | boolean | Date | { formula: string } | { error: string };

/** A cell that cannot be read: the message key (server and web catalogues) and its parameters. */
export interface CellProblem {
  message: ImportMessage;
  params?: Record<string, string | number>;
}

export type ImportMessage =
  | 'import.error.formula'
  | 'import.error.cellError'
  | 'import.error.controlCharacters'
  | 'import.error.tooLong'
  | 'import.error.required'
  | 'import.error.boolean'
  | 'import.error.date'
  | 'import.error.number'
  | 'import.error.uuid'
  | 'import.error.lifecycle'
  | 'import.error.duplicateUuid'
  | 'import.error.duplicateName'
  | 'import.error.cycle'
  | 'import.error.unknownParent'
  | 'import.error.dateOrder'
  | 'import.warning.personNotMember'
  | 'import.warning.contractNotFound'
  | 'import.warning.systemNotFound'
  | 'import.warning.supplierOnSharedEntry'
  | 'import.error.duration'
  | 'import.error.option'
  | 'import.error.duplicateId'
  | 'import.error.duplicateEmail'
  | 'import.error.startDate'
  | 'import.error.dataType'
  | 'import.error.email'
  | 'import.warning.keptAsAttribute'
  | 'import.warning.economyKept'
  | 'import.warning.usageNotFound'
  | 'import.warning.providerNotFound'
  | 'import.warning.sharedInterface'
  | 'import.warning.alreadyMember'
  | 'import.warning.ownerRecorded'
  | 'import.error.enumValue'
  | 'import.error.unknownReference'
  | 'import.warning.sharedDataSource'
  | 'import.error.ambiguousReference'
  | 'import.error.duplicateLink'
  | 'import.warning.sharedSystem'
  | 'import.error.phaseChange'
  | 'import.error.programmeArchived';

export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: ImportMessage, params?: CellProblem['params']): CellResult<T> => ({
  ok: false,
  problem: { message, ...(params ? { params } : {}) },
});

/** C0 control characters and DEL except tab, line feed and carriage return (as the API refuses them). */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const MAX_TEXT = 2_000;

/** A formula is refused, not evaluated: its cached result may be stale, and KITOS never exports one. */
function plain(cell: RawCell): CellResult<Exclude<RawCell, { formula: string } | { error: string }>> {
  if (cell && typeof cell === 'object' && !(cell instanceof Date)) {
    return 'formula' in cell ? fail('import.error.formula') : fail('import.error.cellError');
  }
  return ok(cell);
}

/** Trimmed text; '' for an empty cell. Numbers and booleans read as they show. */
export function readText(cell: RawCell): CellResult<string> {
  const p = plain(cell);
  if (!p.ok) return p;
  const v = p.value;
  if (v == null) return ok('');
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
  if (CONTROL.test(text)) return fail('import.error.controlCharacters');
  if (text.length > MAX_TEXT) return fail('import.error.tooLong', { max: MAX_TEXT });
  return ok(text);
}

/** KITOS writes booleans as Ja/Nej; an empty cell is "not stated" (null). */
export function readBoolean(cell: RawCell): CellResult<boolean | null> {
  if (typeof cell === 'boolean') return ok(cell);
  const t = readText(cell);
  if (!t.ok) return t;
  const v = t.value.toLowerCase();
  if (v === '') return ok(null);
  if (v === 'ja' || v === 'yes') return ok(true);
  if (v === 'nej' || v === 'no') return ok(false);
  return fail('import.error.boolean', { value: t.value });
}

/** KITOS's multi-valued fields are comma-separated; blanks and repeats are dropped. */
export function readList(cell: RawCell): CellResult<string[]> {
  const t = readText(cell);
  if (!t.ok) return t;
  return ok([
    ...new Set(
      t.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]);
}

const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  februar: 2,
  feb: 2,
  marts: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date for a real calendar day, or null (31-02-2024 is no day). */
function isoDay(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1900 || year > 2200) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Day 0 of Excel's 1900 date system, after its phantom 29 February 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date as an ISO day, or null for an empty cell. Accepts a date cell, an Excel serial number
 * (45292 = 2024-01-01), and Danish text: dd-mm-yyyy, dd.mm.yyyy, dd/mm/yyyy, "1. marts 2024", and ISO.
 */
export function readDate(cell: RawCell): CellResult<string | null> {
  const p = plain(cell);
  if (!p.ok) return p;
  const v = p.value;
  if (v == null || v === '') return ok(null);
  if (v instanceof Date) {
    return Number.isNaN(v.getTime())
      ? fail('import.error.date', { value: '' })
      : ok(v.toISOString().slice(0, 10));
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v > 200_000) return fail('import.error.date', { value: String(v) });
    return ok(new Date(EXCEL_EPOCH + Math.floor(v) * 86_400_000).toISOString().slice(0, 10));
  }
  const t = readText(v);
  if (!t.ok) return t;
  const text = t.value.toLowerCase();
  if (text === '') return ok(null);
  let iso: string | null = null;
  let m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  if (m) iso = isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:[t ].*)?$/.exec(text))) {
    iso = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  } else if ((m = /^(\d{1,2})\.?\s+([a-zæøå]+)\.?\s+(\d{4})$/.exec(text)) && MONTHS[m[2]]) {
    iso = isoDay(Number(m[3]), MONTHS[m[2]], Number(m[1]));
  }
  return iso ? ok(iso) : fail('import.error.date', { value: t.value });
}

/** A whole number ≥ 0, or null for an empty cell. */
export function readCount(cell: RawCell): CellResult<number | null> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 0
      ? ok(cell)
      : fail('import.error.number', { value: String(cell) });
  }
  const t = readText(cell);
  if (!t.ok) return t;
  if (t.value === '') return ok(null);
  return /^\d{1,9}$/.test(t.value) ? ok(Number(t.value)) : fail('import.error.number', { value: t.value });
}

/** An amount in kr.: a number cell, or Danish text ("12.345,67", "12345,67", "12345.67", "1.000 kr."). */
export function readAmount(cell: RawCell): CellResult<number | null> {
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? ok(Math.round(cell * 100) / 100)
      : fail('import.error.number', { value: '' });
  }
  const r = readText(cell);
  if (!r.ok) return r;
  const t = r.value.replace(/\s|kr\.?/gi, '');
  if (t === '') return ok(null);
  let n = Number.NaN;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) n = Number(t.replace(/\./g, '').replace(',', '.'));
  else if (/^-?\d+,\d+$/.test(t)) n = Number(t.replace(',', '.'));
  else if (/^-?\d+(\.\d+)?$/.test(t)) n = Number(t);
  return Number.isFinite(n) ? ok(Math.round(n * 100) / 100) : fail('import.error.number', { value: r.value });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A KITOS UUID in lower case, or null for an empty cell. */
export function readUuid(cell: RawCell): CellResult<string | null> {
  const t = readText(cell);
  if (!t.ok) return t;
  if (t.value === '') return ok(null);
  return UUID.test(t.value) ? ok(t.value.toLowerCase()) : fail('import.error.uuid', { value: t.value });
}
