import { boardFlags, boardStaffing } from './board-row';

describe('boardStaffing: the rows tell the same story as the capacity line', () => {
  it('staffs every row when there is no line', () => {
    expect(boardStaffing(0, null, true)).toBe('ABOVE_LINE');
    expect(boardStaffing(7, null, true)).toBe('ABOVE_LINE');
  });
  it('staffs rows above the line and not the row the line is drawn at', () => {
    // Line at index 2: rows 0 and 1 are above it; row 2 is the first that does not fit.
    expect(boardStaffing(1, 2, true)).toBe('ABOVE_LINE');
    expect(boardStaffing(2, 2, false)).toBe('BELOW_LINE');
  });
  it('never calls a row below the line staffed, even when its demand would fit', () => {
    expect(boardStaffing(3, 2, true)).toBe('BELOW_LINE_FITS');
    expect(boardStaffing(4, 2, false)).toBe('BELOW_LINE');
  });
});

describe('boardFlags: one primary flag per row, the rest on demand', () => {
  it('puts a passed deadline before a divergent rank and a duty', () => {
    expect(boardFlags({ urgency: 'OVERDUE', divergent: true, mandatory: true })).toEqual([
      'DEADLINE_PASSED',
      'DIVERGES_FROM_SCORE',
      'MANDATORY',
    ]);
  });
  it('puts a divergent rank before a duty and before a deadline that is only coming', () => {
    expect(boardFlags({ urgency: 'SOON', divergent: true, mandatory: true })).toEqual([
      'DIVERGES_FROM_SCORE',
      'MANDATORY',
      'DEADLINE_SOON',
    ]);
    expect(boardFlags({ urgency: 'URGENT', divergent: true, mandatory: false })).toEqual([
      'URGENT',
      'DIVERGES_FROM_SCORE',
    ]);
  });
  it('gives a row with nothing to say no flag', () => {
    expect(boardFlags({ urgency: 'NONE', divergent: false, mandatory: false })).toEqual([]);
  });

  it('puts a project ranked above one it depends on after the deadlines, before the score', () => {
    expect(
      boardFlags({ urgency: 'URGENT', divergent: true, mandatory: false, dependsOnLower: true }),
    ).toEqual(['URGENT', 'WAITS_FOR_LOWER', 'DIVERGES_FROM_SCORE']);
    expect(boardFlags({ urgency: 'NONE', divergent: false, mandatory: true, dependsOnLower: true })[0]).toBe(
      'WAITS_FOR_LOWER',
    );
  });
});
