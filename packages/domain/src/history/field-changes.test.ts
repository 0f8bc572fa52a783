import { changeValueText, fieldChanges, fieldLabelKey } from './field-changes';

describe('fieldChanges', () => {
  it('lists changed fields and ignores version, timestamps and ids', () => {
    expect(
      fieldChanges(
        { id: 'c1', name: 'Drift', endDate: '2026-12-31', version: 1, updatedAt: '2026-01-01T00:00:00Z' },
        {
          id: 'c1',
          name: 'Driftsaftale',
          endDate: '2026-12-31',
          version: 2,
          updatedAt: '2026-02-01T00:00:00Z',
        },
      ),
    ).toEqual([{ field: 'name', kind: 'CHANGED', before: 'Drift', after: 'Driftsaftale' }]);
  });

  it('calls a value set from empty added and a value cleared removed; empty to empty is no change', () => {
    expect(
      fieldChanges(
        { reference: null, note: 'gammel', retenderPlan: '' },
        { reference: 'KT-17', note: '', retenderPlan: null },
      ),
    ).toEqual([
      { field: 'reference', kind: 'ADDED', before: null, after: 'KT-17' },
      { field: 'note', kind: 'REMOVED', before: 'gammel', after: null },
    ]);
  });

  it('lists every filled field of a created row as added, and of a deleted row as removed', () => {
    expect(fieldChanges(undefined, { id: 'x', name: 'SBSYS', localName: null, version: 1 })).toEqual([
      { field: 'name', kind: 'ADDED', before: null, after: 'SBSYS' },
    ]);
    expect(fieldChanges({ name: 'SBSYS', userCount: 0 }, null)).toEqual([
      { field: 'name', kind: 'REMOVED', before: 'SBSYS', after: null },
      { field: 'userCount', kind: 'REMOVED', before: 0, after: null },
    ]);
  });

  it('reports values added to and removed from a list of plain values, not the whole list', () => {
    expect(fieldChanges({ taskAreas: ['27.24', '00.01'] }, { taskAreas: ['00.01', '02.00'] })).toEqual([
      { field: 'taskAreas', kind: 'REMOVED', before: ['27.24'], after: null },
      { field: 'taskAreas', kind: 'ADDED', before: null, after: ['02.00'] },
    ]);
    // The same values in another order are no change.
    expect(fieldChanges({ dataTypes: ['CPR', 'CVR'] }, { dataTypes: ['CVR', 'CPR'] })).toEqual([]);
  });

  it('matches rows of a nested list by id and compares them field by field', () => {
    const before = {
      options: [
        { id: 'o1', ordinal: 1, months: 12, exercisedOn: null },
        { id: 'o2', ordinal: 2, months: 12, exercisedOn: null },
      ],
    };
    const after = {
      options: [
        { id: 'o2', ordinal: 2, months: 24, exercisedOn: null },
        { id: 'o3', ordinal: 3, months: 6, exercisedOn: null },
      ],
    };
    expect(fieldChanges(before, after)).toEqual([
      {
        field: 'options[o1]',
        kind: 'REMOVED',
        before: { id: 'o1', ordinal: 1, months: 12, exercisedOn: null },
        after: null,
      },
      { field: 'options[o2].months', kind: 'CHANGED', before: 12, after: 24 },
      {
        field: 'options[o3]',
        kind: 'ADDED',
        before: null,
        after: { id: 'o3', ordinal: 3, months: 6, exercisedOn: null },
      },
    ]);
  });

  it('compares nested objects by their fields and list rows without ids by position', () => {
    expect(
      fieldChanges(
        { supplier: { name: 'KMD', cvr: '1' }, lines: [{ amount: '10.00' }] },
        { supplier: { name: 'KMD A/S', cvr: '1' }, lines: [{ amount: '12.50' }] },
      ),
    ).toEqual([
      { field: 'supplier.name', kind: 'CHANGED', before: 'KMD', after: 'KMD A/S' },
      { field: 'lines[0].amount', kind: 'CHANGED', before: '10.00', after: '12.50' },
    ]);
  });

  it('names the label key of a field by its first segment', () => {
    expect(fieldLabelKey('name')).toBe('name');
    expect(fieldLabelKey('supplier.name')).toBe('supplier');
    expect(fieldLabelKey('options[o2].months')).toBe('options');
  });
});

describe('changeValueText', () => {
  it('shows text as is, lists joined, rows as JSON and nothing as null', () => {
    expect(changeValueText('KT-17')).toBe('KT-17');
    expect(changeValueText(12)).toBe('12');
    expect(changeValueText(false)).toBe('false');
    expect(changeValueText(['27.24', '02.00'])).toBe('27.24, 02.00');
    expect(changeValueText({ ordinal: 3, months: 6 })).toBe('{"ordinal":3,"months":6}');
    expect(changeValueText(null)).toBeNull();
  });
});
