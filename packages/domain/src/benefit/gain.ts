import type { IsoDate } from '../shared/dates';
import { type Benefit, directionSign, latestMeasurement } from './benefit';
import { plannedValueAt } from './profile';

/**
 * Kr. per full-time equivalent per year used to put FTE benefits on the same scale as kr. benefits.
 * 550,000 is a round planning figure for the yearly full cost of a municipal case worker (salary,
 * pension and overhead); organisations with their own figure pass `fteKr`.
 */
export const DEFAULT_FTE_KR = 550_000;

export interface GainOptions {
  fteKr?: number;
}

/**
 * Kr. per unit of the benefit's value, signed so a gain is positive: 1 for kr., fteKr for FTE,
 * −1 for a disbenefit (recorded as the size of the negative effect moving in its direction, so it
 * subtracts from the total). Null for qualitative benefits, which have no kr. value.
 */
export function krPerUnit(benefit: Benefit, { fteKr = DEFAULT_FTE_KR }: GainOptions = {}): number | null {
  switch (benefit.type) {
    case 'ECONOMIC_KR':
      return 1;
    case 'ECONOMIC_FTE':
      return fteKr;
    case 'DISBENEFIT':
      return -1;
    case 'QUALITATIVE':
      return null;
  }
}

// 0 · −1 is −0 in JavaScript; a gain of "minus nothing" should read as plain 0.
const gain = (delta: number, benefit: Benefit, factor: number): number =>
  delta * directionSign(benefit.direction) * factor + 0;

/**
 * Planned gain in kr. on `asOf`: (planned value − baseline), direction-aware, converted to kr.
 * Null for qualitative benefits and when there is no baseline to measure a change from.
 */
export function plannedGainKr(benefit: Benefit, asOf: IsoDate, options: GainOptions = {}): number | null {
  const factor = krPerUnit(benefit, options);
  if (factor === null || benefit.baseline === null) return null;
  const planned = plannedValueAt(benefit.profile, asOf, benefit.baseline) ?? benefit.baseline;
  return gain(planned - benefit.baseline, benefit, factor);
}

/**
 * Realised gain in kr. on `asOf`: (latest measurement − baseline), direction-aware, in kr. A
 * benefit with no measurement yet has realised 0: nothing is shown to have been harvested.
 * The value is a level against the baseline, so it already holds everything realised so far.
 */
export function realisedGainKr(benefit: Benefit, asOf: IsoDate, options: GainOptions = {}): number | null {
  const factor = krPerUnit(benefit, options);
  if (factor === null || benefit.baseline === null) return null;
  const latest = latestMeasurement(benefit.measurements, asOf);
  return latest ? gain(latest.value - benefit.baseline, benefit, factor) : 0;
}

/** Targeted gain in kr.: (target − baseline), direction-aware; null without baseline and target. */
export function targetGainKr(benefit: Benefit, options: GainOptions = {}): number | null {
  const factor = krPerUnit(benefit, options);
  if (factor === null || benefit.baseline === null || benefit.target === null) return null;
  return gain(benefit.target - benefit.baseline, benefit, factor);
}
