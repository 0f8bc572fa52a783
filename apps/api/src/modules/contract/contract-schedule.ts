import {
  contractTreeDates,
  scheduleContractTree,
  type ContractDates,
  type ContractSchedule,
  type ContractTerms,
  type ContractTreeNode,
  type IsoDate,
  type MigrationDependent,
  type MigrationSummary,
  type RetenderDecisionPoint,
} from '@overblik/domain';
import { isoDate } from '../../shared/scalars';
import type { ContractDatesNode } from './contract.type';
import type { ContractSettings } from './contract-settings';

/** The stored columns the date rules need. */
export interface ContractTermsRow {
  id: string;
  parentId: string | null;
  startDate: Date;
  endDate: Date | null;
  durationMonths: number | null;
  ongoing: boolean;
  irrevocableUntil: Date | null;
  noticePeriodMonths: number | null;
  noticeRule: ContractTerms['noticeRule'];
  terminatedOn: Date | null;
  purchaseForm: ContractTerms['purchaseForm'];
  options: { ordinal: number; months: number; exercisedOn: Date | null }[];
}

export function toTerms(row: ContractTermsRow): ContractTerms {
  return {
    startDate: isoDate(row.startDate)!,
    endDate: isoDate(row.endDate),
    durationMonths: row.durationMonths,
    ongoing: row.ongoing,
    options: row.options.map((o) => ({
      ordinal: o.ordinal,
      months: o.months,
      exercisedOn: isoDate(o.exercisedOn),
    })),
    irrevocableUntil: isoDate(row.irrevocableUntil),
    noticePeriodMonths: row.noticePeriodMonths,
    noticeRule: row.noticeRule,
    terminatedOn: isoDate(row.terminatedOn),
    purchaseForm: row.purchaseForm,
  };
}

const treeNode = (row: ContractTermsRow): ContractTreeNode => ({
  id: row.id,
  parentId: row.parentId,
  terms: toTerms(row),
});

/** Every contract's dates with its parent's caps (the domain's contractTreeDates over stored rows). */
export function scheduleDates(rows: Iterable<ContractTermsRow>, today: IsoDate): Map<string, ContractDates> {
  return contractTreeDates([...rows].map(treeNode), today);
}

const point = (p: RetenderDecisionPoint) => ({
  effectiveEnd: p.effectiveEnd,
  decisionDate: p.decisionDate,
  windowClosed: p.windowClosed,
  daysLate: p.daysLate,
});

/** The domain's schedule → the GraphQL projection of a contract's dates. */
export function toDatesNode(s: ContractSchedule): ContractDatesNode {
  return {
    ...s.dates,
    issues: [...s.dates.issues],
    leadMonths: s.decision.leadMonths,
    procurementLeadMonths: s.procurementLeadMonths,
    // Scheduled from dependents, so the explanation is always present.
    migration: s.migration!,
    retender: point(s.decision),
    retenderWithOptions: point(s.decision.withOptions),
    windowClosed: s.windowClosed,
  };
}

/**
 * Schedules stored contracts with the domain's scheduleContractTree. `byId` must hold the contracts
 * and all their ancestors. `migration` gives each contract's dependents (see contractMigrationRepository)
 * or only their summaries; a contract missing from it plans with the organisation's default.
 */
export function scheduleContracts(
  byId: ReadonlyMap<string, ContractTermsRow>,
  settings: ContractSettings,
  today: IsoDate,
  migration:
    | { dependents: ReadonlyMap<string, readonly MigrationDependent[]> }
    | { summaries: ReadonlyMap<string, MigrationSummary> },
): Map<string, ContractSchedule> {
  const inputs = [...byId.values()].map((row) => ({
    ...treeNode(row),
    migration:
      'dependents' in migration
        ? { dependents: migration.dependents.get(row.id) ?? [] }
        : { summary: migration.summaries.get(row.id) },
  }));
  return scheduleContractTree(inputs, settings, today);
}
