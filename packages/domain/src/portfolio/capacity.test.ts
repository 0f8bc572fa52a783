import { aCapacityAllocation, aCapacityDemand, aCapacityPerson } from '../testing/portfolio.builders';
import {
  allocationHeatmap,
  capacityByCompetencyAndQuarter,
  capacityLine,
  type CapacityTable,
} from './capacity';

const anna = aCapacityPerson({
  id: 'anna',
  competencyIds: ['pl', 'bc'],
  weeklyCapacityHours: 37,
  unitId: 'unit-a',
});
const bo = aCapacityPerson({ id: 'bo', competencyIds: ['pl'], weeklyCapacityHours: 30, unitId: 'unit-b' });

describe('capacityByCompetencyAndQuarter', () => {
  it('splits a person’s hours evenly over their competencies and repeats them per quarter', () => {
    const carl = aCapacityPerson({ id: 'carl', competencyIds: [], weeklyCapacityHours: 20 });
    const dina = aCapacityPerson({ id: 'dina', competencyIds: ['dev', 'dev'], weeklyCapacityHours: 10 });
    // pl: Anna 37 / 2 + Bo 30 = 48.5; bc: Anna 37 / 2 = 18.5; Carl has no competency and adds nothing;
    // Dina's repeated competency counts once, so dev gets her full 10.
    expect(capacityByCompetencyAndQuarter([anna, bo, carl, dina], ['2027-Q1', '2027-Q2', '2027-Q1'])).toEqual(
      {
        pl: { '2027-Q1': 48.5, '2027-Q2': 48.5 },
        bc: { '2027-Q1': 18.5, '2027-Q2': 18.5 },
        dev: { '2027-Q1': 10, '2027-Q2': 10 },
      },
    );
  });

  it('refuses malformed quarters and negative hours', () => {
    expect(() => capacityByCompetencyAndQuarter([anna], ['2027-Q5'])).toThrow(
      'Not a quarter (YYYY-Qn): 2027-Q5',
    );
    expect(() => capacityByCompetencyAndQuarter([aCapacityPerson({ weeklyCapacityHours: -1 })], [])).toThrow(
      RangeError,
    );
  });
});

