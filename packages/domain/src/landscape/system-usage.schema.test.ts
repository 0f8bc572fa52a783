import { systemUsageRuleErrors } from './system-usage.schema';

describe('system usage rules', () => {
  it('accepts local facts within their bounds', () => {
    expect(
      systemUsageRuleErrors({
        localName: 'ESDH',
        inUseFrom: '2020-01-01',
        inUseUntil: '2020-01-01',
        userCount: 0,
      }),
    ).toEqual([]);
  });

  it('keeps the in-use period in order and counts whole, bounded numbers', () => {
    expect(
      systemUsageRuleErrors({
        localName: 'x'.repeat(201),
        inUseFrom: '2024-01-01',
        inUseUntil: '2023-12-31',
        userCount: -1,
        migrationMonths: 61,
        lifecycle: 'GONE',
      }),
    ).toEqual([
      { field: 'localName', message: 'field.tooLong', params: { max: 200 } },
      { field: 'lifecycle', message: 'field.invalid' },
      { field: 'userCount', message: 'field.min', params: { min: 0 } },
      { field: 'migrationMonths', message: 'field.max', params: { max: 60 } },
      { field: 'inUseUntil', message: 'field.dateOrder' },
    ]);
    expect(systemUsageRuleErrors({ userCount: 2.5 })).toEqual([
      { field: 'userCount', message: 'field.integer' },
    ]);
  });
});
