import type { IsoDate } from '../shared/dates';

export interface MaturityHistoryEntry {
  assessedAt: IsoDate;
  achievedStep: number;
}

export type MaturityTrend<T extends MaturityHistoryEntry> = T & {
  /** achievedStep minus the previous assessment's; null for the first. */
  change: number | null;
  direction: 'UP' | 'DOWN' | 'SAME' | null;
};

/**
 * Assessments in date order, each with its change against the one before, so the board sees
 * whether the organisation is climbing or slipping. Same-date entries keep their input order.
 */
export function maturityHistoryTrend<T extends MaturityHistoryEntry>(
  assessments: readonly T[],
): MaturityTrend<T>[] {
  const sorted = [...assessments].sort((a, b) =>
    a.assessedAt < b.assessedAt ? -1 : a.assessedAt > b.assessedAt ? 1 : 0,
  );
  return sorted.map((assessment, i) => {
    if (i === 0) return { ...assessment, change: null, direction: null };
    const change = assessment.achievedStep - sorted[i - 1].achievedStep;
    return { ...assessment, change, direction: change > 0 ? 'UP' : change < 0 ? 'DOWN' : 'SAME' };
  });
}