describe('capacityLine', () => {
  const capacity: CapacityTable = { pl: { '2027-Q1': 40, '2027-Q2': 40 }, bc: { '2027-Q1': 20 } };
  const demands = [
    aCapacityDemand({ projectId: 'p1', competencyId: 'pl', quarter: '2027-Q1', hoursPerWeek: 15 }),
    aCapacityDemand({ projectId: 'p1', competencyId: 'pl', quarter: '2027-Q1', hoursPerWeek: 15 }),
    aCapacityDemand({ projectId: 'p1', competencyId: 'bc', quarter: '2027-Q1', hoursPerWeek: 10 }),
    aCapacityDemand({ projectId: 'p2', competencyId: 'pl', quarter: '2027-Q1', hoursPerWeek: 20 }),
    aCapacityDemand({ projectId: 'p3', competencyId: 'pl', quarter: '2027-Q1', hoursPerWeek: 10 }),
    aCapacityDemand({ projectId: 'p4', competencyId: 'pl', quarter: '2027-Q2', hoursPerWeek: 15 }),
    aCapacityDemand({ projectId: 'p4', competencyId: 'bc', quarter: '2027-Q1', hoursPerWeek: 15 }),
    aCapacityDemand({ projectId: 'unranked', competencyId: 'pl', quarter: '2027-Q1', hoursPerWeek: 999 }),
  ];

  it('books fitting projects in rank order and draws the line at the first that does not fit', () => {
    const line = capacityLine(['p1', 'p2', 'p3', 'p4', 'p5'], demands, capacity);
    // p1: pl Q1 15 + 15 = 30 ≤ 40, bc Q1 10 ≤ 20 → fits; booked pl 30, bc 10.
    // p2: pl Q1 30 + 20 = 50 > 40 → short by 10; not booked.
    // p3: pl Q1 30 + 10 = 40 ≤ 40 (equal fits) → fits below the line; booked pl 40.
    // p4: bc Q1 10 + 15 = 25 > 20 → short by 5 (Q1 before its fine pl Q2 15 ≤ 40).
    // p5: no demand → fits. The unranked project's 999 hours are ignored.
    expect(line.lineIndex).toBe(1);
    expect(line.projects.map((p) => [p.projectId, p.fits])).toEqual([
      ['p1', true],
      ['p2', false],
      ['p3', true],
      ['p4', false],
      ['p5', true],
    ]);
    expect(line.projects[0].cumulative).toEqual([
      { competencyId: 'bc', quarter: '2027-Q1', demand: 10, cumulative: 10, available: 20 },
      { competencyId: 'pl', quarter: '2027-Q1', demand: 30, cumulative: 30, available: 40 },
    ]);
    expect(line.projects[1].firstShortfall).toEqual({
      competencyId: 'pl',
      quarter: '2027-Q1',
      shortfallHours: 10,
    });
    expect(line.projects[2].cumulative).toEqual([
      { competencyId: 'pl', quarter: '2027-Q1', demand: 10, cumulative: 40, available: 40 },
    ]);
    expect(line.projects[3]).toEqual({
      projectId: 'p4',
      fits: false,
      cumulative: [
        { competencyId: 'bc', quarter: '2027-Q1', demand: 15, cumulative: 25, available: 20 },
        { competencyId: 'pl', quarter: '2027-Q2', demand: 15, cumulative: 15, available: 40 },
      ],
      firstShortfall: { competencyId: 'bc', quarter: '2027-Q1', shortfallHours: 5 },
    });
    expect(line.projects[4]).toEqual({ projectId: 'p5', fits: true, cumulative: [], firstShortfall: null });
  });

  it('moves the line when the board reorders: the same projects, a different first misfit', () => {
    // p2 first: pl 20 fits; p1 then needs pl 20 + 30 = 50 > 40 → p1 is the first misfit at index 1;
    // p3: 20 + 10 = 30 fits.
    const line = capacityLine(['p2', 'p1', 'p3'], demands, capacity);
    expect(line.projects.map((p) => p.fits)).toEqual([true, false, true]);
    expect(line.lineIndex).toBe(1);
  });

  it('has no line when everything fits, and treats a competency without capacity as 0', () => {
    expect(capacityLine(['p1'], demands, capacity).lineIndex).toBeNull();
    const architect = [aCapacityDemand({ projectId: 'p9', competencyId: 'architect', hoursPerWeek: 5 })];
    expect(capacityLine(['p9'], architect, capacity).projects[0].firstShortfall).toEqual({
      competencyId: 'architect',
      quarter: '2027-Q1',
      shortfallHours: 5,
    });
  });

  it('does not let floating-point rounding push an exact fit over capacity', () => {
    // 60 % of a 37-hour week is 22.2; demands of 20 % (7.4) and 40 % (14.8) add up to
    // 22.200000000000003 in floating point. They must still fit.
    const split = [
      aCapacityDemand({ projectId: 'a', hoursPerWeek: 7.4 }),
      aCapacityDemand({ projectId: 'b', hoursPerWeek: 14.8 }),
    ];
    const line = capacityLine(['a', 'b'], split, { 'project-lead': { '2027-Q1': 22.2 } });
    expect(line.lineIndex).toBeNull();
  });

  it('refuses a project ranked twice, malformed quarters and negative demand', () => {
    expect(() => capacityLine(['p1', 'p1'], [], capacity)).toThrow(RangeError);
    expect(() => capacityLine(['p1'], [aCapacityDemand({ quarter: '2027-1' })], capacity)).toThrow(
      RangeError,
    );
    expect(() => capacityLine(['p1'], [aCapacityDemand({ hoursPerWeek: -5 })], capacity)).toThrow(RangeError);
  });
});

