import { addDays, addMonths, toUtcDate, type IsoDate } from '@overblik/domain';
import { todayInCopenhagen } from '../shared/today';

/**
 * Every seeded date is relative to this day: the API's today when the seed runs (or
 * OVERBLIK_SEED_TODAY), so the demo always looks current ("a contract ending within 12 months" is
 * true on the day a newcomer starts it) and agrees with the server's and the browser's today.
 */
export const SEED_TODAY: IsoDate =
  process.env.OVERBLIK_SEED_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(process.env.OVERBLIK_SEED_TODAY)
    ? process.env.OVERBLIK_SEED_TODAY
    : todayInCopenhagen();

/** A @db.Date value: the ISO day at UTC midnight, the form Prisma writes without shifting it. */
export const day = (iso: IsoDate): Date => toUtcDate(iso);

/** Last day of the month `months` after SEED_TODAY's month (negative for the past). */
export function monthEnd(months: number): IsoDate {
  const first = addMonths(`${SEED_TODAY.slice(0, 7)}-01`, months + 1);
  return addDays(first, -1);
}

/** First day of the month `months` after SEED_TODAY's month. */
export function monthStart(months: number): IsoDate {
  return addMonths(`${SEED_TODAY.slice(0, 7)}-01`, months);
}

/** Last day of the month that lies `months` after `from`'s month. */
export function monthEndFrom(from: IsoDate, months: number): IsoDate {
  return addDays(addMonths(`${from.slice(0, 7)}-01`, months + 1), -1);
}

/** SEED_TODAY shifted by whole days, e.g. a status report 20 days old. */
export const daysFromToday = (days: number): IsoDate => addDays(SEED_TODAY, days);

/** A timestamp for "when it happened" columns (decisions, phase changes), at 10:00 UTC that day. */
export const at = (iso: IsoDate): Date => new Date(`${iso}T10:00:00Z`);

/** Quarter label "YYYY-Qn" used by allocations and resource demands. */
export function quarterOf(iso: IsoDate): string {
  return `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

/** `count` consecutive quarter labels starting with the quarter `offset` quarters after today's. */
export function quarters(offset: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => quarterOf(addMonths(SEED_TODAY, (offset + i) * 3)));
}

export { addDays, addMonths };
