import type { IsoDate } from '@overblik/domain';

const COPENHAGEN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day an instant falls on in Copenhagen (where the municipalities' dates are kept). */
export const copenhagenDayOf = (instant: Date): IsoDate => COPENHAGEN_DAY.format(instant);

/**
 * THE today of the API: the calendar day in Copenhagen, since contract deadlines, report ages and
 * measurement dates are Danish calendar days, not UTC. OVERBLIK_TODAY (YYYY-MM-DD) pins it for
 * tests and demos whose data is relative to a fixed day. A request takes it once (`Context.today`)
 * so every rule in the request agrees even across midnight; jobs outside a request call this.
 */
export function todayInCopenhagen(now: Date = new Date()): IsoDate {
  const pinned = process.env.OVERBLIK_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return copenhagenDayOf(now);
}
