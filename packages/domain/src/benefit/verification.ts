import { addDays, type IsoDate } from '../shared/dates';

/**
 * A verified benefit is realised by an event Overblik already records elsewhere, so nobody has to
 * report it: a system usage retired, a contract ended, a copy-register purchase replaced by the
 * free base data. The saving is the yearly cost that stops.
 */
export type VerificationRule =
  | { kind: 'USAGE_RETIRED'; usageId: string }
  | { kind: 'CONTRACT_ENDED'; contractId: string }
  | { kind: 'COPY_REGISTER_REPLACED'; edgeId: string };

export type VerificationUsageLifecycle = 'PLANNED' | 'IN_USE' | 'PHASING_OUT' | 'RETIRED';
export type VerificationDataSourceKind = 'BASE_REGISTER' | 'COPY_REGISTER' | 'INTERNAL' | 'EXTERNAL';

export interface VerificationUsageFact {
  id: string;
  lifecycle: VerificationUsageLifecycle;
  retiredOn?: IsoDate | null;
}

export interface VerificationContractFact {
  id: string;
  /** Last day of the current term (options exercised included); null for a running contract. */
  currentEnd: IsoDate | null;
  /** Last day in force after an early termination. */
  terminatedOn: IsoDate | null;
  /** Set when a successor contract continues the same delivery, so the cost did not stop. */
  renewedByContractId: string | null;
  /** Sum of the contract's YEARLY_OPERATION economy lines, kr. per year. */
  yearlyOperationCost: number;
  /** The system usages the contract covers; a USAGE_RETIRED saving needs a contract covering only that one. */
  coveredUsageIds: string[];
}

export interface VerificationCopyEdgeFact {
  id: string;
  /** Kind of the data source the edge bought from before the switch. */
  dataSourceKind: VerificationDataSourceKind;
  authoritative: boolean;
  /** What the copy purchase costs per year, kr. */
  yearlyCost: number;
  /** The day the usage started getting the data from the authoritative source. */
  switchedOn: IsoDate | null;
}

export interface VerificationFacts {
  usages: VerificationUsageFact[];
  /** For USAGE_RETIRED: the contracts covering the usage (others are ignored). */
  contracts: VerificationContractFact[];
  copyEdges: VerificationCopyEdgeFact[];
  today: IsoDate;
}

export type VerificationReason =
  | 'VERIFIED'
  | 'USAGE_NOT_FOUND'
  | 'USAGE_NOT_YET_RETIRED'
  | 'CONTRACT_NOT_FOUND'
  | 'CONTRACT_RENEWED'
  | 'CONTRACT_STILL_RUNNING'
  | 'EDGE_NOT_FOUND'
  | 'EDGE_NOT_A_COPY_PURCHASE'
  | 'EDGE_NOT_YET_SWITCHED';

export interface VerificationResult {
  verified: boolean;
  realisedOn: IsoDate | null;
  /** Verified yearly saving in kr.; 0 while not verified, since nothing has been saved yet. */
  amount: number;
  reason: VerificationReason;
}

const unverified = (reason: VerificationReason): VerificationResult => ({
  verified: false,
  realisedOn: null,
  amount: 0,
  reason,
});

/** Decides whether the rule's event has happened by `facts.today` and what it saves per year. */
export function verifyBenefit(rule: VerificationRule, facts: VerificationFacts): VerificationResult {
  switch (rule.kind) {
    case 'USAGE_RETIRED':
      return verifyUsageRetired(rule.usageId, facts);
    case 'CONTRACT_ENDED':
      return verifyContractEnded(rule.contractId, facts);
    case 'COPY_REGISTER_REPLACED':
      return verifyCopyRegisterReplaced(rule.edgeId, facts);
  }
}

/**
 * Retired means lifecycle RETIRED and, when a retirement date is known, that date has come: a
 * usage registered as retired from next month is still running today. Only contracts covering
 * this usage alone stop costing money; a contract shared with other usages keeps being paid.
 */
function verifyUsageRetired(
  usageId: string,
  { usages, contracts, today }: VerificationFacts,
): VerificationResult {
  const usage = usages.find((u) => u.id === usageId);
  if (!usage) return unverified('USAGE_NOT_FOUND');
  const retiredOn = usage.retiredOn ?? null;
  if (usage.lifecycle !== 'RETIRED' || (retiredOn !== null && retiredOn > today)) {
    return unverified('USAGE_NOT_YET_RETIRED');
  }
  const amount = contracts
    .filter((c) => c.coveredUsageIds.length > 0 && c.coveredUsageIds.every((id) => id === usageId))
    .reduce((sum, c) => sum + c.yearlyOperationCost, 0);
  return { verified: true, realisedOn: retiredOn, amount, reason: 'VERIFIED' };
}

/**
 * Ended means the effective last day (termination, else the current end) is before today; the
 * saving is realised from the day after, the first day not paid for. A renewed contract did not
 * end in any sense that saves money, whatever its dates say, so renewal is checked first.
 */
function verifyContractEnded(
  contractId: string,
  { contracts, today }: VerificationFacts,
): VerificationResult {
  const contract = contracts.find((c) => c.id === contractId);
  if (!contract) return unverified('CONTRACT_NOT_FOUND');
  if (contract.renewedByContractId !== null) return unverified('CONTRACT_RENEWED');
  const lastDay = contract.terminatedOn ?? contract.currentEnd;
  if (lastDay === null || lastDay >= today) return unverified('CONTRACT_STILL_RUNNING');
  return {
    verified: true,
    realisedOn: addDays(lastDay, 1),
    amount: contract.yearlyOperationCost,
    reason: 'VERIFIED',
  };
}

/**
 * Only an edge that bought data through a copy register (kind COPY_REGISTER or flagged
 * non-authoritative) can be replaced; the saving is that purchase's yearly cost, realised on the
 * switch date once it has come.
 */
function verifyCopyRegisterReplaced(
  edgeId: string,
  { copyEdges, today }: VerificationFacts,
): VerificationResult {
  const edge = copyEdges.find((e) => e.id === edgeId);
  if (!edge) return unverified('EDGE_NOT_FOUND');
  if (edge.dataSourceKind !== 'COPY_REGISTER' && edge.authoritative)
    return unverified('EDGE_NOT_A_COPY_PURCHASE');
  if (edge.switchedOn === null || edge.switchedOn > today) return unverified('EDGE_NOT_YET_SWITCHED');
  return { verified: true, realisedOn: edge.switchedOn, amount: edge.yearlyCost, reason: 'VERIFIED' };
}
