import { aContractAlertInput, aContractDates, aContractTerms } from '../testing/contract.builders';
import { evaluateContractAlerts } from './contract-alerts';

const today = '2026-05-10';

describe('evaluateContractAlerts: re-tender decision', () => {
  it('notifies every role holder with the same deterministic key', () => {
    const contract = aContractAlertInput({
      id: 'c1',
      decisionDate: '2027-05-10',
      roleHolderUserIds: ['u1', 'u2'],
    });
    expect(evaluateContractAlerts([contract], today)).toEqual([
      {
        contractId: 'c1',
        kind: 'RETENDER_DECISION_DUE',
        dueDate: '2027-05-10',
        userId: 'u1',
        dedupeKey: 'RETENDER_DECISION_DUE:c1:2027-05-10',
      },
      {
        contractId: 'c1',
        kind: 'RETENDER_DECISION_DUE',
        dueDate: '2027-05-10',
        userId: 'u2',
        dedupeKey: 'RETENDER_DECISION_DUE:c1:2027-05-10',
      },
    ]);
  });
  it('raises the notice from horizonMonths before the decision date, and keeps overdue ones due', () => {
    const kinds = (decisionDate: string, horizonMonths?: number) =>
      evaluateContractAlerts([aContractAlertInput({ decisionDate })], today, { horizonMonths }).map(
        (n) => n.kind,
      );
    expect(kinds('2027-05-10')).toEqual(['RETENDER_DECISION_DUE']); // exactly 12 months ahead
    expect(kinds('2027-05-11')).toEqual([]);
    expect(kinds('2026-03-31')).toEqual(['RETENDER_DECISION_DUE']); // overdue: window closed
    expect(kinds('2026-11-10', 6)).toEqual(['RETENDER_DECISION_DUE']);
    expect(kinds('2027-01-01', 6)).toEqual([]);
  });
  it('does not ask to re-tender a contract that has already ended', () => {
    const ended = aContractAlertInput({
      decisionDate: '2026-06-01',
      dates: aContractDates({ validity: 'EXPIRED' }),
    });
    expect(evaluateContractAlerts([ended], today)).toEqual([]);
  });
});

describe('evaluateContractAlerts: notice date', () => {
  const withNoticeDate = (latestNoticeDate: string, overrides = {}) =>
    aContractAlertInput({ id: 'c2', dates: aContractDates({ latestNoticeDate, ...overrides }) });

  it('warns from noticeWarningDays before the last notice day until that day', () => {
    const kinds = (latestNoticeDate: string) =>
      evaluateContractAlerts([withNoticeDate(latestNoticeDate)], today).map((n) => n.dedupeKey);
    // 2026-05-10 + 90 days = 2026-08-08 (21 days left of May + 30 + 31 + 8)
    expect(kinds('2026-08-08')).toEqual(['NOTICE_DATE_APPROACHING:c2:2026-08-08']);
    expect(kinds('2026-08-09')).toEqual([]);
    expect(kinds(today)).toEqual(['NOTICE_DATE_APPROACHING:c2:2026-05-10']);
    expect(kinds('2026-05-09')).toEqual([]); // passed: nothing left to do
  });
  it('honours a custom warning period', () => {
    const notices = evaluateContractAlerts([withNoticeDate('2026-06-10')], today, { noticeWarningDays: 30 });
    expect(notices).toEqual([]); // 31 days ahead
  });
  it('skips ongoing contracts (a new notice date every period) and contracts already given notice', () => {
    const ongoing = withNoticeDate(today, { currentEnd: null });
    const givenNotice = aContractAlertInput({
      terms: aContractTerms({ terminatedOn: '2026-09-30' }),
      dates: aContractDates({ latestNoticeDate: today }),
    });
    expect(evaluateContractAlerts([ongoing, givenNotice], today)).toEqual([]);
  });
});

describe('evaluateContractAlerts: expired but in use', () => {
  it('flags an ended contract whose covered usages are still in use, due on the day it ended', () => {
    const expired = aContractAlertInput({
      id: 'c3',
      coveredUsagesInUse: 2,
      dates: aContractDates({ validity: 'EXPIRED', currentEnd: '2026-03-31' }),
    });
    const terminated = aContractAlertInput({
      id: 'c4',
      coveredUsagesInUse: 1,
      dates: aContractDates({ validity: 'TERMINATED', currentEnd: '2026-04-30' }),
    });
    const unused = aContractAlertInput({
      id: 'c5',
      coveredUsagesInUse: 0,
      dates: aContractDates({ validity: 'EXPIRED', currentEnd: '2026-03-31' }),
    });
    expect(evaluateContractAlerts([terminated, unused, expired], today).map((n) => n.dedupeKey)).toEqual([
      'EXPIRED_BUT_IN_USE:c3:2026-03-31', // sorted by due date
      'EXPIRED_BUT_IN_USE:c4:2026-04-30',
    ]);
  });
});

describe('evaluateContractAlerts: addressing and idempotency', () => {
  it('sends nothing without role holders and one notice per distinct user', () => {
    const nobody = aContractAlertInput({ decisionDate: '2026-12-01', roleHolderUserIds: [] });
    expect(evaluateContractAlerts([nobody], today)).toEqual([]);
    const twice = aContractAlertInput({ decisionDate: '2026-12-01', roleHolderUserIds: ['u1', 'u1'] });
    expect(evaluateContractAlerts([twice], today)).toHaveLength(1);
  });
  it('yields the same keys when the job runs twice, also on a later day', () => {
    const contracts = [
      aContractAlertInput({
        id: 'c1',
        decisionDate: '2026-12-01',
        dates: aContractDates({ latestNoticeDate: '2026-07-01' }),
      }),
    ];
    const keys = (day: string) => evaluateContractAlerts(contracts, day).map((n) => n.dedupeKey);
    const expected = ['NOTICE_DATE_APPROACHING:c1:2026-07-01', 'RETENDER_DECISION_DUE:c1:2026-12-01'];
    expect(keys(today)).toEqual(expected);
    expect(keys(today)).toEqual(expected);
    expect(keys('2026-05-11')).toEqual(expected);
  });
});
