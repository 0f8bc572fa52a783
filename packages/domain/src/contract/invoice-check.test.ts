import { aContractInvoice, aContractPrice } from '../testing/contract.builders';
import { checkInvoice } from './invoice-check';

// 365,000 kr. a year is 1,000 kr. a day, which keeps the arithmetic below readable.
describe('checkInvoice', () => {
  it('expects the yearly price pro rata, counting both ends of the period', () => {
    // Q1 2026: 31 + 28 + 31 = 90 days × 1,000
    const check = checkInvoice(aContractInvoice({ amount: 90_000 }), aContractPrice(), 2);
    expect(check).toEqual({ expected: 90_000, deviation: 0, deviationPercent: 0, flagged: false });
    const oneDay = aContractInvoice({ amount: 1_000, periodStart: '2026-01-01', periodEnd: '2026-01-01' });
    expect(checkInvoice(oneDay, aContractPrice(), 2).expected).toBe(1_000);
  });
  it('indexes the price yearly, compounded over whole years since the base date', () => {
    const price = aContractPrice({ priceBaseDate: '2024-01-01', indexationPercent: 3 });
    // 2 whole years: 1,000 × 1.03² = 1,060.90 a day × 90 days = 95,481
    expect(checkInvoice(aContractInvoice({ amount: 95_481 }), price, 1)).toMatchObject({
      expected: 95_481,
      deviation: 0,
      flagged: false,
    });
    // a day short of the second anniversary: 1 year, 1,030 a day; 2025-12-31–2026-03-30 is 1 + 31 + 28 + 30 = 90 days
    const early = aContractInvoice({ periodStart: '2025-12-31', periodEnd: '2026-03-30' });
    expect(checkInvoice(early, price, 1).expected).toBe(92_700);
  });
  it('does not index before the base date', () => {
    const price = aContractPrice({ priceBaseDate: '2026-01-01', indexationPercent: 3 });
    const before = aContractInvoice({ periodStart: '2025-06-01', periodEnd: '2025-06-30' });
    expect(checkInvoice(before, price, 1).expected).toBe(30_000);
  });
  it('counts the year from a leap-day base date as complete on 28 February', () => {
    const price = aContractPrice({ priceBaseDate: '2024-02-29', indexationPercent: 10 });
    const day = (date: string) => aContractInvoice({ periodStart: date, periodEnd: date });
    expect(checkInvoice(day('2025-02-27'), price, 1).expected).toBe(1_000);
    expect(checkInvoice(day('2025-02-28'), price, 1).expected).toBe(1_100);
  });
  it('expects 366/365 of the yearly price for a whole leap year', () => {
    const leapYear = aContractInvoice({ periodStart: '2028-01-01', periodEnd: '2028-12-31' });
    expect(checkInvoice(leapYear, aContractPrice(), 1).expected).toBe(366_000);
  });
  it('flags deviations beyond the tolerance either way, not at it', () => {
    // 91,800 − 90,000 = 1,800 = 2 % of 90,000
    const over = checkInvoice(aContractInvoice({ amount: 91_800 }), aContractPrice(), 2);
    expect(over).toEqual({ expected: 90_000, deviation: 1_800, deviationPercent: 2, flagged: false });
    expect(checkInvoice(aContractInvoice({ amount: 91_800 }), aContractPrice(), 1.99).flagged).toBe(true);
    const under = checkInvoice(aContractInvoice({ amount: 88_200 }), aContractPrice(), 1.5);
    expect(under).toEqual({ expected: 90_000, deviation: -1_800, deviationPercent: -2, flagged: true });
  });
  it('rounds the expected amount to øre', () => {
    // 100,000 / 365 = 273.9726…
    const oneDay = aContractInvoice({ amount: 273.97, periodStart: '2026-01-01', periodEnd: '2026-01-01' });
    expect(checkInvoice(oneDay, aContractPrice({ yearlyPrice: 100_000 }), 0)).toMatchObject({
      expected: 273.97,
      deviation: 0,
      flagged: false,
    });
  });
  it('flags any amount when nothing is expected', () => {
    const free = aContractPrice({ yearlyPrice: 0 });
    expect(checkInvoice(aContractInvoice({ amount: 100 }), free, 5)).toEqual({
      expected: 0,
      deviation: 100,
      deviationPercent: 100,
      flagged: true,
    });
    expect(checkInvoice(aContractInvoice({ amount: 0 }), free, 5).flagged).toBe(false);
  });
  it('refuses a period that ends before it starts', () => {
    const backwards = aContractInvoice({ periodStart: '2026-03-31', periodEnd: '2026-01-01' });
    expect(() => checkInvoice(backwards, aContractPrice(), 1)).toThrow(RangeError);
  });
});
