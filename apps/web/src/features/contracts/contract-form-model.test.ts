import { draftToInput, emptyDraft, validateDraft, type ContractDraft } from './contract-form-model';

const USAGE = '00000000-0000-4000-8000-000000000001';
const SUCCESSOR = '00000000-0000-4000-8000-000000000009';

const draft = (patch: Partial<ContractDraft>): ContractDraft => ({
  ...emptyDraft(),
  name: 'Booking',
  startDate: '2026-01-01',
  ...patch,
});

describe('contract form model', () => {
  it('accepts a complete draft and sends blanks as null', () => {
    const d = draft({
      endDate: '2027-12-31',
      options: [{ months: 12, exercisedOn: '' }],
      economyLines: [{ kind: 'YEARLY_OPERATION', amount: 5000, unitId: null, note: '' }],
      coveredUsageIds: [USAGE],
      successorId: SUCCESSOR,
    });
    expect(validateDraft(d)).toEqual({});
    expect(draftToInput(d)).toMatchObject({
      name: 'Booking',
      reference: null,
      endDate: '2027-12-31',
      irrevocableUntil: null,
      terminatedOn: null,
      successorId: SUCCESSOR,
      options: [{ ordinal: 1, months: 12, exercisedOn: null }],
      economyLines: [{ kind: 'YEARLY_OPERATION', amount: 5000, unitId: null }],
      coveredUsageIds: [USAGE],
    });
  });

  it('reports the shared rules under the API field paths, a blank option or amount as required', () => {
    expect(validateDraft(draft({ name: '  ', startDate: '' }))).toEqual({
      name: { field: 'name', message: 'field.required' },
      startDate: { field: 'startDate', message: 'field.required' },
    });
    const messages = (errors: ReturnType<typeof validateDraft>) =>
      Object.fromEntries(Object.entries(errors).map(([field, e]) => [field, [e.message, e.params]]));
    expect(
      messages(
        validateDraft(
          draft({
            endDate: '2025-12-31',
            irrevocableUntil: '2025-06-01',
            terminatedOn: '2026-01-01',
            noticePeriodMonths: -1,
            durationMonths: 0,
            uptimePercent: 101,
            indexationPercent: 120,
            options: [
              { months: 6, exercisedOn: '' },
              { months: null, exercisedOn: '' },
            ],
            economyLines: [{ kind: 'OTHER', amount: null, unitId: null, note: '' }],
          }),
        ),
      ),
    ).toEqual({
      endDate: ['field.dateOrder', undefined],
      irrevocableUntil: ['field.dateOrder', undefined],
      noticePeriodMonths: ['field.min', { min: 0 }],
      durationMonths: ['field.min', { min: 1 }],
      uptimePercent: ['field.max', { max: 100 }],
      indexationPercent: ['field.max', { max: 100 }],
      'options.1.months': ['field.required', undefined],
      'economyLines.0.amount': ['field.required', undefined],
    });
  });
});
