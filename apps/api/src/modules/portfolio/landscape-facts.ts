import { computeContractDates, retenderDecisionDate, type TimeCriticalityFacts } from '@overblik/domain';
import { isoDate } from '../../shared/scalars';
import type { ContractTermsRow } from './portfolio.repository';

interface LandscapeInput {
  usages: readonly { projectId: string; usageId: string }[];
  copyRegisterUsageIds: readonly string[];
  coverage: readonly { usageId: string; contract: ContractTermsRow }[];
}

/** The day a decision on the contract's re-tender must be made; null when ended or open-ended. */
function decisionDateOf(c: ContractTermsRow, today: string): string | null {
  const terms = {
    startDate: isoDate(c.startDate)!,
    endDate: isoDate(c.endDate),
    durationMonths: c.durationMonths,
    ongoing: c.ongoing,
    options: c.options.map((o) => ({
      ordinal: o.ordinal,
      months: o.months,
      exercisedOn: isoDate(o.exercisedOn),
    })),
    irrevocableUntil: isoDate(c.irrevocableUntil),
    noticePeriodMonths: c.noticePeriodMonths,
    noticeRule: c.noticeRule,
    terminatedOn: isoDate(c.terminatedOn),
    purchaseForm: c.purchaseForm,
  };
  const dates = computeContractDates(terms, today);
  // An expired or terminated contract is no longer something a project can replace in time.
  if (dates.validity === 'EXPIRED' || dates.validity === 'TERMINATED') return null;
  return retenderDecisionDate(dates, terms, { migrationMonths: 0 }, today).decisionDate;
}

/**
 * Landscape facts per project: it removes a copy register when it touches a system usage that
 * gets data through a non-authoritative (copy-register) edge; it replaces a contract when a
 * contract covers one of its usages, and the earliest re-tender decision date of those counts.
 */
export function landscapeFacts(input: LandscapeInput, today: string): Map<string, TimeCriticalityFacts> {
  const onCopy = new Set(input.copyRegisterUsageIds);
  const decisionByContract = new Map<string, string | null>();
  const earliestByUsage = new Map<string, string>();
  for (const { usageId, contract } of input.coverage) {
    if (!decisionByContract.has(contract.id))
      decisionByContract.set(contract.id, decisionDateOf(contract, today));
    const date = decisionByContract.get(contract.id);
    const current = earliestByUsage.get(usageId);
    if (date && (!current || date < current)) earliestByUsage.set(usageId, date);
  }
  const facts = new Map<string, TimeCriticalityFacts>();
  for (const { projectId, usageId } of input.usages) {
    const f = facts.get(projectId) ?? { removesCopyRegister: false, replacesContractWithDecisionDate: null };
    if (onCopy.has(usageId)) f.removesCopyRegister = true;
    const date = earliestByUsage.get(usageId);
    const current = f.replacesContractWithDecisionDate;
    if (date && (!current || date < current)) f.replacesContractWithDecisionDate = date;
    facts.set(projectId, f);
  }
  return facts;
}
