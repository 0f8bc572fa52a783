import { aBenefit, aMeasurement } from '../testing/benefit.builders';
import { aStatusReport } from '../testing/portfolio.builders';
import { programmeRollup, type ProgrammeProject, type ProgrammeStatusReport } from './programme-rollup';

const today = '2027-03-20';

const report = (overrides: Partial<ProgrammeStatusReport>): ProgrammeStatusReport => ({
  ...aStatusReport(),
  spent: 0,
  budget: 0,
  risks: '',
  ...overrides,
});

const project = (id: string, status: ProgrammeProject['status'], budget: number): ProgrammeProject => ({
  id,
  status,
  budget,
});

describe('programmeRollup', () => {
  // A active, B paused, C closed, D only proposed, E active without any report.
  const projects = [
    project('A', 'ACTIVE', 1_000_000),
    project('B', 'ON_HOLD', 500_000),
    project('C', 'CLOSED', 200_000),
    project('D', 'PROPOSED', 300_000),
    project('E', 'ACTIVE', 400_000),
  ];
  const reports = [
    report({ id: 'a1', projectId: 'A', reportDate: '2027-01-31', spent: 100_000, budget: 1_000_000 }),
    report({
      id: 'a2',
      projectId: 'A',
      reportDate: '2027-02-28',
      cost: 'AMBER',
      spent: 300_000,
      budget: 1_100_000,
      risks: ' Leverandør forsinket ',
    }),
    // 15 Jan → 20 Mar is 64 days: older than 45, so B is also missing a report.
    report({
      id: 'b1',
      projectId: 'B',
      reportDate: '2027-01-15',
      time: 'RED',
      spent: 600_000,
      budget: 500_000,
      risks: 'Nøglemedarbejder stopper',
    }),
    report({
      id: 'c1',
      projectId: 'C',
      reportDate: '2027-03-10',
      spent: 180_000,
      budget: 200_000,
      risks: 'Gammel',
    }),
    report({ id: 'x1', projectId: 'outside', reportDate: '2027-03-10', time: 'RED', spent: 9_999_999 }),
  ];

  it('takes the reddest running project as the programme status and counts missing reports', () => {
    // Running: A (amber, latest report), B (red, stale so also missing), E (no report: missing).
    expect(programmeRollup(projects, reports, [], today).status).toEqual({
      worst: 'RED',
      running: 3,
      green: 0,
      amber: 1,
      red: 1,
      missing: 2,
    });
  });

  it('adds up spend against budget over the approved projects, from their latest reports', () => {
    // Budgets: A 1,100,000 (latest report) + B 500,000 + C 200,000 + E 400,000 (own, no report) = 2,200,000;
    // D is only proposed. Spent: 300,000 + 600,000 + 180,000 + 0 = 1,080,000 → 49.09 %.
    const { spend } = programmeRollup(projects, reports, [], today);
    expect(spend).toMatchObject({ budget: 2_200_000, spent: 1_080_000, overspentProjectIds: ['B'] });
    expect(spend.spentPercent).toBeCloseTo(49.0909, 4);
  });

  it('lists the running projects’ named risks, reddest first, leaving closed projects out', () => {
    expect(programmeRollup(projects, reports, [], today).risks).toEqual([
      { projectId: 'B', reportDate: '2027-01-15', rag: 'RED', risks: 'Nøglemedarbejder stopper' },
      { projectId: 'A', reportDate: '2027-02-28', rag: 'AMBER', risks: 'Leverandør forsinket' },
    ]);
  });

  it('orders risks of the same colour newest first', () => {
    const two = [project('P', 'ACTIVE', 0), project('Q', 'ACTIVE', 0)];
    const amber = { cost: 'AMBER' as const, risks: 'Risiko' };
    const risks = programmeRollup(
      two,
      [
        report({ ...amber, id: 'p', projectId: 'P', reportDate: '2027-03-01' }),
        report({ ...amber, id: 'q', projectId: 'Q', reportDate: '2027-03-15' }),
      ],
      [],
      today,
    ).risks;
    expect(risks.map((r) => r.projectId)).toEqual(['Q', 'P']);
  });

  it('sums expected and realised benefits of the programme’s projects only', () => {
    const benefits = [
      // Saving 1,000,000 → 600,000: target gain 400,000; measured 900,000 → realised 100,000; no profile, so
      // nothing is planned yet.
      aBenefit({
        id: 'b1',
        projectId: 'A',
        measurements: [aMeasurement({ measuredOn: '2027-03-01', value: 900_000 })],
      }),
      aBenefit({
        id: 'b2',
        projectId: 'B',
        type: 'QUALITATIVE',
        cashable: false,
        baseline: null,
        target: null,
      }),
      aBenefit({ id: 'b3', projectId: 'outside' }),
      aBenefit({ id: 'b4', projectId: null }),
    ];
    expect(programmeRollup(projects, reports, benefits, today).benefits).toEqual({
      benefitCount: 2,
      targetKr: 400_000,
      plannedKr: 0,
      realisedKr: 100_000,
      realisationPercent: 25,
      rag: null,
      qualitativeCount: 1,
    });
  });

  it('gives an empty programme zeros and no percentages', () => {
    expect(programmeRollup([], [], [], today)).toEqual({
      projectCount: 0,
      status: { worst: null, running: 0, green: 0, amber: 0, red: 0, missing: 0 },
      spend: { budget: 0, spent: 0, spentPercent: null, overspentProjectIds: [] },
      risks: [],
      benefits: {
        benefitCount: 0,
        targetKr: 0,
        plannedKr: 0,
        realisedKr: 0,
        realisationPercent: null,
        rag: null,
        qualitativeCount: 0,
      },
    });
  });

  it('calls an all-green programme green', () => {
    const rollup = programmeRollup(
      [project('G', 'ACTIVE', 100)],
      [report({ projectId: 'G', reportDate: '2027-03-19', spent: 50, budget: 100 })],
      [],
      today,
    );
    expect(rollup.status).toMatchObject({ worst: 'GREEN', green: 1, missing: 0 });
    expect(rollup.spend.spentPercent).toBe(50);
  });
});
