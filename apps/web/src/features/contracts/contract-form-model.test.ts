import {
  draftToInput,
  emptyDraft,
  parentCandidates,
  successorCandidates,
  validateDraft,
  type ContractDraft,
} from './contract-form-model';

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
      coveredUsageIds: ['u1'],
      successorId: 'c9',
    });
    expect(validateDraft(d)).toEqual({});
    expect(draftToInput(d)).toMatchObject({
      name: 'Booking',
      reference: null,
      endDate: '2027-12-31',
      irrevocableUntil: null,
      terminatedOn: null,
      successorId: 'c9',
      options: [{ ordinal: 1, months: 12, exercisedOn: null }],
      economyLines: [{ kind: 'YEARLY_OPERATION', amount: 5000, unitId: null }],
      coveredUsageIds: ['u1'],
    });
  });

  it('reports missing fields, date order and numbers out of range under the API field paths', () => {
    expect(validateDraft(draft({ name: '  ', startDate: '' }))).toEqual({
      name: 'required',
      startDate: 'required',
    });
    expect(
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
    ).toEqual({
      endDate: 'dateOrder',
      irrevocableUntil: 'dateOrder',
      noticePeriodMonths: 'notNegative',
      durationMonths: 'wholeMonths',
      uptimePercent: 'percent',
      indexationPercent: 'indexation',
      'options.1.months': 'optionMonths',
      'economyLines.0.amount': 'amount',
    });
  });

  it('offers neither the contract itself nor its descendants as parent', () => {
    const contracts = [
      { id: 'frame', name: 'Ramme', parentId: null },
      { id: 'a', name: 'A', parentId: 'frame' },
      { id: 'a1', name: 'A1', parentId: 'a' },
      { id: 'a11', name: 'A11', parentId: 'a1' },
      { id: 'b', name: 'B', parentId: 'frame' },
    ];
    expect(parentCandidates(contracts, 'a').map((c) => c.id)).toEqual(['frame', 'b']);
    expect(parentCandidates(contracts, 'frame').map((c) => c.id)).toEqual([]);
    expect(parentCandidates(contracts, null)).toHaveLength(5);
  });

  it('offers neither the contract itself nor the contracts it replaced as successor', () => {
    const contracts = [
      { id: '2016', name: '2016', successorId: '2020' },
      { id: '2020', name: '2020', successorId: '2024' },
      { id: '2024', name: '2024', successorId: null },
      { id: 'other', name: 'Andet', successorId: null },
    ];
    expect(successorCandidates(contracts, '2024').map((c) => c.id)).toEqual(['other']);
    expect(successorCandidates(contracts, '2016').map((c) => c.id)).toEqual(['2020', '2024', 'other']);
  });
});
