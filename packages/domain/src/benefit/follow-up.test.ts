import { aBenefit, aFollowUpProject, aMeasurement } from '../testing/benefit.builders';
import { followUpGaps } from './follow-up';

describe('followUpGaps', () => {
  const asOf = '2027-06-30';
  // DECREASE 100 → 60 benefits; realisation = (measured − 100) / −40 · 100.
  const decrease = (id: string, dueDate: string | null, ...values: [string, number][]) =>
    aBenefit({
      id,
      projectId: 'p1',
      baseline: 100,
      target: 60,
      dueDate,
      measurements: values.map(([measuredOn, value]) => aMeasurement({ measuredOn, value })),
    });

  const benefits = [
    aBenefit({ id: 'no-owner', projectId: 'p1', responsibleUserId: null, dueDate: '2027-12-31' }),
    decrease('behind', '2027-06-01', ['2027-05-31', 70]), // 75 % and past due → overdue
    decrease('done', '2027-06-01', ['2027-05-31', 60]), // exactly 100 % → not overdue
    decrease('overshot', '2027-06-01', ['2027-05-31', 50]), // 125 % → not overdue
    decrease('due-today', '2027-06-30', ['2027-05-31', 100]), // due date not yet passed
    decrease('late-measure', '2027-06-01', ['2027-05-01', 90], ['2027-07-15', 60]), // 25 % on asOf; the later 100 % does not count yet
    decrease('no-due-date', null, ['2027-05-31', 100]),
    aBenefit({
      id: 'qualitative',
      projectId: 'p1',
      type: 'QUALITATIVE',
      baseline: null,
      target: null,
      dueDate: '2027-01-31',
    }),
  ];
  const projects = [
    aFollowUpProject({ id: 'p1', hasBusinessCase: true }),
    aFollowUpProject({ id: 'p2', hasBusinessCase: true }),
    aFollowUpProject({ id: 'p3', hasBusinessCase: false }),
  ];

  it('calls out business cases without follow-up', () => {
    const gaps = followUpGaps(benefits, projects, asOf);
    expect(gaps.projectsWithoutBenefits).toEqual(['p2']); // p3 has no business case to follow up
    expect(gaps.benefitsWithoutOwner).toEqual(['no-owner']);
    expect(gaps.benefitsWithoutMeasurements).toEqual(['no-owner', 'qualitative']);
    // The qualitative benefit has no computable realisation: past due and not shown realised → overdue.
    expect(gaps.overdueBenefits).toEqual(['behind', 'late-measure', 'qualitative']);
  });

  it('finds nothing to chase when everything is followed up', () => {
    expect(
      followUpGaps(
        [decrease('done', '2027-06-01', ['2027-05-31', 60])],
        [aFollowUpProject({ id: 'p1' })],
        asOf,
      ),
    ).toEqual({
      projectsWithoutBenefits: [],
      benefitsWithoutOwner: [],
      benefitsWithoutMeasurements: [],
      overdueBenefits: [],
    });
  });
});
