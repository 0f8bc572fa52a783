import type { IsoDate } from '../shared/dates';
import { type Benefit, directionSign, latestMeasurement } from './benefit';
import { plannedValueAt } from './profile';

export type VarianceRag = 'GREEN' | 'AMBER' | 'RED';

export interface VarianceThresholds {
  /** Behind plan by at most this share of the planned change (in percent) is still GREEN. */
  amberPercent?: number;
  /** Behind plan by more than this share is RED; between the two is AMBER. */
  redPercent?: number;
}

export interface PlanVariance {
  planned: number;
  actual: number;
  /** Percent of the planned change the actual is behind plan; negative when ahead of plan. */
  behindPercent: number;
}

/**
 * Compares the latest actual on or before `asOf` with the planned value on `asOf`:
 *
 *   behindPercent = (planned − actual) · sign / |planned − baseline| · 100,   sign = +1 INCREASE, −1 DECREASE
 *
 * Example (DECREASE, yearly cost): baseline 100, planned 60 today, measured 70.
 *   Planned change |60 − 100| = 40; behind by (60 − 70) · −1 = 10 → 10 / 40 = 25 % behind plan.
 * The denominator is the planned change, not the planned value, so a benefit that planned to move
 * 40 and is 10 short is judged the same whatever its absolute level.
 * Null when not computable: no baseline, no measurement yet, or no change planned by `asOf`
 * (nothing to be behind on; any percentage of zero would be meaningless).
 */
export function planVariance(benefit: Benefit, asOf: IsoDate): PlanVariance | null {
  const { baseline } = benefit;
  if (baseline === null) return null;
  const latest = latestMeasurement(benefit.measurements, asOf);
  const planned = plannedValueAt(benefit.profile, asOf, baseline);
  if (!latest || planned === null || planned === baseline) return null;
  return {
    planned,
    actual: latest.value,
    behindPercent: ragShortfallPercent(
      planned - baseline,
      latest.value - baseline,
      directionSign(benefit.direction),
    ),
  };
}

/** RAG of a benefit's variance against plan on `asOf` (see planVariance for the formula). */
export function varianceRag(
  benefit: Benefit,
  asOf: IsoDate,
  thresholds: VarianceThresholds = {},
): VarianceRag | null {
  const variance = planVariance(benefit, asOf);
  return variance ? ragForBehindPercent(variance.behindPercent, thresholds) : null;
}

/**
 * Shortfall of an actual change against a planned change, as a percent of the planned change.
 * Multiplying by 100 before dividing keeps whole-number examples exact (0.15 · 100 ≠ 15 in floats).
 */
export function ragShortfallPercent(plannedChange: number, actualChange: number, sign: 1 | -1): number {
  return ((plannedChange - actualChange) * sign * 100) / Math.abs(plannedChange);
}

// Interpolated plans produce values like 24.999999999999996; a colour must not flip on float noise.
const EPSILON = 1e-9;

/**
 * GREEN when ahead of plan or behind by at most amberPercent; AMBER when behind by more than that
 * up to and including redPercent; RED beyond. Boundaries belong to the milder colour, so exactly
 * 10 % behind is GREEN and exactly 25 % behind is AMBER with the defaults.
 */
export function ragForBehindPercent(
  behindPercent: number,
  { amberPercent = 10, redPercent = 25 }: VarianceThresholds = {},
): VarianceRag {
  if (behindPercent <= amberPercent + EPSILON) return 'GREEN';
  if (behindPercent <= redPercent + EPSILON) return 'AMBER';
  return 'RED';
}
