import { businessCaseTotals } from './business-case';

describe('businessCaseTotals', () => {
  it('is all zero without lines', () => {
    expect(businessCaseTotals([])).toEqual({
      oneOffCost: 0,
      yearlyCost: 0,
      oneOffBenefit: 0,
      yearlyBenefit: 0,
      totalCost: 0,
      totalBenefit: 0,
      net: 0,
    });
  });

  it('sums each kind and nets benefits against costs (hand-checked)', () => {
    // Costs: 500 000 once + 40 000 in each of 2027 and 2028 = 580 000.
    // Benefits: 25 000 once + 150 000 + 250 000 = 425 000. Net: 425 000 − 580 000 = −155 000.
    const totals = businessCaseTotals([
      { kind: 'ONE_OFF_COST', amount: 500_000 },
      { kind: 'YEARLY_COST', amount: 40_000 },
      { kind: 'YEARLY_COST', amount: 40_000 },
      { kind: 'ONE_OFF_BENEFIT', amount: 25_000 },
      { kind: 'YEARLY_BENEFIT', amount: 150_000 },
      { kind: 'YEARLY_BENEFIT', amount: 250_000 },
    ]);
    expect(totals).toEqual({
      oneOffCost: 500_000,
      yearlyCost: 80_000,
      oneOffBenefit: 25_000,
      yearlyBenefit: 400_000,
      totalCost: 580_000,
      totalBenefit: 425_000,
      net: -155_000,
    });
  });

  it('rounds to øre and skips amounts that are not numbers', () => {
    const totals = businessCaseTotals([
      { kind: 'YEARLY_BENEFIT', amount: 0.1 },
      { kind: 'YEARLY_BENEFIT', amount: 0.2 },
      { kind: 'ONE_OFF_COST', amount: Number.NaN },
    ]);
    expect(totals.yearlyBenefit).toBe(0.3);
    expect(totals.totalCost).toBe(0);
    expect(totals.net).toBe(0.3);
  });
});
