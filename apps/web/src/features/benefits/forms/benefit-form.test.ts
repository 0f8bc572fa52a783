import { emptyBenefitForm, newProfileRow, toBenefitFields, validateBenefitForm } from './benefit-form';

const valid = () => ({
  ...emptyBenefitForm(),
  title: 'Lavere licensudgift',
  baseline: 1_000_000,
  target: 600_000,
  direction: 'DECREASE' as const,
  startDate: '2027-01-01',
  dueDate: '2028-12-31',
});

const CONTRACT = '00000000-0000-4000-8000-000000000001';

describe('validateBenefitForm', () => {
  it('accepts a complete benefit', () => {
    expect(validateBenefitForm(valid())).toEqual({});
  });

  it('requires a title and a unit of measure', () => {
    expect(validateBenefitForm({ ...valid(), title: '  ', unitOfMeasure: '' })).toEqual({
      title: { field: 'title', message: 'field.required' },
      unitOfMeasure: { field: 'unitOfMeasure', message: 'field.required' },
    });
  });

  it('checks the target against the direction with the shared rule', () => {
    // A saving (DECREASE) from 1,000,000 to 1,200,000 contradicts itself.
    expect(validateBenefitForm({ ...valid(), target: 1_200_000 }).target?.message).toBe(
      'field.targetMustBeBelow',
    );
    expect(validateBenefitForm({ ...valid(), target: 1_000_000 }).target?.message).toBe(
      'field.targetMustBeBelow',
    );
    expect(validateBenefitForm({ ...valid(), direction: 'INCREASE' }).target?.message).toBe(
      'field.targetMustBeAbove',
    );
    // Without a baseline nothing can be compared.
    expect(validateBenefitForm({ ...valid(), baseline: '' })).toEqual({});
  });

  it('checks date order and shows a missing verification target on the one target field', () => {
    expect(validateBenefitForm({ ...valid(), dueDate: '2026-12-31' })).toEqual({
      dueDate: { field: 'dueDate', message: 'field.dateOrder' },
    });
    expect(validateBenefitForm({ ...valid(), verificationKind: 'CONTRACT_ENDED' })).toEqual({
      verificationTargetId: { field: 'verificationContractId', message: 'field.required' },
    });
    expect(
      validateBenefitForm({ ...valid(), verificationKind: 'CONTRACT_ENDED', verificationTargetId: CONTRACT }),
    ).toEqual({});
  });

  it('checks every profile row in the order shown and refuses a date twice', () => {
    const profile = [
      newProfileRow('2027-06-30', 900_000),
      newProfileRow('2027-06-30', 800_000),
      newProfileRow('', ''),
    ];
    expect(validateBenefitForm({ ...valid(), profile })).toEqual({
      'profile.2.date': { field: 'profile.2.date', message: 'field.required' },
      'profile.2.plannedValue': { field: 'profile.2.plannedValue', message: 'field.required' },
    });
    expect(validateBenefitForm({ ...valid(), profile: profile.slice(0, 2) })).toEqual({
      profile: { field: 'profile', message: 'field.duplicateDate' },
    });
  });
});

describe('toBenefitFields', () => {
  it('sends the profile sorted, empty numbers as null, and only the chosen verification target', () => {
    const fields = toBenefitFields({
      ...valid(),
      target: '',
      type: 'QUALITATIVE',
      cashable: true,
      verificationKind: 'USAGE_RETIRED',
      verificationTargetId: 'usage-1',
      profile: [newProfileRow('2028-01-01', 2), newProfileRow('2027-01-01', 1)],
    });
    expect(fields).toMatchObject({
      target: null,
      // a qualitative benefit is never cashable
      cashable: false,
      verificationUsageId: 'usage-1',
      verificationContractId: null,
      verificationEdgeId: null,
      profile: [
        { date: '2027-01-01', plannedValue: 1 },
        { date: '2028-01-01', plannedValue: 2 },
      ],
    });
  });
});
