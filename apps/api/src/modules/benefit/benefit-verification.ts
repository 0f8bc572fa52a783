import {
  minDate,
  type ContractSchedule,
  type IsoDate,
  type VerificationFacts,
  type VerificationResult,
  type VerificationRule,
  verifyBenefit,
} from '@overblik/domain';
import type { Db } from '../../db/handles';
import type { Tx } from '../../shared/audit';
import { isoDate, num } from '../../shared/scalars';
import { scheduleOrganisationContracts } from '../contract/contract-schedule.service';
import { copenhagenDayOf } from '../../shared/today';
import type { BenefitRow } from './benefit.repository';
import { benefitVerificationRepository, type VerificationRows } from './benefit-verification.repository';

type VerificationFields = Pick<
  BenefitRow,
  'id' | 'verification' | 'verificationUsageId' | 'verificationContractId' | 'verificationEdgeId'
>;

/** The rule a benefit is tied to, or null for a benefit tracked by measurements only. */
function ruleOf(row: VerificationFields): VerificationRule | null {
  switch (row.verification) {
    case 'USAGE_RETIRED':
      return { kind: 'USAGE_RETIRED', usageId: row.verificationUsageId ?? '' };
    case 'CONTRACT_ENDED':
      return { kind: 'CONTRACT_ENDED', contractId: row.verificationContractId ?? '' };
    case 'COPY_REGISTER_REPLACED':
      return { kind: 'COPY_REGISTER_REPLACED', edgeId: row.verificationEdgeId ?? '' };
    default:
      return null;
  }
}

/**
 * Landscape rows → the domain's verification facts.
 * - A usage's retirement day is its `inUseUntil`; when the usage was set RETIRED without that
 *   date, the day of its last change (in Copenhagen, never after today) stands in, since that is
 *   when it was retired.
 * - A contract's end is its currentEnd in the contract schedule (options exercised, termination,
 *   the parent's end), the same day the contract page shows. A contract
 *   with a successor (`Contract.successorId`, the contract that renews or replaces it) was renewed:
 *   its delivery and cost continue, so it is reported CONTRACT_RENEWED, never realised.
 * - A copy-register edge counts as switched on its planned switch date once a target source is set.
 */
export function toVerificationFacts(
  rows: VerificationRows,
  schedule: ReadonlyMap<string, ContractSchedule>,
  today: IsoDate,
): VerificationFacts {
  return {
    today,
    usages: rows.usages.map((u) => ({
      id: u.id,
      lifecycle: u.lifecycle,
      retiredOn:
        isoDate(u.inUseUntil) ??
        (u.lifecycle === 'RETIRED' ? minDate(copenhagenDayOf(u.updatedAt), today) : null),
    })),
    contracts: rows.contracts.map((c) => ({
      id: c.id,
      currentEnd: schedule.get(c.id)!.dates.currentEnd,
      terminatedOn: isoDate(c.terminatedOn),
      renewedByContractId: c.successorId,
      yearlyOperationCost: c.economyLines.reduce((sum, l) => sum + num(l.amount)!, 0),
      coveredUsageIds: c.coverage.map((cv) => cv.usageId),
    })),
    copyEdges: rows.edges.map((e) => ({
      id: e.id,
      dataSourceKind: e.dataSource.kind,
      authoritative: e.authoritative,
      yearlyCost: num(e.yearlyCost)!,
      switchedOn: e.plannedTargetSourceId ? isoDate(e.plannedSwitchDate) : null,
    })),
  };
}

/** Verifies every tied benefit in `rows` with one batched load of the records they point at. */
export async function verifyBenefits(
  db: Db | Tx,
  organisationId: string,
  rows: readonly VerificationFields[],
  today: IsoDate,
): Promise<Map<string, VerificationResult>> {
  const tied = rows.flatMap((row) => {
    const rule = ruleOf(row);
    return rule ? [{ id: row.id, rule }] : [];
  });
  const results = new Map<string, VerificationResult>();
  if (!tied.length) return results;
  const ids = { usageIds: new Set<string>(), contractIds: new Set<string>(), edgeIds: new Set<string>() };
  for (const { rule } of tied) {
    if (rule.kind === 'USAGE_RETIRED' && rule.usageId) ids.usageIds.add(rule.usageId);
    if (rule.kind === 'CONTRACT_ENDED' && rule.contractId) ids.contractIds.add(rule.contractId);
    if (rule.kind === 'COPY_REGISTER_REPLACED' && rule.edgeId) ids.edgeIds.add(rule.edgeId);
  }
  const records = await benefitVerificationRepository.facts(db, organisationId, {
    usageIds: [...ids.usageIds],
    contractIds: [...ids.contractIds],
    edgeIds: [...ids.edgeIds],
  });
  const schedule = await scheduleOrganisationContracts(db, organisationId, records.contracts, today);
  const facts = toVerificationFacts(records, schedule, today);
  for (const { id, rule } of tied) {
    // A USAGE_RETIRED saving only counts contracts covering that usage (see verifyBenefit).
    const contracts =
      rule.kind === 'USAGE_RETIRED'
        ? facts.contracts.filter((c) => c.coveredUsageIds.includes(rule.usageId))
        : facts.contracts;
    results.set(id, verifyBenefit(rule, { ...facts, contracts }));
  }
  return results;
}
