import type { IsoDate } from '../shared/dates';
import { type Benefit, latestMeasurement } from './benefit';

/**
 * How far the benefit has come from baseline to target, in percent, using the latest measurement
 * on or before `asOf`:  (latest − baseline) / (target − baseline) · 100.
 *
 * The ratio is direction-correct by itself: for a DECREASE both deltas are negative
 * (baseline 100, target 60, measured 80 → −20 / −40 = 50 %).
 * - Not clamped above 100: an overshoot is real information for the board (measured 50 → 125 %).
 * - Negative when the value moved the wrong way (measured 110 → 10 / −40 = −25 %). Clamping to 0
 *   would hide a benefit that is deteriorating behind one that simply has not started.
 * Null when baseline or target is missing, there is no measurement yet, or target equals
 * baseline (nothing to realise, so no meaningful share).
 */
export function realisationPercent(benefit: Benefit, asOf?: IsoDate): number | null {
  const { baseline, target } = benefit;
  if (baseline === null || target === null || target === baseline) return null;
  const latest = latestMeasurement(benefit.measurements, asOf);
  if (!latest) return null;
  return ((latest.value - baseline) * 100) / (target - baseline);
}