describe('allocationHeatmap', () => {
  const quarters = ['2027-Q1', '2027-Q2'];
  const allocations = [
    aCapacityAllocation({ personId: 'anna', projectId: 'p1', quarter: '2027-Q1', hoursPerWeek: 20 }),
    aCapacityAllocation({
      personId: 'anna',
      projectId: 'p2',
      quarter: '2027-Q1',
      hoursPerWeek: 30,
      competencyId: 'bc',
    }),
    aCapacityAllocation({ personId: 'bo', projectId: 'p1', quarter: '2027-Q1', hoursPerWeek: 15 }),
    aCapacityAllocation({ personId: 'bo', projectId: 'p3', quarter: '2027-Q2', hoursPerWeek: 30 }),
    aCapacityAllocation({ personId: 'anna', projectId: 'p1', quarter: '2027-Q3', hoursPerWeek: 10 }),
  ];

  it('rates allocated against available hours per competency and quarter', () => {
    // Available: pl 18.5 + 30 = 48.5, bc 18.5 (Anna's 37 split in two).
    // Allocated Q1: Anna's unspecified 20 → pl 10 + bc 10; her 30 as bc; Bo's 15 → pl. Q2: Bo 30 → pl.
    // Anna's Q3 booking is outside the window.
    //   bc Q1 40 / 18.5 = 2.16 OVER · bc Q2 0 / 18.5 = 0 UNDER
    //   pl Q1 25 / 48.5 = 0.515 UNDER · pl Q2 30 / 48.5 = 0.619 OK
    const { byCompetency } = allocationHeatmap([anna, bo], allocations, quarters);
    expect(
      byCompetency.map((c) => [c.groupId, c.quarter, c.allocatedHours, c.availableHours, c.status]),
    ).toEqual([
      ['bc', '2027-Q1', 40, 18.5, 'OVER'],
      ['bc', '2027-Q2', 0, 18.5, 'UNDER'],
      ['pl', '2027-Q1', 25, 48.5, 'UNDER'],
      ['pl', '2027-Q2', 30, 48.5, 'OK'],
    ]);
    expect(byCompetency[0].ratio).toBeCloseTo(2.162, 3);
    expect(byCompetency[3].ratio).toBeCloseTo(0.619, 3);
  });

  it('rates allocated against available hours per unit and quarter', () => {
    // unit-a (Anna, 37): Q1 20 + 30 = 50 → 1.35 OVER; Q2 0 → UNDER.
    // unit-b (Bo, 30): Q1 15 → 0.5 UNDER; Q2 30 → exactly 1.0, which is still OK.
    const { byUnit } = allocationHeatmap([anna, bo], allocations, quarters);
    expect(byUnit.map((c) => [c.groupId, c.quarter, c.allocatedHours, c.availableHours, c.status])).toEqual([
      ['unit-a', '2027-Q1', 50, 37, 'OVER'],
      ['unit-a', '2027-Q2', 0, 37, 'UNDER'],
      ['unit-b', '2027-Q1', 15, 30, 'UNDER'],
      ['unit-b', '2027-Q2', 30, 30, 'OK'],
    ]);
  });

  it('draws the bands at exactly 0.6 and 1.0, both OK', () => {
    const ten = aCapacityPerson({ id: 'ten', competencyIds: ['x'], weeklyCapacityHours: 10 });
    const statusAt = (hours: number) =>
      allocationHeatmap([ten], [aCapacityAllocation({ personId: 'ten', hoursPerWeek: hours })], ['2027-Q1'])
        .byCompetency[0].status;
    expect([statusAt(5.9), statusAt(6), statusAt(10), statusAt(10.1)]).toEqual(['UNDER', 'OK', 'OK', 'OVER']);
  });

  it('shows a booking for a competency nobody holds as OVER with no ratio', () => {
    const booked = [aCapacityAllocation({ personId: 'bo', competencyId: 'architect', hoursPerWeek: 5 })];
    const architect = allocationHeatmap([bo], booked, quarters).byCompetency.filter(
      (c) => c.groupId === 'architect',
    );
    expect(architect).toEqual([
      {
        groupId: 'architect',
        quarter: '2027-Q1',
        allocatedHours: 5,
        availableHours: 0,
        ratio: null,
        status: 'OVER',
      },
      {
        groupId: 'architect',
        quarter: '2027-Q2',
        allocatedHours: 0,
        availableHours: 0,
        ratio: null,
        status: 'OK',
      },
    ]);
  });

  it('refuses an allocation to an unknown person', () => {
    expect(() => allocationHeatmap([bo], [aCapacityAllocation({ personId: 'ghost' })], quarters)).toThrow(
      'Allocation to project p1 names unknown person ghost',
    );
  });
});
