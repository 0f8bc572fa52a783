import type { IsoDate } from '@overblik/domain';

const COPENHAGEN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today as a calendar day in Copenhagen: contract deadlines are Danish calendar days, not UTC.
 * OVERBLIK_TODAY (YYYY-MM-DD) pins the day for tests and demos whose data is relative to a fixed day.
 */
export function copenhagenToday(now: Date = new Date()): IsoDate {
  const pinned = process.env.OVERBLIK_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return COPENHAGEN_DAY.format(now);
}
