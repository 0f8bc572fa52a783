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
});
