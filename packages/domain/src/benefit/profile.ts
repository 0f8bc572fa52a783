import { daysBetween, type IsoDate, toUtcDate } from '../shared/dates';
import type { BenefitProfilePoint } from './benefit';

const byDate = (a: BenefitProfilePoint, b: BenefitProfilePoint) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/**
 * The planned value on `date`, read from the benefit profile (the business case's plan over time).
 * - Between two points: linear by calendar days, since plans are stated as "reach X by date Y".
 * - On a point: that point's value.
 * - Before the first point: the baseline, because nothing is planned to have changed yet; without
 *   a baseline the first point's value is the best available statement of the plan.
 * - After the last point: the last value, the plan's steady state.
 * Points may come unsorted. Null only when there is neither a profile nor a baseline.
 */
export function plannedValueAt(
  profile: readonly BenefitProfilePoint[],
  date: IsoDate,
  baseline: number | null,
): number | null {
  return plannedValueReader(profile, baseline)(date);
}

/**
 * plannedValueAt for one profile read at many dates: the points are sorted once and the segment
 * lengths counted once, so a 36-month series does not re-sort and re-parse the profile each month.
 */
export function plannedValueReader(
  profile: readonly BenefitProfilePoint[],
  baseline: number | null,
): (date: IsoDate) => number | null {
  if (profile.length === 0) return () => baseline;
  const points = [...profile].sort(byDate);
  const first = points[0];
  const last = points[points.length - 1];
  const lengths = points.slice(1).map((to, i) => daysBetween(points[i].date, to.date));
  const starts = points.map((p) => toUtcDate(p.date).getTime());
  return (date) => {
    if (date < first.date) return baseline ?? first.plannedValue;
    if (date >= last.date) return last.plannedValue;
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i];
      const to = points[i + 1];
      if (date === from.date) return from.plannedValue;
      if (date < to.date) {
        // daysBetween(from.date, date), with from's day parsed once.
        const share = Math.round((toUtcDate(date).getTime() - starts[i]) / 86_400_000) / lengths[i];
        return from.plannedValue + (to.plannedValue - from.plannedValue) * share;
      }
    }
    return last.plannedValue; // unreachable: date < last.date is always inside some segment
  };
}
