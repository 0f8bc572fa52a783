/**
 * What consolidating one capability overlap onto a system the user chose would save, net of what the
 * move costs and counted only from when the contracts let each retired system go. The survivor is
 * always the caller's choice: the cheapest system is not necessarily the one that serves best.
 */
import { addDays, addMonths, type IsoDate } from '../shared/dates';
import type { LandscapeContract } from './landscape-graph.types';

export interface ConsolidationCandidate {
  usageId: string;
  name: string;
  /** Running cost per year (licence, operation, data). */
  yearlyCost: number;
  /** One-off cost of moving this usage's users and data onto another system. */
  switchingCost: number;
  /** Months the migration takes; the retired system keeps running (and costing) meanwhile. */
  migrationMonths: number;
  /** The first day no contract binds the usage any more, or null when its contracts set no reachable end. */
  releasableFrom: IsoDate | null;
}

export interface RetiredUsageSaving {
  usageId: string;
  name: string;
  yearlyCost: number;
  /** Switching cost plus the running cost of the migration months. */
  migrationCost: number;
  /** When its running cost stops (≥ today); null: no contract end in sight, so no saving is counted. */
  savingFrom: IsoDate | null;
  /** Its running cost saved between savingFrom and the horizon's end, whole months. */
  savedWithinHorizon: number;
}

export interface ConsolidationSaving {
  survivorUsageId: string;
  retired: RetiredUsageSaving[];
  /** The yearly running cost that stops once every retired usage with a reachable end is gone. */
  yearlySaving: number;
  migrationCost: number;
  /** When the whole yearly saving applies (the latest savingFrom); null when some retired usage has none. */
  fullSavingFrom: IsoDate | null;
  horizonEnd: IsoDate;
  /** Saved within the horizon minus the migration cost; negative when the move does not pay back in time. */
  netSaving: number;
}

const round = (kr: number) => Math.round(kr * 100) / 100;

/** Whole months from `from` until `until` (0 when `from` is later). */
function wholeMonths(from: IsoDate, until: IsoDate): number {
  let months = 0;
  while (addMonths(from, months + 1) <= until) months += 1;
  return months;
}

/**
 * The saving from keeping `survivorUsageId` and retiring every other candidate, over `horizonMonths`
 * from `today`. Throws when the survivor is not one of the candidates: a caller bug, not user input.
 */
export function consolidationSaving(
  candidates: readonly ConsolidationCandidate[],
  survivorUsageId: string,
  today: IsoDate,
  horizonMonths: number,
): ConsolidationSaving {
  if (!candidates.some((c) => c.usageId === survivorUsageId)) {
    throw new RangeError(`Survivor ${survivorUsageId} is not part of the overlap`);
  }
  const horizonEnd = addMonths(today, horizonMonths);
  const retired = candidates
    .filter((c) => c.usageId !== survivorUsageId)
    .map((c): RetiredUsageSaving => {
      const savingFrom =
        c.releasableFrom === null ? null : c.releasableFrom < today ? today : c.releasableFrom;
      const monthly = c.yearlyCost / 12;
      return {
        usageId: c.usageId,
        name: c.name,
        yearlyCost: c.yearlyCost,
        migrationCost: round(c.switchingCost + c.migrationMonths * monthly),
        savingFrom,
        savedWithinHorizon: savingFrom === null ? 0 : round(wholeMonths(savingFrom, horizonEnd) * monthly),
      };
    });
  const total = (pick: (r: RetiredUsageSaving) => number) =>
    round(retired.reduce((sum, r) => sum + pick(r), 0));
  const migrationCost = total((r) => r.migrationCost);
  const dates = retired.map((r) => r.savingFrom);
  return {
    survivorUsageId,
    retired,
    yearlySaving: total((r) => (r.savingFrom === null ? 0 : r.yearlyCost)),
    migrationCost,
    fullSavingFrom: dates.includes(null)
      ? null
      : (dates as IsoDate[]).reduce((a, b) => (b > a ? b : a), today),
    horizonEnd,
    netSaving: round(total((r) => r.savedWithinHorizon) - migrationCost),
  };
}

/**
 * The first day the contracts covering a usage let it go: the day after the latest of their earliest
 * possible ends (an ended contract binds nothing), never before today. No contract: today. Null when a
 * covering contract has no end it can reach (open-ended without notice terms).
 */
export function usageReleasableFrom(
  covering: readonly LandscapeContract[] | undefined,
  today: IsoDate,
): IsoDate | null {
  let latest = today;
  for (const contract of covering ?? []) {
    const end = contract.earliestTermination ?? contract.effectiveEnd;
    if (end === null || end === undefined) return null;
    const free = addDays(end, 1);
    if (free > latest) latest = free;
  }
  return latest;
}
