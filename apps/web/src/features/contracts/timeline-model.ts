import type { ContractRow, UnitRef } from './contract-types';

export type TimelineGrouping = 'supplier' | 'unit';

export interface TimelineGroup {
  key: string;
  label: string | null;
  rows: ContractRow[];
}

const DAY_MS = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Groups contracts by supplier or by the unit of their first economy line, sorted by name. */
export function groupContracts(
  rows: readonly ContractRow[],
  by: TimelineGrouping,
  units: readonly UnitRef[],
): TimelineGroup[] {
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const groups = new Map<string, TimelineGroup>();
  for (const row of rows) {
    const unitId = row.economyLines.find((l) => l.unitId)?.unitId ?? null;
    const key = by === 'supplier' ? (row.supplier?.id ?? '') : (unitId ?? '');
    const label =
      by === 'supplier' ? (row.supplier?.name ?? null) : unitId ? (unitNames.get(unitId) ?? null) : null;
    const group = groups.get(key) ?? { key, label, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  // Named groups alphabetically, the unnamed group last.
  return [...groups.values()].sort((a, b) =>
    a.label === null ? 1 : b.label === null ? -1 : a.label.localeCompare(b.label, 'da'),
  );
}

/** The shown span: two years back and five ahead of today, whole years, so ends and windows fit. */
export function timelineRange(today: string): { from: number; to: number; years: number[] } {
  const year = Number(today.slice(0, 4));
  const years = Array.from({ length: 8 }, (_, i) => year - 2 + i);
  return { from: toTime(`${year - 2}-01-01`), to: toTime(`${year + 6}-01-01`), years };
}

/** Left offset and width in percent of the range for a span of calendar days (clamped to it). */
export function span(range: { from: number; to: number }, start: string | null, end: string | null) {
  if (!start) return null;
  const total = range.to - range.from;
  const a = Math.max(toTime(start), range.from);
  const b = Math.min(end ? toTime(end) + DAY_MS : range.to, range.to);
  if (b <= a) return null;
  return { left: ((a - range.from) / total) * 100, width: ((b - a) / total) * 100 };
}

export const position = (range: { from: number; to: number }, day: string) =>
  ((toTime(day) - range.from) / (range.to - range.from)) * 100;
