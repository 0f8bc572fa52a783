import { aContractOption, aContractTerms } from '../testing/contract.builders';
import { computeContractDates } from './contract-dates';

// A Sunday in May; every expectation below is counted from here unless a test says otherwise.
const today = '2026-05-10';

describe('computeContractDates: fixed term', () => {
  it('reads end, notice deadline and earliest termination of a plain fixed-term contract', () => {
    const dates = computeContractDates(aContractTerms(), today);
    expect(dates).toEqual({
      validity: 'ACTIVE',
      currentEnd: '2027-12-31',
      effectiveEndWithOptions: '2027-12-31',
      remainingOptionMonths: 0,
      // 2027-12-31 − 3 months = 2027-09-30; 1 Oct + 3 months = 1 Jan is a day too late
      latestNoticeDate: '2027-09-30',
      // notice today takes effect 2026-08-10, before the agreed end
      earliestTerminationDate: '2026-08-10',
      cappedByParent: false,
      issues: [],
    });
  });
  it('derives the end from the duration when no end date is recorded', () => {
    const terms = aContractTerms({ endDate: null, durationMonths: 36 });
    expect(computeContractDates(terms, today).currentEnd).toBe('2027-12-31');
    const leap = aContractTerms({ startDate: '2024-02-29', endDate: null, durationMonths: 12 });
    expect(computeContractDates(leap, today).currentEnd).toBe('2025-02-28');
  });
  it('prefers the recorded end date over the duration', () => {
    const terms = aContractTerms({ endDate: '2026-06-30', durationMonths: 36 });
    expect(computeContractDates(terms, today).currentEnd).toBe('2026-06-30');
  });
  it('is active from the first to the last day inclusive', () => {
    const terms = aContractTerms(); // 2025-01-01 – 2027-12-31
    expect(computeContractDates(terms, '2024-12-31').validity).toBe('NOT_STARTED');
    expect(computeContractDates(terms, '2025-01-01').validity).toBe('ACTIVE');
    expect(computeContractDates(terms, '2027-12-31').validity).toBe('ACTIVE');
    expect(computeContractDates(terms, '2028-01-01').validity).toBe('EXPIRED');
  });
  it('takes no notice dates for an expired contract', () => {
    const dates = computeContractDates(aContractTerms({ endDate: '2025-12-31' }), today);
    expect(dates).toMatchObject({
      validity: 'EXPIRED',
      latestNoticeDate: null,
      earliestTerminationDate: null,
    });
  });
});

describe('computeContractDates: options', () => {
  const options = [
    // given out of order on purpose: options apply by ordinal
    aContractOption({ ordinal: 3, months: 6 }),
    aContractOption({ ordinal: 1, months: 12, exercisedOn: '2026-03-01' }),
    aContractOption({ ordinal: 2, months: 12 }),
  ];
  it('extends the current end by exercised options and the effective end by remaining ones', () => {
    const dates = computeContractDates(aContractTerms({ options }), today);
    // 2027-12-31 + option 1 (12) = 2028-12-31; + option 2 (12) = 2029-12-31; + option 3 (6) = 2030-06-30
    expect(dates.currentEnd).toBe('2028-12-31');
    expect(dates.effectiveEndWithOptions).toBe('2030-06-30');
    expect(dates.remainingOptionMonths).toBe(18);
    expect(dates.latestNoticeDate).toBe('2028-09-30');
  });
  it('runs an option from the day after the end, so it can end on a leap day', () => {
    const terms = aContractTerms({
      endDate: '2027-02-28',
      options: [aContractOption({ exercisedOn: '2026-12-01' })],
    });
    // 2027-03-01 + 12 months = 2028-03-01, last day 2028-02-29
    expect(computeContractDates(terms, today).currentEnd).toBe('2028-02-29');
  });
  it('lets remaining options lapse once the contract has expired', () => {
    const terms = aContractTerms({ endDate: '2025-12-31', options: [aContractOption()] });
    const dates = computeContractDates(terms, today);
    expect(dates).toMatchObject({
      validity: 'EXPIRED',
      currentEnd: '2025-12-31',
      effectiveEndWithOptions: '2025-12-31',
      remainingOptionMonths: 0,
    });
  });
});

