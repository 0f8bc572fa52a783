import { auditLogColumns } from './audit-log-csv';

describe('auditLogColumns', () => {
  it('writes one row per changed field, and one row for an entry without field changes', () => {
    const columns = auditLogColumns(
      [
        {
          at: '2026-03-12T13:02:00.000Z',
          action: 'UPDATE',
          entityType: 'Contract',
          entityId: 'c1',
          authorName: 'Anne',
          changes: [
            { field: 'name', before: 'A', after: 'B' },
            { field: 'reference', before: null, after: 'KT-1' },
          ],
        },
        {
          at: '2026-03-12T12:00:00.000Z',
          action: 'SIGN_IN',
          entityType: 'User',
          entityId: 'u1',
          authorName: null,
          changes: [],
        },
      ],
      ['Tid', 'Person', 'Handling', 'Type', 'Id', 'Felt', 'Før', 'Efter'],
      (at) => at.slice(0, 10),
    );
    expect(columns.map((c) => c.header)).toEqual([
      'Tid',
      'Person',
      'Handling',
      'Type',
      'Id',
      'Felt',
      'Før',
      'Efter',
    ]);
    const rows = columns[0].values.map((_, i) => columns.map((c) => c.values[i]));
    expect(rows).toEqual([
      ['2026-03-12', 'Anne', 'UPDATE', 'Contract', 'c1', 'name', 'A', 'B'],
      ['2026-03-12', 'Anne', 'UPDATE', 'Contract', 'c1', 'reference', '', 'KT-1'],
      ['2026-03-12', '', 'SIGN_IN', 'User', 'u1', '', '', ''],
    ]);
  });
});
