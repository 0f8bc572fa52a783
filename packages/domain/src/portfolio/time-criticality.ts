import { addMonths, toUtcDate, type IsoDate } from '../shared/dates';

/**
 * How soon a project must run, derived from facts in the system landscape rather than asked of
 * the proposer: a contract the project replaces has a date by which the municipality must decide
 * (extend, re-tender or exit), and removing a copy register is an architecture commitment
 * (rammearkitektur: use base data from the source, not local copies).
 *
 * Thresholds (boundaries inclusive, measured in calendar months from today):
 * - decision date before today                  → OVERDUE
 * - decision date today … today + 6 months      → URGENT (a tender takes roughly that long)
 * - decision date within today + 12 months      → SOON
 * - removes a copy register                     → at least SOON
 * A decision date on today itself is not yet passed: the decision can still be made today.
 */

export type TimeCriticalityLevel = 'NONE' | 'SOON' | 'URGENT' | 'OVERDUE';

export type TimeCriticalityReason =
  | 'CONTRACT_DECISION_PASSED'
  | 'CONTRACT_DECISION_WITHIN_6_MONTHS'
  | 'CONTRACT_DECISION_WITHIN_12_MONTHS'
  | 'REMOVES_COPY_REGISTER';

export interface TimeCriticalityFacts {
  removesCopyRegister: boolean;
  /** Decision date of the contract the project replaces, or null when it replaces none. */
  replacesContractWithDecisionDate: IsoDate | null;
}

export interface TimeCriticality {
  level: TimeCriticalityLevel;
  /** Every fact that raised the level, so the UI can say why. */
  reasons: TimeCriticalityReason[];
}

const SEVERITY: Record<TimeCriticalityLevel, number> = { NONE: 0, SOON: 1, URGENT: 2, OVERDUE: 3 };

export const URGENT_WITHIN_MONTHS = 6;
export const SOON_WITHIN_MONTHS = 12;

export function timeCriticality(facts: TimeCriticalityFacts, today: IsoDate): TimeCriticality {
  let level: TimeCriticalityLevel = 'NONE';
  const reasons: TimeCriticalityReason[] = [];
  const raise = (to: TimeCriticalityLevel, reason: TimeCriticalityReason) => {
    if (SEVERITY[to] > SEVERITY[level]) level = to;
    reasons.push(reason);
  };

  toUtcDate(today); // throws a RangeError on a malformed date instead of comparing garbage
  const decision = facts.replacesContractWithDecisionDate;
  if (decision !== null) {
    toUtcDate(decision);
    // ISO dates compare lexically; addMonths validates and clamps month ends (31 Aug + 6 = 28/29 Feb).
    if (decision < today) raise('OVERDUE', 'CONTRACT_DECISION_PASSED');
    else if (decision <= addMonths(today, URGENT_WITHIN_MONTHS)) {
      raise('URGENT', 'CONTRACT_DECISION_WITHIN_6_MONTHS');
    } else if (decision <= addMonths(today, SOON_WITHIN_MONTHS)) {
      raise('SOON', 'CONTRACT_DECISION_WITHIN_12_MONTHS');
    }
  }
  if (facts.removesCopyRegister) raise('SOON', 'REMOVES_COPY_REGISTER');
  return { level, reasons };
}
