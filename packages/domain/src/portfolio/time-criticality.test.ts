import { timeCriticality } from './time-criticality';

const contractDecidedBy = (date: string | null) => ({
  removesCopyRegister: false,
  replacesContractWithDecisionDate: date,
});

describe('timeCriticality', () => {
  const today = '2027-01-15'; // +6 months = 2027-07-15, +12 months = 2028-01-15

  it('is OVERDUE once the contract decision date has passed, but not on the day itself', () => {
    expect(timeCriticality(contractDecidedBy('2027-01-14'), today)).toEqual({
      level: 'OVERDUE',
      reasons: ['CONTRACT_DECISION_PASSED'],
    });
    expect(timeCriticality(contractDecidedBy('2027-01-15'), today).level).toBe('URGENT');
  });

  it('is URGENT up to and including six months ahead, SOON up to twelve, then NONE', () => {
    expect(timeCriticality(contractDecidedBy('2027-07-15'), today)).toEqual({
      level: 'URGENT',
      reasons: ['CONTRACT_DECISION_WITHIN_6_MONTHS'],
    });
    expect(timeCriticality(contractDecidedBy('2027-07-16'), today)).toEqual({
      level: 'SOON',
      reasons: ['CONTRACT_DECISION_WITHIN_12_MONTHS'],
    });
    expect(timeCriticality(contractDecidedBy('2028-01-15'), today).level).toBe('SOON');
    expect(timeCriticality(contractDecidedBy('2028-01-16'), today)).toEqual({ level: 'NONE', reasons: [] });
    expect(timeCriticality(contractDecidedBy(null), today)).toEqual({ level: 'NONE', reasons: [] });
  });

  it('counts calendar months with month-end clamping (31 Aug + 6 months = 29 Feb in a leap year)', () => {
    expect(timeCriticality(contractDecidedBy('2028-02-29'), '2027-08-31').level).toBe('URGENT');
    expect(timeCriticality(contractDecidedBy('2028-03-01'), '2027-08-31').level).toBe('SOON');
  });

  it('raises removal of a copy register to at least SOON and keeps every reason', () => {
    expect(
      timeCriticality({ removesCopyRegister: true, replacesContractWithDecisionDate: null }, today),
    ).toEqual({
      level: 'SOON',
      reasons: ['REMOVES_COPY_REGISTER'],
    });
    // A decision in 2 months is URGENT; the copy register does not lower it but is listed.
    expect(
      timeCriticality({ removesCopyRegister: true, replacesContractWithDecisionDate: '2027-03-15' }, today),
    ).toEqual({ level: 'URGENT', reasons: ['CONTRACT_DECISION_WITHIN_6_MONTHS', 'REMOVES_COPY_REGISTER'] });
    // A decision 2 years out adds no reason of its own.
    expect(
      timeCriticality({ removesCopyRegister: true, replacesContractWithDecisionDate: '2029-01-15' }, today),
    ).toEqual({ level: 'SOON', reasons: ['REMOVES_COPY_REGISTER'] });
  });

  it('refuses malformed dates instead of comparing text', () => {
    expect(() => timeCriticality(contractDecidedBy('15-01-2027'), today)).toThrow(RangeError);
    expect(() => timeCriticality(contractDecidedBy(null), '2027-02-30')).toThrow(RangeError);
  });
});
