import { aContractDates, aContractTerms } from '../testing/contract.builders';
import { DEFAULT_PROCUREMENT_LEAD_MONTHS, retenderDecisionDate } from './retender-decision';
import type { PurchaseForm } from './contract.types';

const today = '2026-05-10';

describe('retenderDecisionDate', () => {
  it('works back from the end by notice, procurement lead and migration, with and without options', () => {
    const dates = aContractDates({ currentEnd: '2027-12-31', effectiveEndWithOptions: '2028-12-31' });
    const terms = aContractTerms({ noticePeriodMonths: 3, purchaseForm: 'EU_TENDER' });
    const decision = retenderDecisionDate(dates, terms, { migrationMonths: 6 }, today);
    // 3 notice + 12 EU tender + 6 migration = 21 months
    expect(decision.leadMonths).toBe(21);
    // 2027-12-31 − 21 months = 2026-03-31: before today, 30 (April) + 10 days late
    expect(decision).toMatchObject({
      effectiveEnd: '2027-12-31',
      decisionDate: '2026-03-31',
      windowClosed: true,
      reason: 'DECISION_DATE_PASSED',
      daysLate: 40,
    });
    // 2028-12-31 − 21 months = 2027-03-31: still open if the remaining option is used
    expect(decision.withOptions).toEqual({
      effectiveEnd: '2028-12-31',
      decisionDate: '2027-03-31',
      windowClosed: false,
      reason: null,
      daysLate: 0,
    });
  });

  it.each([
    // end 2027-12-31, no notice, no migration: only the default lead time counts
    ['EU_TENDER', 12, '2026-12-31'],
    ['MINI_TENDER', 4, '2027-08-31'],
    ['FRAMEWORK_CALL_OFF', 3, '2027-09-30'],
    ['DIRECT_AWARD', 2, '2027-10-31'],
    ['OTHER', 6, '2027-06-30'],
  ] as const)('uses the default lead time for %s (%i months)', (purchaseForm, months, expected) => {
    expect(DEFAULT_PROCUREMENT_LEAD_MONTHS[purchaseForm]).toBe(months);
    const terms = aContractTerms({ noticePeriodMonths: 0, purchaseForm });
    expect(retenderDecisionDate(aContractDates(), terms, { migrationMonths: 0 }, today).decisionDate).toBe(
      expected,
    );
  });

  it("uses the organisation's own lead times when given", () => {
    const leadTimes: Record<PurchaseForm, number> = { ...DEFAULT_PROCUREMENT_LEAD_MONTHS, EU_TENDER: 18 };
    const terms = aContractTerms({ noticePeriodMonths: 3 });
    const decision = retenderDecisionDate(
      aContractDates(),
      terms,
      { procurementLeadMonths: leadTimes, migrationMonths: 0 },
      today,
    );
    // 3 + 18 = 21 months before 2027-12-31
    expect(decision.decisionDate).toBe('2026-03-31');
  });

  it('counts a missing notice period as none', () => {
    const terms = aContractTerms({ noticePeriodMonths: null });
    // 12 months EU tender only
    expect(retenderDecisionDate(aContractDates(), terms, { migrationMonths: 0 }, today).decisionDate).toBe(
      '2026-12-31',
    );
  });

  it('keeps the window open on the decision day itself and closes it the day after', () => {
    const dates = aContractDates({ currentEnd: '2026-10-10', effectiveEndWithOptions: '2026-10-10' });
    // 3 notice + 2 direct award = 5 months before 2026-10-10 = 2026-05-10
    const terms = aContractTerms({ noticePeriodMonths: 3, purchaseForm: 'DIRECT_AWARD' });
    const onTheDay = retenderDecisionDate(dates, terms, { migrationMonths: 0 }, '2026-05-10');
    expect(onTheDay).toMatchObject({ decisionDate: '2026-05-10', windowClosed: false, reason: null });
    const dayAfter = retenderDecisionDate(dates, terms, { migrationMonths: 0 }, '2026-05-11');
    expect(dayAfter).toMatchObject({ windowClosed: true, reason: 'DECISION_DATE_PASSED', daysLate: 1 });
  });

  it('has no decision date for an ongoing contract', () => {
    const dates = aContractDates({ currentEnd: null, effectiveEndWithOptions: null });
    const decision = retenderDecisionDate(dates, aContractTerms(), { migrationMonths: 6 }, today);
    expect(decision).toMatchObject({ decisionDate: null, windowClosed: false, reason: 'NO_END_DATE' });
    expect(decision.withOptions.decisionDate).toBeNull();
  });

  describe('counts back from the latest notice date (ADR 0011), across month ends and leap years', () => {
    // OTHER = 6 months' procurement by default; 3 months' migration.
    const decide = (end: string, noticePeriodMonths: number, asOf = today) =>
      retenderDecisionDate(
        aContractDates({ currentEnd: end, effectiveEndWithOptions: end }),
        aContractTerms({ noticePeriodMonths, purchaseForm: 'OTHER' }),
        { migrationMonths: 3 },
        asOf,
      );

    it('end 2027-05-31, 3 months notice: notice by 2027-02-28, decide by 2026-05-31', () => {
      // Notice on 2027-02-28 ends 2027-05-28 (in time); on 2027-03-01 it ends 2027-06-01 (too late).
      // 9 months before 2027-02-28: from 2026-05-31 the months end 2027-02-28 (clamped), from
      // 2026-06-01 they end 2027-03-01; so 2026-05-31, not 2026-05-28 (a naive step back).
      const decision = decide('2027-05-31', 3);
      expect(decision).toMatchObject({ decisionDate: '2026-05-31', windowClosed: false, leadMonths: 12 });
    });

    it('end 2028-02-29 (leap day), 3 months notice: notice by 2027-11-30, decide by 2027-02-28', () => {
      // Notice on 2027-11-30 ends 2028-02-29; on 2027-12-01 it ends 2028-03-01. 9 months before
      // 2027-11-30 is 2027-02-28 (2027-03-01 + 9 months = 2027-12-01 is too late).
      expect(decide('2028-02-29', 3).decisionDate).toBe('2027-02-28');
    });

    it('end 2028-05-31, 3 months notice: notice by 2028-02-29, decide by 2027-05-31', () => {
      // Notice on 2028-02-29 ends 2028-05-29; on 2028-03-01 it ends 2028-06-01 (too late).
      // 2027-05-31 + 9 months = 2028-02-29 (clamped, leap year) fits; 2027-06-01 + 9 = 2028-03-01 does not.
      expect(decide('2028-05-31', 3).decisionDate).toBe('2027-05-31');
    });

    it('end 2027-04-30, 2 months notice: a day later than 11 months back from the end', () => {
      // Notice by 2027-02-28 (+2 months = 2027-04-28; 2027-03-01 + 2 = 2027-05-01 is too late).
      // Decide by 2026-05-31 (+9 = 2027-02-28). Counting 11 months back from the end in one step
      // would give 2026-05-30, a day that the contract does not require.
      expect(decide('2027-04-30', 2).decisionDate).toBe('2026-05-31');
    });

    it('closes the window the day after the decision date', () => {
      expect(decide('2027-05-31', 3, '2026-05-31').windowClosed).toBe(false);
      expect(decide('2027-05-31', 3, '2026-06-01')).toMatchObject({ windowClosed: true, daysLate: 1 });
    });
  });
});
