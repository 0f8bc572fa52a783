import type { IsoDate, TimeCriticalityFacts } from '@overblik/domain';

interface LandscapeInput {
  usages: readonly { projectId: string; usageId: string }[];
  copyRegisterUsageIds: readonly string[];
  coverage: readonly { usageId: string; contractId: string }[];
  /** Each covering contract's binding re-tender decision date from the contract schedule (null once ended). */
  decisionDates: ReadonlyMap<string, IsoDate | null>;
}

/**
 * Landscape facts per project: it removes a copy register when it touches a system usage that
 * gets data through a non-authoritative (copy-register) edge; it replaces a contract when a
 * contract covers one of its usages, and the earliest re-tender decision date of those counts.
 */
export function landscapeFacts(input: LandscapeInput): Map<string, TimeCriticalityFacts> {
  const onCopy = new Set(input.copyRegisterUsageIds);
  const earliestByUsage = new Map<string, string>();
  for (const { usageId, contractId } of input.coverage) {
    // An expired or terminated contract has no date: it is no longer something a project can replace in time.
    const date = input.decisionDates.get(contractId);
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
