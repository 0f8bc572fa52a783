import type { IsoDate } from '../shared/dates';

/**
 * A benefit (gevinst) promised by a project's business case, with its planned profile and the
 * measurements recorded over time. Amounts are plain numbers in the benefit's unit: kr. for
 * ECONOMIC_KR and DISBENEFIT, full-time equivalents for ECONOMIC_FTE, any score for QUALITATIVE.
 */
export type BenefitType = 'ECONOMIC_KR' | 'ECONOMIC_FTE' | 'QUALITATIVE' | 'DISBENEFIT';

/** Which way the measured value must move for the benefit to be realised (a cost saving is DECREASE). */
export type BenefitDirection = 'INCREASE' | 'DECREASE';

export interface BenefitProfilePoint {
  date: IsoDate;
  plannedValue: number;
}

export interface BenefitMeasurement {
  measuredOn: IsoDate;
  value: number;
}

export interface Benefit {
  id: string;
  projectId: string | null;
  title: string;
  type: BenefitType;
  /** True when the gain can be taken out of a budget (kr. actually freed), not just time or quality. */
  cashable: boolean;
  baseline: number | null;
  target: number | null;
  direction: BenefitDirection;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  profile: BenefitProfilePoint[];
  measurements: BenefitMeasurement[];
  responsibleUserId: string | null;
  /** The unit whose budget harvests the gain. */
  harvestingUnitId: string | null;
  strategyIds: string[];
}

/**
 * The most recent measurement on or before `asOf` (all measurements when `asOf` is omitted).
 * Input order does not matter; when two share a date the one listed last wins, because lists
 * come in recording order and a same-day correction is recorded after the value it corrects.
 */
export function latestMeasurement(
  measurements: readonly BenefitMeasurement[],
  asOf?: IsoDate,
): BenefitMeasurement | null {
  let latest: BenefitMeasurement | null = null;
  for (const m of measurements) {
    if (asOf !== undefined && m.measuredOn > asOf) continue;
    if (!latest || m.measuredOn >= latest.measuredOn) latest = m;
  }
  return latest;
}

/** +1 when a higher value is better, −1 when lower is better; turns raw deltas into gains. */
export function directionSign(direction: BenefitDirection): 1 | -1 {
  return direction === 'INCREASE' ? 1 : -1;
}
