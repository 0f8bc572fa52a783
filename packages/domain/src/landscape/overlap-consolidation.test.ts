import { aLandscapeContract } from '../testing/landscape.builders';
import {
  consolidationSaving,
  usageReleasableFrom,
  type ConsolidationCandidate,
} from './overlap-consolidation';

const today = '2026-12-06';
// Three years ahead: the horizon ends 2029-12-06.
const candidate = (
  overrides: Partial<ConsolidationCandidate> & { usageId: string },
): ConsolidationCandidate => ({
  name: overrides.usageId,
  yearlyCost: 0,
  switchingCost: 0,
  migrationMonths: 0,
  releasableFrom: today,
  ...overrides,
});
const a = candidate({
  usageId: 'a',
  yearlyCost: 120_000,
  switchingCost: 100_000,
  migrationMonths: 2,
  releasableFrom: null,
});
const b = candidate({
  usageId: 'b',
  yearlyCost: 60_000,
  switchingCost: 40_000,
  migrationMonths: 3,
  releasableFrom: '2027-07-01',
});
const c = candidate({ usageId: 'c', yearlyCost: 24_000, migrationMonths: 6, releasableFrom: '2026-01-01' });

describe('consolidationSaving', () => {
  it('keeps the chosen survivor and nets the retired systems’ savings against their migration cost', () => {
    // b: 5,000/month. Migration 40,000 + 3 × 5,000 = 55,000. Free from 2027-07-01: 29 whole months
    //    until 2029-12-06 (2029-12-01 is the 29th) = 145,000.
    // c: 2,000/month. Migration 0 + 6 × 2,000 = 12,000. Free since before today, so from today: 36 months = 72,000.
    // Yearly 84,000; migration 67,000; net 217,000 − 67,000 = 150,000.
    expect(consolidationSaving([a, b, c], 'a', today, 36)).toEqual({
      survivorUsageId: 'a',
      retired: [
        {
          usageId: 'b',
          name: 'b',
          yearlyCost: 60_000,
          migrationCost: 55_000,
          savingFrom: '2027-07-01',
          savedWithinHorizon: 145_000,
        },
        {
          usageId: 'c',
          name: 'c',
          yearlyCost: 24_000,
          migrationCost: 12_000,
          savingFrom: today,
          savedWithinHorizon: 72_000,
        },
      ],
      yearlySaving: 84_000,
      migrationCost: 67_000,
      fullSavingFrom: '2027-07-01',
      horizonEnd: '2029-12-06',
      netSaving: 150_000,
    });
  });

  it('counts no saving for a system whose contract sets no reachable end, but still its migration cost', () => {
    // Keeping the cheapest (c) retires a: 100,000 + 2 × 10,000 = 120,000 cost, no saving; and b as above.
    // Net 145,000 − (120,000 + 55,000) = −30,000: here the cheapest survivor would lose money.
    const saving = consolidationSaving([a, b, c], 'c', today, 36);
    expect(
      saving.retired.map((r) => [r.usageId, r.migrationCost, r.savingFrom, r.savedWithinHorizon]),
    ).toEqual([
      ['a', 120_000, null, 0],
      ['b', 55_000, '2027-07-01', 145_000],
    ]);
    expect(saving).toMatchObject({
      yearlySaving: 60_000,
      migrationCost: 175_000,
      fullSavingFrom: null,
      netSaving: -30_000,
    });
  });

  it('saves nothing within a horizon that ends before the contract allows', () => {
    // 6-month horizon ends 2027-06-06, before b is free on 2027-07-01; only the migration cost remains.
    expect(consolidationSaving([c, b], 'c', today, 6)).toMatchObject({
      netSaving: -55_000,
      yearlySaving: 60_000,
    });
  });

  it('refuses a survivor outside the overlap', () => {
    expect(() => consolidationSaving([a, b], 'x', today, 36)).toThrow(RangeError);
  });
});

describe('usageReleasableFrom', () => {
  it('is today without contracts, and the day after the latest earliest end otherwise', () => {
    expect(usageReleasableFrom(undefined, today)).toBe(today);
    const byNotice = aLandscapeContract({ effectiveEnd: '2028-12-31', earliestTermination: '2027-06-30' });
    const fixed = aLandscapeContract({ effectiveEnd: '2027-02-28' });
    expect(usageReleasableFrom([byNotice, fixed], today)).toBe('2027-07-01');
  });

  it('ignores contracts that already ended, and is null when a contract has no reachable end', () => {
    const ended = aLandscapeContract({ effectiveEnd: '2025-12-31', earliestTermination: null });
    expect(usageReleasableFrom([ended], today)).toBe(today);
    const open = aLandscapeContract({ effectiveEnd: null, earliestTermination: null });
    expect(usageReleasableFrom([ended, open], today)).toBeNull();
  });
});
