import { maturityHistoryTrend } from './history';

describe('maturityHistoryTrend', () => {
  it('sorts by date and gives the change against the previous assessment', () => {
    const trend = maturityHistoryTrend([
      { id: 'b', assessedAt: '2027-06-01', achievedStep: 2 },
      { id: 'a', assessedAt: '2026-06-01', achievedStep: 1 },
      { id: 'd', assessedAt: '2028-06-01', achievedStep: 1 },
      { id: 'c', assessedAt: '2027-12-01', achievedStep: 2 },
    ]);
    expect(trend).toEqual([
      { id: 'a', assessedAt: '2026-06-01', achievedStep: 1, change: null, direction: null },
      { id: 'b', assessedAt: '2027-06-01', achievedStep: 2, change: 1, direction: 'UP' },
      { id: 'c', assessedAt: '2027-12-01', achievedStep: 2, change: 0, direction: 'SAME' },
      { id: 'd', assessedAt: '2028-06-01', achievedStep: 1, change: -1, direction: 'DOWN' },
    ]);
  });

  it('returns nothing for no history', () => {
    expect(maturityHistoryTrend([])).toEqual([]);
  });
});
