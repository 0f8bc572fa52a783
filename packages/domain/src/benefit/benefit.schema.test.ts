import {
  benefitAsStored,
  benefitConsistency,
  benefitRuleErrors,
  canBeCashable,
  measurementOn,
} from './benefit.schema';
import { checkRules } from '../shared/rule-errors';

const valid = {
  title: 'Lavere licensudgift',
  type: 'ECONOMIC_KR',
  cashable: true,
  baseline: 1_000_000,
  target: 600_000,
  direction: 'DECREASE',
  unitOfMeasure: 'kr.',
  startDate: '2026-01-01',
  dueDate: '2027-12-31',
  verificationKind: 'NONE',
  profile: [{ date: '2027-12-31', plannedValue: 600_000 }],
};

describe('benefit rules', () => {
  it('accepts a consistent benefit', () => {
    expect(benefitRuleErrors(valid)).toEqual([]);
  });

  it('keeps the target on the side of the baseline the direction names; equal is no gain', () => {
    expect(benefitRuleErrors({ ...valid, target: 1_200_000 })).toEqual([
      { field: 'target', message: 'field.targetMustBeBelow' },
    ]);
    expect(benefitRuleErrors({ ...valid, target: 1_000_000 })).toEqual([
      { field: 'target', message: 'field.targetMustBeBelow' },
    ]);
    expect(benefitRuleErrors({ ...valid, direction: 'INCREASE' })).toEqual([
      { field: 'target', message: 'field.targetMustBeAbove' },
    ]);
    expect(benefitRuleErrors({ ...valid, direction: 'INCREASE', baseline: 0, target: 2 })).toEqual([]);
    // Without a baseline or a target there is nothing to compare.
    expect(benefitRuleErrors({ ...valid, baseline: null })).toEqual([]);
  });

  it('allows cashable only on economic benefits', () => {
    expect(canBeCashable('ECONOMIC_FTE')).toBe(true);
    expect(canBeCashable('QUALITATIVE')).toBe(false);
    expect(benefitRuleErrors({ ...valid, type: 'QUALITATIVE' })).toEqual([
      { field: 'cashable', message: 'field.cashableNotEconomic' },
    ]);
    expect(benefitRuleErrors({ ...valid, type: 'DISBENEFIT', cashable: false })).toEqual([]);
  });

  it('reports field errors and cross-field errors together, one per field', () => {
    expect(
      benefitRuleErrors({
        ...valid,
        title: ' ',
        baseline: Number.NaN,
        startDate: '2028-01-01',
        verificationKind: 'CONTRACT_ENDED',
        profile: [
          { date: '2027-01-01', plannedValue: 1 },
          { date: '2027-01-01', plannedValue: 2 },
        ],
      }),
    ).toEqual([
      { field: 'title', message: 'field.required' },
      { field: 'baseline', message: 'field.invalid' },
      { field: 'profile', message: 'field.duplicateDate' },
      { field: 'dueDate', message: 'field.dateOrder' },
      { field: 'verificationContractId', message: 'field.required' },
    ]);
  });

  it('checks an update merged into the stored benefit, with the database defaults for what is missing', () => {
    // Stored: an INCREASE benefit from 0 to 10; the update lowers only the target below the baseline.
    const merged = benefitAsStored({ type: 'ECONOMIC_FTE', baseline: 0, target: -1 });
    expect(merged.direction).toBe('INCREASE');
    expect(checkRules(benefitConsistency, merged).errors).toEqual([
      { field: 'target', message: 'field.targetMustBeAbove' },
    ]);
  });
});

describe('a measurement recorded today', () => {
  const today = '2026-05-10';
  const measurement = { benefitId: 'b', measuredOn: today, value: 12.5 };

  it('may be dated today or earlier, and a negative value is a measurement too', () => {
    expect(checkRules(measurementOn(today), measurement).ok).toBe(true);
    expect(checkRules(measurementOn(today), { ...measurement, measuredOn: '2024-02-29', value: -3 }).ok).toBe(
      true,
    );
  });

  it('is refused for tomorrow, and without a value', () => {
    expect(checkRules(measurementOn(today), { ...measurement, measuredOn: '2026-05-11' }).errors).toEqual([
      { field: 'measuredOn', message: 'field.notInFuture' },
    ]);
    expect(checkRules(measurementOn(today), { ...measurement, value: undefined }).errors).toEqual([
      { field: 'value', message: 'field.required' },
    ]);
  });

  it('reports a future date and a missing value together', () => {
    const errors = checkRules(measurementOn('2026-05-10'), {
      benefitId: 'b',
      measuredOn: '2026-05-11',
    }).errors;
    expect(errors).toEqual([
      { field: 'measuredOn', message: 'field.notInFuture' },
      { field: 'value', message: 'field.required' },
    ]);
  });
});