describe('computeContractDates: ongoing contracts and notice rules', () => {
  const ongoing = (noticeRule: 'RUNNING' | 'END_OF_MONTH' | 'END_OF_QUARTER' | 'END_OF_YEAR') =>
    aContractTerms({ ongoing: true, endDate: null, noticeRule, options: [aContractOption()] });

  it.each([
    // today + 3 months = 2026-08-10, rounded up; latest notice = that end − 3 months (stepping past clamping)
    ['RUNNING', '2026-08-10', '2026-05-10'],
    ['END_OF_MONTH', '2026-08-31', '2026-05-31'],
    ['END_OF_QUARTER', '2026-09-30', '2026-06-30'],
    ['END_OF_YEAR', '2026-12-31', '2026-09-30'],
  ] as const)('under %s can end %s at the earliest, with notice by %s', (rule, earliest, latest) => {
    const dates = computeContractDates(ongoing(rule), today);
    expect(dates.earliestTerminationDate).toBe(earliest);
    expect(dates.latestNoticeDate).toBe(latest);
    // no end, and options mean nothing on an ongoing contract
    expect(dates).toMatchObject({ validity: 'ACTIVE', currentEnd: null, effectiveEndWithOptions: null });
    expect(dates.remainingOptionMonths).toBe(0);
  });
  it('cannot end before the irrevocable period is over', () => {
    const terms = aContractTerms({
      ongoing: true,
      endDate: null,
      irrevocableUntil: '2027-02-15',
      noticeRule: 'END_OF_QUARTER',
    });
    const dates = computeContractDates(terms, today);
    // max(2026-08-10, 2027-02-15) rounded to the quarter end; notice by 31 Dec (1 Jan + 3 months = 1 Apr)
    expect(dates.earliestTerminationDate).toBe('2027-03-31');
    expect(dates.latestNoticeDate).toBe('2026-12-31');
  });
  it('ignores an irrevocable period that is already over', () => {
    const terms = aContractTerms({ ongoing: true, endDate: null, irrevocableUntil: '2026-01-31' });
    expect(computeContractDates(terms, today).earliestTerminationDate).toBe('2026-08-10');
  });
  it('limits early termination of a fixed-term contract by irrevocableUntil and the agreed end', () => {
    const until = (irrevocableUntil: string) =>
      computeContractDates(aContractTerms({ irrevocableUntil }), today).earliestTerminationDate;
    expect(until('2027-06-30')).toBe('2027-06-30');
    expect(until('2028-06-30')).toBe('2027-12-31'); // it ends by itself first
  });
  it('counts notice from 29 February in a leap year', () => {
    const running = aContractTerms({ ongoing: true, endDate: null, noticePeriodMonths: 12 });
    const atLeapDay = computeContractDates(running, '2028-02-29');
    expect(atLeapDay.earliestTerminationDate).toBe('2029-02-28');
    expect(atLeapDay.latestNoticeDate).toBe('2028-02-29');

    const monthly = aContractTerms({
      ongoing: true,
      endDate: null,
      noticePeriodMonths: 1,
      noticeRule: 'END_OF_MONTH',
    });
    // 2028-02-29 + 1 month = 2028-03-29 → end of March
    expect(computeContractDates(monthly, '2028-02-29').earliestTerminationDate).toBe('2028-03-31');

    const fixed = aContractTerms({ endDate: '2028-03-31', noticePeriodMonths: 1 });
    expect(computeContractDates(fixed, '2027-06-01').latestNoticeDate).toBe('2028-02-29');
  });
});

describe('computeContractDates: terminated contracts', () => {
  it('ends an ongoing contract on the termination day and is terminated from that day on', () => {
    const terms = aContractTerms({ ongoing: true, endDate: null, terminatedOn: '2026-09-30' });
    expect(computeContractDates(terms, today)).toMatchObject({
      validity: 'ACTIVE',
      currentEnd: '2026-09-30',
      effectiveEndWithOptions: '2026-09-30',
      earliestTerminationDate: '2026-09-30',
      latestNoticeDate: null, // notice has been given
    });
    expect(computeContractDates(terms, '2026-09-29').validity).toBe('ACTIVE');
    expect(computeContractDates(terms, '2026-09-30')).toMatchObject({
      validity: 'TERMINATED',
      currentEnd: '2026-09-30',
      earliestTerminationDate: null,
    });
  });
  it('cuts a fixed term short and drops its remaining options', () => {
    const terms = aContractTerms({ terminatedOn: '2026-06-30', options: [aContractOption()] });
    expect(computeContractDates(terms, '2026-07-01')).toMatchObject({
      validity: 'TERMINATED',
      currentEnd: '2026-06-30',
      effectiveEndWithOptions: '2026-06-30',
      remainingOptionMonths: 0,
    });
  });
  it('does not extend a contract with a termination recorded after its end', () => {
    const terms = aContractTerms({ terminatedOn: '2028-03-31' });
    expect(computeContractDates(terms, today).currentEnd).toBe('2027-12-31');
  });
});

