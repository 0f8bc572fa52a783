/**
 * Business case totals: one-off and yearly costs and benefits, each line an amount in kroner
 * (yearly lines carry the year they fall in). The net is what the lines add up to over the years
 * they name: benefits minus costs.
 */

export type BusinessCaseLineKind = 'ONE_OFF_COST' | 'YEARLY_COST' | 'ONE_OFF_BENEFIT' | 'YEARLY_BENEFIT';

export interface BusinessCaseLineAmount {
  kind: BusinessCaseLineKind;
  amount: number;
}

export interface BusinessCaseTotals {
  oneOffCost: number;
  yearlyCost: number;
  oneOffBenefit: number;
  yearlyBenefit: number;
  totalCost: number;
  totalBenefit: number;
  /** totalBenefit − totalCost: positive when the case pays for itself over its lines. */
  net: number;
}

const KEY: Record<BusinessCaseLineKind, 'oneOffCost' | 'yearlyCost' | 'oneOffBenefit' | 'yearlyBenefit'> = {
  ONE_OFF_COST: 'oneOffCost',
  YEARLY_COST: 'yearlyCost',
  ONE_OFF_BENEFIT: 'oneOffBenefit',
  YEARLY_BENEFIT: 'yearlyBenefit',
};

/** Sums per kind, rounded to øre so floating point never shows as a stray decimal. */
export function businessCaseTotals(lines: readonly BusinessCaseLineAmount[]): BusinessCaseTotals {
  const sums = { oneOffCost: 0, yearlyCost: 0, oneOffBenefit: 0, yearlyBenefit: 0 };
  for (const line of lines) {
    if (!Number.isFinite(line.amount)) continue;
    sums[KEY[line.kind]] += line.amount;
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const totalCost = round(sums.oneOffCost + sums.yearlyCost);
  const totalBenefit = round(sums.oneOffBenefit + sums.yearlyBenefit);
  return {
    oneOffCost: round(sums.oneOffCost),
    yearlyCost: round(sums.yearlyCost),
    oneOffBenefit: round(sums.oneOffBenefit),
    yearlyBenefit: round(sums.yearlyBenefit),
    totalCost,
    totalBenefit,
    net: round(totalBenefit - totalCost),
  };
}
