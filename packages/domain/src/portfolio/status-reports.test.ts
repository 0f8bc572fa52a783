import { aStatusReport } from '../testing/portfolio.builders';
import { latestStatus, latestStatusByProject, overallRag } from './status-reports';

const today = '2027-03-20';

describe('latestStatus', () => {
  it('picks the latest report whatever the order given, with its age in days', () => {
    const january = aStatusReport({ id: 'jan', reportDate: '2027-01-31' });
    const february = aStatusReport({ id: 'feb', reportDate: '2027-02-28' });
    // 28 Feb → 20 Mar 2027 is 20 days.
    expect(latestStatus([february, january], today)).toEqual({
      report: february,
      ageDays: 20,
      missing: false,
    });
  });

  it('counts a report exactly 45 days old as present and 46 days as missing', () => {
    // 3 Feb → 28 Feb is 25 days, + 20 in March = 45.
    expect(latestStatus([aStatusReport({ reportDate: '2027-02-03' })], today)).toMatchObject({
      ageDays: 45,
      missing: false,
    });
    expect(latestStatus([aStatusReport({ reportDate: '2027-02-02' })], today)).toMatchObject({
      ageDays: 46,
      missing: true,
    });
  });

  it('honours a custom maximum age', () => {
    // 15 Feb → 20 Mar is 33 days: fine under 45, missing under 30.
    const report = aStatusReport({ reportDate: '2027-02-15' });
    expect(latestStatus([report], today).missing).toBe(false);
    expect(latestStatus([report], today, 30).missing).toBe(true);
  });

  it('is missing without any report', () => {
    expect(latestStatus([], today)).toEqual({ report: null, ageDays: null, missing: true });
  });

  it('takes the later-filed of two reports on the same date', () => {
    const first = aStatusReport({ id: 'first', reportDate: '2027-03-01' });
    const correction = aStatusReport({ id: 'correction', reportDate: '2027-03-01', cost: 'RED' });
    expect(latestStatus([first, correction], today).report?.id).toBe('correction');
  });

  it('refuses malformed dates', () => {
    expect(() => latestStatus([aStatusReport({ reportDate: '2027-3-1' })], today)).toThrow(RangeError);
  });
});

describe('latestStatusByProject', () => {
  it('answers for every listed project, missing when it has no report, ignoring others', () => {
    const reports = [
      aStatusReport({ id: 'r1', projectId: 'p1', reportDate: '2027-03-10' }),
      aStatusReport({ id: 'r3', projectId: 'p3', reportDate: '2027-03-10' }),
    ];
    const result = latestStatusByProject(['p1', 'p2'], reports, today);
    expect([...result.keys()]).toEqual(['p1', 'p2']);
    expect(result.get('p1')).toMatchObject({ ageDays: 10, missing: false });
    expect(result.get('p1')?.report?.id).toBe('r1');
    expect(result.get('p2')).toEqual({ report: null, ageDays: null, missing: true });
  });
});

describe('overallRag', () => {
  it('is the worst of time, cost, quality and scope', () => {
    expect(overallRag(aStatusReport())).toBe('GREEN');
    expect(overallRag(aStatusReport({ scope: 'AMBER' }))).toBe('AMBER');
    expect(overallRag(aStatusReport({ time: 'AMBER', quality: 'RED' }))).toBe('RED');
    expect(overallRag(aStatusReport({ time: 'RED', cost: 'AMBER' }))).toBe('RED');
  });
});