describe('computeContractDates: parent validity', () => {
  it('ends a child with its expired parent', () => {
    const dates = computeContractDates(aContractTerms(), today, {
      validity: 'EXPIRED',
      currentEnd: '2026-03-31',
    });
    expect(dates).toMatchObject({
      validity: 'EXPIRED',
      currentEnd: '2026-03-31',
      cappedByParent: true,
      latestNoticeDate: null,
      earliestTerminationDate: null,
    });
  });
  it('terminates a child with its terminated parent, even on the termination day itself', () => {
    const dates = computeContractDates(aContractTerms(), today, {
      validity: 'TERMINATED',
      currentEnd: today,
    });
    expect(dates).toMatchObject({ validity: 'TERMINATED', currentEnd: today, cappedByParent: true });
  });
  it('caps an ongoing child at the end of an active parent', () => {
    const child = aContractTerms({ ongoing: true, endDate: null });
    const dates = computeContractDates(child, today, { validity: 'ACTIVE', currentEnd: '2026-12-31' });
    expect(dates).toMatchObject({
      validity: 'ACTIVE',
      currentEnd: '2026-12-31',
      cappedByParent: true,
      earliestTerminationDate: '2026-08-10', // notice today beats the parent's end
      latestNoticeDate: '2026-09-30', // 2026-12-31 − 3 months
    });
  });
  it('leaves a child that ends before its parent alone', () => {
    const dates = computeContractDates(aContractTerms(), today, {
      validity: 'ACTIVE',
      currentEnd: '2028-12-31',
    });
    expect(dates).toMatchObject({ validity: 'ACTIVE', currentEnd: '2027-12-31', cappedByParent: false });
  });
  it('keeps a child not started while its parent has not started', () => {
    const dates = computeContractDates(aContractTerms(), today, {
      validity: 'NOT_STARTED',
      currentEnd: '2028-12-31',
    });
    expect(dates.validity).toBe('NOT_STARTED');
  });
  it('keeps a child that expired on its own terms expired', () => {
    const child = aContractTerms({ endDate: '2025-12-31' });
    const dates = computeContractDates(child, today, { validity: 'TERMINATED', currentEnd: '2026-03-31' });
    expect(dates).toMatchObject({ validity: 'EXPIRED', currentEnd: '2025-12-31', cappedByParent: false });
  });
  it("caps a child's options at the parent's effective end", () => {
    const child = aContractTerms({ options: [aContractOption({ months: 12 })] });
    const parent = {
      validity: 'ACTIVE',
      currentEnd: '2027-12-31',
      effectiveEndWithOptions: '2028-06-30',
    } as const;
    // own effective end 2028-12-31, parent's 2028-06-30
    expect(computeContractDates(child, today, parent).effectiveEndWithOptions).toBe('2028-06-30');
  });
});

describe('computeContractDates: missing fields', () => {
  it('reports a missing end and leaves the end dates unknown', () => {
    const dates = computeContractDates(aContractTerms({ endDate: null, durationMonths: null }), today);
    expect(dates).toMatchObject({
      validity: 'ACTIVE',
      currentEnd: null,
      effectiveEndWithOptions: null,
      latestNoticeDate: null,
      earliestTerminationDate: null,
      issues: ['MISSING_END'],
    });
  });
  it('reports a missing notice period; a fixed term can still end on its agreed day', () => {
    const fixed = computeContractDates(aContractTerms({ noticePeriodMonths: null }), today);
    expect(fixed).toMatchObject({
      issues: ['MISSING_NOTICE_PERIOD'],
      latestNoticeDate: null,
      earliestTerminationDate: '2027-12-31',
    });
    const ongoing = computeContractDates(
      aContractTerms({ ongoing: true, endDate: null, noticePeriodMonths: null }),
      today,
    );
    expect(ongoing).toMatchObject({
      issues: ['MISSING_NOTICE_PERIOD'],
      latestNoticeDate: null,
      earliestTerminationDate: null,
    });
  });
  it('does not ask an ongoing contract for an end', () => {
    const dates = computeContractDates(aContractTerms({ ongoing: true, endDate: null }), today);
    expect(dates.issues).toEqual([]);
  });
  it('reports an end before the start', () => {
    expect(computeContractDates(aContractTerms({ endDate: '2024-12-31' }), today).issues).toEqual([
      'END_BEFORE_START',
    ]);
  });
});
