import {
  computeContractDates,
  contractMigrationMonths,
  contractMigrationTime,
  retenderDecisionDate,
  type MigrationDependent,
  type MigrationSummary,
  type ContractDates,
  type ContractTerms,
  type IsoDate,
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

/**
 * Each contract's own dates by the domain rules, memoised. `byId` must hold the contracts and all
 * their ancestors: a child is computed after its parent so it never outlives it. A parent cycle
 * (bad data) is cut by treating the repeated contract as having no parent.
 */
function datesWithParents(byId: Map<string, ContractTermsRow>, today: IsoDate) {
  const own = new Map<string, ContractDates>();
  const visiting = new Set<string>();
  const datesOf = (row: ContractTermsRow): ContractDates => {
    const known = own.get(row.id);
    if (known) return known;
    visiting.add(row.id);
    const parentRow = row.parentId ? byId.get(row.parentId) : undefined;
    const parent = parentRow && !visiting.has(parentRow.id) ? datesOf(parentRow) : undefined;
    const dates = computeContractDates(toTerms(row), today, parent);
    visiting.delete(row.id);
    own.set(row.id, dates);
    return dates;
  };
  return datesOf;
}

const isEnded = (dates: ContractDates) => dates.validity === 'EXPIRED' || dates.validity === 'TERMINATED';

/**
 * Computes every contract's dates with the domain rules (see datesWithParents). `dependents` holds
 * the usages and integrations depending on each contract (see contractMigrationRepository); a
 * contract missing from it plans with the organisation's default migration time.
 */
export function scheduleContracts(
  byId: Map<string, ContractTermsRow>,
  settings: ContractSettings,
  today: IsoDate,
  dependents: ReadonlyMap<string, readonly MigrationDependent[]> = new Map(),
): Map<string, ContractDatesNode> {
  const datesOf = datesWithParents(byId, today);
  const result = new Map<string, ContractDatesNode>();
  for (const row of byId.values()) {
    const dates = datesOf(row);
    const migration = contractMigrationTime(dependents.get(row.id) ?? [], settings.migrationMonths);
    const decision = retenderDecisionDate(
      dates,
      row,
      { procurementLeadMonths: settings.procurementLeadMonths, migrationMonths: migration.months },
      today,
    );
    const point = (p: typeof decision.withOptions) => ({
      effectiveEnd: p.effectiveEnd,
      decisionDate: p.decisionDate,
      windowClosed: p.windowClosed,
      daysLate: p.daysLate,
    });
    const ended = isEnded(dates);
    result.set(row.id, {
      ...dates,
      issues: [...dates.issues],
      leadMonths: decision.leadMonths,
      procurementLeadMonths: settings.procurementLeadMonths[row.purchaseForm],
      migration,
      retender: point(decision),
      retenderWithOptions: point(decision.withOptions),
      // An ended contract has no replacement window left to miss; it is reported as ended instead.
      windowClosed: !ended && decision.windowClosed,
    });
  }
  return result;
}

/**
 * Only the current end and the re-tender decision date of every contract, by the same rules as
 * scheduleContracts, from migration summaries instead of the dependents (joint-tender discovery
 * schedules every contract of a collaboration and needs nothing else). An ended contract is not
 * re-tendered, so its decision date is null.
 */
export function scheduleDecisionDates(
  byId: Map<string, ContractTermsRow>,
  settings: ContractSettings,
  today: IsoDate,
  summaries: ReadonlyMap<string, MigrationSummary>,
): Map<string, { currentEnd: IsoDate | null; decisionDate: IsoDate | null }> {
  const datesOf = datesWithParents(byId, today);
  const result = new Map<string, { currentEnd: IsoDate | null; decisionDate: IsoDate | null }>();
  for (const row of byId.values()) {
    const dates = datesOf(row);
    const migrationMonths = contractMigrationMonths(summaries.get(row.id), settings.migrationMonths);
    const decision = retenderDecisionDate(
      dates,
      row,
      { procurementLeadMonths: settings.procurementLeadMonths, migrationMonths },
      today,
    );
    result.set(row.id, {
      currentEnd: dates.currentEnd,
      decisionDate: isEnded(dates) ? null : decision.decisionDate,
    });
  }
  return result;
}
