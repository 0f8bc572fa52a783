import { aStatusReport } from '../testing/portfolio.builders';
import { mustReportStatus, missingStatusReport } from './reporting-duty';
import { latestStatus } from './status-reports';

const model = [
  'idea',
  'analysis',
  'proposal',
  'execution',
  'implementation',
  'benefit_realisation',
  'closed',
];
const today = '2027-03-20';

describe('mustReportStatus', () => {
  it('asks a running project in every middle phase to report', () => {
    for (const phase of ['analysis', 'proposal', 'execution', 'implementation', 'benefit_realisation']) {
      expect(mustReportStatus({ status: 'ACTIVE', phase }, model)).toBe(true);
    }
  });

  it('never asks a proposed, paused, closed or rejected project, whatever its phase', () => {
    for (const status of ['PROPOSED', 'ON_HOLD', 'CLOSED', 'REJECTED'] as const) {
      expect(mustReportStatus({ status, phase: 'execution' }, model)).toBe(false);
    }
  });

  it('does not ask an idea (first phase) or a project in the closed (last) phase, even if ACTIVE', () => {
    expect(mustReportStatus({ status: 'ACTIVE', phase: 'idea' }, model)).toBe(false);
    expect(mustReportStatus({ status: 'ACTIVE', phase: 'closed' }, model)).toBe(false);
  });

  it('follows the organisation’s own model: its first and last phases, not the default names', () => {
    const own = ['forslag', 'udvikling', 'afsluttet'];
    expect(mustReportStatus({ status: 'ACTIVE', phase: 'forslag' }, own)).toBe(false);
    expect(mustReportStatus({ status: 'ACTIVE', phase: 'udvikling' }, own)).toBe(true);
    expect(mustReportStatus({ status: 'ACTIVE', phase: 'afsluttet' }, own)).toBe(false);
    // "idea" is not a phase of this model: a middle phase as far as the rule knows.
    expect(mustReportStatus({ status: 'ACTIVE', phase: 'idea' }, own)).toBe(true);
  });
});

describe('missingStatusReport', () => {
  const stale = latestStatus([aStatusReport({ reportDate: '2027-01-01' })], today); // 78 days old
  const fresh = latestStatus([aStatusReport({ reportDate: '2027-03-01' })], today); // 19 days old
  const none = latestStatus([], today);

  it('flags a running project without a report, or with one older than 45 days', () => {
    const running = { status: 'ACTIVE' as const, phase: 'execution' };
    expect(missingStatusReport(running, model, none)).toBe(true);
    expect(missingStatusReport(running, model, stale)).toBe(true);
    expect(missingStatusReport(running, model, fresh)).toBe(false);
  });

  it('never flags a project that need not report, even with no report at all', () => {
    expect(missingStatusReport({ status: 'CLOSED', phase: 'closed' }, model, none)).toBe(false);
    expect(missingStatusReport({ status: 'REJECTED', phase: 'proposal' }, model, stale)).toBe(false);
    expect(missingStatusReport({ status: 'PROPOSED', phase: 'idea' }, model, none)).toBe(false);
  });
});
