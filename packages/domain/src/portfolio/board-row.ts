import type { TimeCriticalityLevel } from './time-criticality';

/**
 * What the board says about a project's staffing, told the same way as the capacity line:
 * - ABOVE_LINE: ranked above the line (or no line at all), so it can be staffed;
 * - BELOW_LINE: at or below the line and its demand does not fit what is left;
 * - BELOW_LINE_FITS: below the line, yet its (smaller) demand fits what is left: the board may
 *   pull it above the line, but until it does it is not staffed, so it never reads "can be staffed".
 */
export type BoardStaffing = 'ABOVE_LINE' | 'BELOW_LINE' | 'BELOW_LINE_FITS';

/**
 * The staffing story of the row at `index` (0-based, in the whole ranking) given the line's index
 * (null when every project fits) and whether its own demand fits the capacity left.
 */
export function boardStaffing(index: number, lineIndex: number | null, fits: boolean): BoardStaffing {
  if (lineIndex === null || index < lineIndex) return 'ABOVE_LINE';
  return fits ? 'BELOW_LINE_FITS' : 'BELOW_LINE';
}

/** A reason a board row asks for attention, most pressing first (see `BOARD_FLAG_ORDER`). */
export type BoardFlag =
  'DEADLINE_PASSED' | 'URGENT' | 'WAITS_FOR_LOWER' | 'DIVERGES_FROM_SCORE' | 'MANDATORY' | 'DEADLINE_SOON';

/**
 * One order for every row: a passed deadline is the most pressing (something is already late),
 * then an urgent deadline, then a project ranked above one it depends on (the order cannot be
 * carried out as ranked), then a rank the board must justify against the score, then a duty to do
 * it at all, then a deadline that is merely coming.
 */
export const BOARD_FLAG_ORDER: readonly BoardFlag[] = [
  'DEADLINE_PASSED',
  'URGENT',
  'WAITS_FOR_LOWER',
  'DIVERGES_FROM_SCORE',
  'MANDATORY',
  'DEADLINE_SOON',
];

export interface BoardFlagFacts {
  urgency: TimeCriticalityLevel;
  divergent: boolean;
  mandatory: boolean;
  /** It depends on a project ranked below it (`dependenciesRankedBelow`). */
  dependsOnLower?: boolean;
}

const URGENCY_FLAG: Partial<Record<TimeCriticalityLevel, BoardFlag>> = {
  OVERDUE: 'DEADLINE_PASSED',
  URGENT: 'URGENT',
  SOON: 'DEADLINE_SOON',
};

/** Every flag that applies to a row, most pressing first; the first is the one the row shows. */
export function boardFlags(facts: BoardFlagFacts): BoardFlag[] {
  const present = new Set<BoardFlag>();
  const urgency = URGENCY_FLAG[facts.urgency];
  if (urgency) present.add(urgency);
  if (facts.divergent) present.add('DIVERGES_FROM_SCORE');
  if (facts.mandatory) present.add('MANDATORY');
  if (facts.dependsOnLower) present.add('WAITS_FOR_LOWER');
  return BOARD_FLAG_ORDER.filter((flag) => present.has(flag));
}
