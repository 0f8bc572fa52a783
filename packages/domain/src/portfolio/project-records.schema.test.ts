import { artefactRuleErrors, businessCaseRuleErrors } from './project-records.schema';

describe('project record rules', () => {
  it('accepts business case lines with an amount and, optionally, a year', () => {
    expect(
      businessCaseRuleErrors([
        { kind: 'ONE_OFF_COST', amount: 250_000, year: 2026 },
        { kind: 'YEARLY_BENEFIT', description: 'Færre manuelle opslag', amount: 0, year: null },
      ]),
    ).toEqual([]);
  });

  it('names the line and field of each broken rule', () => {
    expect(
      businessCaseRuleErrors([
        { kind: 'YEARLY_COST', amount: null, year: 1999 },
        { kind: 'GIFT', amount: -5, year: 2030.5 },
      ]),
    ).toEqual([
      { field: '0.amount', message: 'field.required' },
      { field: '0.year', message: 'field.min', params: { min: 2000 } },
      { field: '1.kind', message: 'field.invalid' },
      { field: '1.amount', message: 'field.min', params: { min: 0 } },
      { field: '1.year', message: 'field.integer' },
    ]);
  });

  it('needs an artefact’s kind and a title', () => {
    expect(artefactRuleErrors({ kind: 'RISK_ASSESSMENT', title: 'Risici', content: '' })).toEqual([]);
    expect(artefactRuleErrors({ kind: null, title: ' ', content: 'x'.repeat(50_001) })).toEqual([
      { field: 'kind', message: 'field.required' },
      { field: 'title', message: 'field.required' },
      { field: 'content', message: 'field.tooLong', params: { max: 50_000 } },
    ]);
  });
});
