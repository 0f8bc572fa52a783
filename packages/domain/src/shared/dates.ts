/**
 * Calendar dates in the domain are ISO strings ('2027-03-31'): contract terms and due dates are
 * days, not instants, so they never shift with a time zone. Conversion helpers live here.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses an ISO calendar date to a UTC-midnight Date; throws on anything else. Hot in dashboard
 * series (tens of thousands of calls), so it validates from the parts instead of re-formatting.
 */
export function toUtcDate(date: IsoDate): Date {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  const parsed = new Date(Date.UTC(year, month, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month || parsed.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return parsed;
}

/** Formats a Date as the ISO calendar date of its UTC day. */
export function fromUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Adds whole months, clamping to the last day of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = toUtcDate(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtcDate(target);
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
