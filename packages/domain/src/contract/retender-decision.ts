import { daysBetween, type IsoDate } from '../shared/dates';
import { latestNoticeDateFor } from './contract-calendar';
import type { ContractDates, ContractTerms, PurchaseForm } from './contract.types';

/**
 * Months a procurement typically takes per purchase form, from decision to signed contract.
 * A configurable default: organisations override it in their settings and pass their own table.
 */
export const DEFAULT_PROCUREMENT_LEAD_MONTHS: Readonly<Record<PurchaseForm, number>> = {
  EU_TENDER: 12,
  MINI_TENDER: 4,
  FRAMEWORK_CALL_OFF: 3,
  DIRECT_AWARD: 2,
  OTHER: 6,
};

export interface RetenderOptions {
  /** Defaults to DEFAULT_PROCUREMENT_LEAD_MONTHS. */
  procurementLeadMonths?: Readonly<Record<PurchaseForm, number>>;
  /** Longest migration among the systems and integrations that depend on the contract (0 if none). */
  migrationMonths: number;
}

/** Why no realistic decision date is left: the date has passed, or there is no end to plan against. */
export type RetenderReason = 'DECISION_DATE_PASSED' | 'NO_END_DATE';

export interface RetenderDecisionPoint {
  /** The end this point plans against. */
  effectiveEnd: IsoDate | null;
  decisionDate: IsoDate | null;
  windowClosed: boolean;
  reason: RetenderReason | null;
  /** Days between the decision date and today when the window has closed, else 0. */
  daysLate: number;
}

/** The binding decision (no further options used) plus the one if every remaining option is used. */
export interface RetenderDecision extends RetenderDecisionPoint {
  /** notice + procurement lead + migration, in months. */
  leadMonths: number;
  withOptions: RetenderDecisionPoint;
}

function decisionPoint(
  effectiveEnd: IsoDate | null,
  noticeMonths: number,
  preparationMonths: number,
  today: IsoDate,
): RetenderDecisionPoint {
  // Ongoing contracts and contracts without a known end have no date to work back from.
  if (effectiveEnd === null) {
    return { effectiveEnd, decisionDate: null, windowClosed: false, reason: 'NO_END_DATE', daysLate: 0 };
  }
  // ADR 0011: count back from the latest notice date, so procurement and migration are done by the
  // day notice is due. Both steps take the last day from which the months still end in time, so
  // month-end clamping never costs a day (2027-02-28 − 9 months is 2026-05-31, not 2026-05-28).
  const latestNotice = latestNoticeDateFor(effectiveEnd, noticeMonths);
  const decisionDate = latestNoticeDateFor(latestNotice, preparationMonths);
  const windowClosed = decisionDate < today;
  return {
    effectiveEnd,
    decisionDate,
    windowClosed,
    reason: windowClosed ? 'DECISION_DATE_PASSED' : null,
    daysLate: windowClosed ? daysBetween(decisionDate, today) : 0,
  };
}

/**
 * The last day to decide on a re-tender so a replacement can be procured and migrated to before
 * notice on the contract is due: the latest notice date for the effective end (end − notice
 * period), then back by the procurement lead time plus the migration time (ADR 0011).
 * A missing notice period counts as 0 (computeContractDates already reports it as an issue).
 */
export function retenderDecisionDate(
  dates: Pick<ContractDates, 'currentEnd' | 'effectiveEndWithOptions'>,
  terms: Pick<ContractTerms, 'noticePeriodMonths' | 'purchaseForm'>,
  options: RetenderOptions,
  today: IsoDate,
): RetenderDecision {
  const table = options.procurementLeadMonths ?? DEFAULT_PROCUREMENT_LEAD_MONTHS;
  const noticeMonths = terms.noticePeriodMonths ?? 0;
  const preparationMonths = table[terms.purchaseForm] + options.migrationMonths;
  return {
    ...decisionPoint(dates.currentEnd, noticeMonths, preparationMonths, today),
    leadMonths: noticeMonths + preparationMonths,
    withOptions: decisionPoint(dates.effectiveEndWithOptions, noticeMonths, preparationMonths, today),
  };
}
