import { aRankableProject, aScoringCriterion } from '../testing/portfolio.builders';
import { rankByScore, rankDivergence, weightedScore } from './scoring';

// Three criteria, total weight 6:
//   fit         weight 3, scale 1..5, higher is better
//   complexity  weight 1, scale 1..5, lower is better
//   legal       weight 2, scale 0..1, higher is better, mandatory
const criteria = [
  aScoringCriterion({ id: 'fit', name: 'Strategisk sigte', weight: 3 }),
  aScoringCriterion({ id: 'complexity', name: 'Kompleksitet', weight: 1, direction: 'LOWER_IS_BETTER' }),
  aScoringCriterion({ id: 'legal', name: 'Lovkrav', weight: 2, scaleMin: 0, scaleMax: 1, mandatory: true }),
];

describe('weightedScore', () => {
  it('normalises each value on its scale, inverts lower-is-better and averages by weight', () => {
    // fit 4 → (4-1)/4 = 0.75 × 3 = 2.25; complexity 2 → 1 - (2-1)/4 = 0.75 × 1 = 0.75;
    // legal 0 → 0 × 2 = 0. (2.25 + 0.75 + 0) / 6 = 0.5 → 50.
    expect(weightedScore(criteria, { fit: 4, complexity: 2, legal: 0 })).toEqual({
      score: 50,
      mandatory: false,
      missing: [],
    });
  });

  it('marks a project mandatory when it maxes a mandatory criterion, whatever the rest', () => {
    // fit 5 → 1 × 3 = 3; complexity 5 → 0 × 1 = 0; legal 1 → 1 × 2 = 2. 5 / 6 × 100 = 83.33…
    const result = weightedScore(criteria, { fit: 5, complexity: 5, legal: 1 });
    expect(result.score).toBeCloseTo(83.333, 3);
    expect(result.mandatory).toBe(true);
  });

  it('takes the low end as the maximum of a lower-is-better mandatory criterion', () => {
    const risk = aScoringCriterion({ id: 'risk', direction: 'LOWER_IS_BETTER', mandatory: true });
    // risk 1 on 1..5 lower-is-better → 1 - 0 = 1 → score 100 and mandatory; risk 5 → 0.
    expect(weightedScore([risk], { risk: 1 })).toEqual({ score: 100, mandatory: true, missing: [] });
    expect(weightedScore([risk], { risk: 5 })).toEqual({ score: 0, mandatory: false, missing: [] });
  });

  it('counts missing values as 0 and reports them', () => {
    // fit 3 → 0.5 × 3 = 1.5; complexity and legal missing → 0. 1.5 / 6 = 0.25 → 25.
    expect(weightedScore(criteria, { fit: 3 })).toEqual({
      score: 25,
      mandatory: false,
      missing: ['complexity', 'legal'],
    });
  });

  it('ignores values for criteria that no longer exist', () => {
    // fit 5 → 3 / 6 = 50, the stray value changes nothing.
    expect(weightedScore(criteria, { fit: 5, complexity: 5, legal: 0, retired: 99 }).score).toBe(50);
  });

  it('refuses values outside the scale with a message naming the criterion and scale', () => {
    expect(() => weightedScore(criteria, { fit: 6 })).toThrow(
      new RangeError('Score 6 for criterion "Strategisk sigte" is outside its scale 1..5'),
    );
    expect(() => weightedScore(criteria, { complexity: 0 })).toThrow(RangeError);
    expect(() => weightedScore(criteria, { fit: Number.NaN })).toThrow(RangeError);
  });

  it('refuses a criterion with an empty scale or negative weight, and scores 0 when all weights are 0', () => {
    expect(() => weightedScore([aScoringCriterion({ scaleMin: 3, scaleMax: 3 })], {})).toThrow(RangeError);
    expect(() => weightedScore([aScoringCriterion({ weight: -1 })], {})).toThrow(RangeError);
    expect(weightedScore([aScoringCriterion({ weight: 0 })], { 'strategic-fit': 5 }).score).toBe(0);
  });
});

describe('rankByScore', () => {
  it('puts mandatory projects first, then higher scores, then names in Danish order', () => {
    const projects = [
      aRankableProject({ id: 'aero', name: 'Ærø-færgen', score: 60 }),
      aRankableProject({ id: 'zone', name: 'Zoneplan', score: 60 }),
      aRankableProject({ id: 'high', name: 'Høj', score: 80 }),
      aRankableProject({ id: 'must', name: 'Lovkrav', score: 10, mandatory: true }),
      aRankableProject({ id: 'borger', name: 'Borgerservice', score: 60 }),
    ];
    // Æ sorts after Z in Danish (an English collation would put it before B).
    expect(rankByScore(projects).map((p) => p.id)).toEqual(['must', 'high', 'borger', 'zone', 'aero']);
  });

  it('does not reorder the input array', () => {
    const projects = [aRankableProject({ id: 'a', score: 1 }), aRankableProject({ id: 'b', score: 2 })];
    rankByScore(projects);
    expect(projects.map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('rankDivergence', () => {
  it('reports the position difference per project and flags those at or beyond the threshold', () => {
    // manual a b c d, score c a b d: a 1 vs 2 → -1; b 2 vs 3 → -1; c 3 vs 1 → +2 (flagged at 2); d 0.
    expect(rankDivergence(['a', 'b', 'c', 'd'], ['c', 'a', 'b', 'd'], 2)).toEqual([
      { projectId: 'a', manualPosition: 1, scorePosition: 2, difference: -1, flagged: false },
      { projectId: 'b', manualPosition: 2, scorePosition: 3, difference: -1, flagged: false },
      { projectId: 'c', manualPosition: 3, scorePosition: 1, difference: 2, flagged: true },
      { projectId: 'd', manualPosition: 4, scorePosition: 4, difference: 0, flagged: false },
    ]);
  });

  it('flags negative differences too', () => {
    // manual a b c, score b c a: a is 1st by hand but 3rd by score → 1 - 3 = -2.
    const a = rankDivergence(['a', 'b', 'c'], ['b', 'c', 'a'], 2)[0];
    expect(a).toMatchObject({ difference: -2, flagged: true });
  });

  it('refuses orders with different or repeated projects, and a threshold below 1', () => {
    expect(() => rankDivergence(['a', 'b'], ['a', 'c'], 1)).toThrow(
      'Manual and score orders differ: not in score order [b], not in manual order [c]',
    );
    expect(() => rankDivergence(['a', 'a'], ['a', 'a'], 1)).toThrow(RangeError);
    expect(() => rankDivergence(['a'], ['a'], 0)).toThrow(RangeError);
  });
});
