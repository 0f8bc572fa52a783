import {
  computeContractDates,
  contractMigrationTime,
  retenderDecisionDate,
  type MigrationDependent,
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
 * Computes every contract's dates with the domain rules. `byId` must hold the contracts and all
 * their ancestors: a child is computed after its parent so it never outlives it. A parent cycle
 * (bad data) is cut by treating the repeated contract as having no parent. `dependents` holds the
 * usages and integrations depending on each contract (see contractMigrationRepository); a contract
 * missing from it plans with the organisation's default migration time.
 */
export function scheduleContracts(
  byId: Map<string, ContractTermsRow>,
  settings: ContractSettings,
  today: IsoDate,
  dependents: ReadonlyMap<string, readonly MigrationDependent[]> = new Map(),
): Map<string, ContractDatesNode> {
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
    const ended = dates.validity === 'EXPIRED' || dates.validity === 'TERMINATED';
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
