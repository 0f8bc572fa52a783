/**
 * Calendar dates in the domain are ISO strings ('2027-03-31'): contract terms and due dates are
 * days, not instants, so they never shift with a time zone. Conversion helpers live here.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (year: number, month: number) =>
  month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];

/**
 * The parts of an ISO calendar date; throws on anything else. Date rules run tens of thousands
 * of times per request (dashboard series, joint-tender discovery over a national collaboration),
 * so parsing and month arithmetic work on the numbers and never build a Date.
 */
function parseIsoDate(date: IsoDate): CalendarDay {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return { year, month, day };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Parses an ISO calendar date to a UTC-midnight Date; throws on anything else. */
export function toUtcDate(date: IsoDate): Date {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Formats a Date as the ISO calendar date of its UTC day. */
export function fromUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Adds whole months, clamping to the last day of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}

/** Adds whole days (negative to subtract). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtcDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtcDate(d);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcDate(b).getTime() - toUtcDate(a).getTime()) / 86_400_000);
}

/** Lexical comparison works for ISO dates; named for readability at call sites. */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

export function minDate(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  const present = dates.filter((d): d is IsoDate => !!d);
  return present.length ? present.reduce((m, d) => (d < m ? d : m)) : null;
}

/** A deadline is overdue from the day after it: on the day itself there is still time to act. */
export function isOverdue(deadline: IsoDate, today: IsoDate): boolean {
  return isBefore(deadline, today);
}
