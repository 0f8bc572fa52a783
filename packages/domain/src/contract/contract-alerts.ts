import { addDays, addMonths, type IsoDate } from '../shared/dates';
import type { ContractDates, ContractTerms } from './contract.types';

export type ContractAlertKind = 'RETENDER_DECISION_DUE' | 'NOTICE_DATE_APPROACHING' | 'EXPIRED_BUT_IN_USE';

export interface ContractAlertInput {
  id: string;
  terms: ContractTerms;
  dates: ContractDates;
  /** The binding re-tender decision date (retenderDecisionDate(...).decisionDate). */
  decisionDate: IsoDate | null;
  /** Usages covered by the contract that are still in use. */
  coveredUsagesInUse: number;
  /** Who gets the notice: system owner, contract manager, procurement … */
  roleHolderUserIds: string[];
}

export interface ContractAlertSettings {
  /** Raise the re-tender notice this many months before the decision date (the document: one year). */
  horizonMonths?: number;
  /** Raise the notice-date warning this many days before the last day to give notice. */
  noticeWarningDays?: number;
}

export interface ContractNotice {
  contractId: string;
  kind: ContractAlertKind;
  dueDate: IsoDate;
  userId: string;
  /** kind:contractId:dueDate — the same for every user; the store's unique key is (userId, dedupeKey). */
  dedupeKey: string;
}

export function contractAlertDedupeKey(
  kind: ContractAlertKind,
  contractId: string,
  dueDate: IsoDate,
): string {
  return `${kind}:${contractId}:${dueDate}`;
}

function dueAlerts(
  contract: ContractAlertInput,
  today: IsoDate,
  horizonMonths: number,
  noticeWarningDays: number,
): { kind: ContractAlertKind; dueDate: IsoDate }[] {
  const { dates, terms } = contract;
  const ended = dates.validity === 'EXPIRED' || dates.validity === 'TERMINATED';
  const found: { kind: ContractAlertKind; dueDate: IsoDate }[] = [];
  if (ended) {
    if (contract.coveredUsagesInUse > 0) {
      // currentEnd is always set for an ended contract; terminatedOn/today only guard bad data.
      found.push({ kind: 'EXPIRED_BUT_IN_USE', dueDate: dates.currentEnd ?? terms.terminatedOn ?? today });
    }
    return found;
  }
  // An overdue decision stays due: the window may be closed, but someone still has to act.
  if (contract.decisionDate !== null && contract.decisionDate <= addMonths(today, horizonMonths)) {
    found.push({ kind: 'RETENDER_DECISION_DUE', dueDate: contract.decisionDate });
  }
  // Only a fixed end makes the notice date a deadline: an ongoing contract offers a new one every
  // period, and a contract already given notice has nothing left to give notice on.
  const notice = dates.latestNoticeDate;
  if (
    notice !== null &&
    dates.currentEnd !== null &&
    terms.terminatedOn === null &&
    notice >= today &&
    notice <= addDays(today, noticeWarningDays)
  ) {
    found.push({ kind: 'NOTICE_DATE_APPROACHING', dueDate: notice });
  }
  return found;
}

/**
 * Rule-based notices for the alert job: one per contract, kind and role holder. Keys depend only on
 * kind, contract and due date, so a second run yields the same keys and the store ignores them.
 */
export function evaluateContractAlerts(
  contracts: ContractAlertInput[],
  today: IsoDate,
  { horizonMonths = 12, noticeWarningDays = 90 }: ContractAlertSettings = {},
): ContractNotice[] {
  const notices: ContractNotice[] = [];
  for (const contract of contracts) {
    const userIds = [...new Set(contract.roleHolderUserIds)];
    for (const { kind, dueDate } of dueAlerts(contract, today, horizonMonths, noticeWarningDays)) {
      const dedupeKey = contractAlertDedupeKey(kind, contract.id, dueDate);
      for (const userId of userIds)
        notices.push({ contractId: contract.id, kind, dueDate, userId, dedupeKey });
    }
  }
  return notices.sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.contractId.localeCompare(b.contractId) ||
      a.kind.localeCompare(b.kind) ||
      a.userId.localeCompare(b.userId),
  );
}
