import { groupContracts, position, span, timelineRange } from './timeline-model';
import type { ContractRow } from './contract-types';

const row = (id: string, supplier: string | null, unitId: string | null) =>
  ({
    id,
    name: id,
    supplier: supplier ? { id: supplier, name: supplier } : null,
    economyLines: unitId ? [{ unitId }] : [],
  }) as unknown as ContractRow;

describe('timeline model', () => {
  it('groups by supplier and by the paying unit, named groups first', () => {
    const rows = [row('a', 'KMD', 'u1'), row('b', null, null), row('c', 'Atea', 'u1'), row('d', 'KMD', 'u2')];
    expect(groupContracts(rows, 'supplier', []).map((g) => [g.label, g.rows.map((r) => r.id)])).toEqual([
      ['Atea', ['c']],
      ['KMD', ['a', 'd']],
      [null, ['b']],
    ]);
    const units = [
      { id: 'u1', name: 'Økonomi' },
      { id: 'u2', name: 'Borgerservice' },
    ];
    expect(groupContracts(rows, 'unit', units).map((g) => g.label)).toEqual([
      'Borgerservice',
      'Økonomi',
      null,
    ]);
  });

  it('places spans as percentages of an eight-year range and clamps them to it', () => {
    const range = timelineRange('2026-11-27');
    expect(range.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    // 2024-01-01 to 2032-01-01 is 2,922 days; 2028-01-01 is day 1,461, the middle.
    expect(position(range, '2028-01-01')).toBeCloseTo(50, 5);
    // An inclusive end: the whole of 2028 (366 days) is 366/2,922 of the range.
    expect(span(range, '2028-01-01', '2028-12-31')!.width).toBeCloseTo((366 / 2922) * 100, 5);
    expect(span(range, '2020-01-01', '2023-12-31')).toBeNull();
    expect(span(range, '2020-01-01', null)).toEqual({ left: 0, width: 100 });
  });
});
