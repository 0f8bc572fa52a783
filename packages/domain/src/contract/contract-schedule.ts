import type { IsoDate } from '../shared/dates';
import { computeContractDates } from './contract-dates';
import {
  contractMigrationMonths,
  contractMigrationTime,
  type ContractMigration,
  type MigrationDependent,
  type MigrationSummary,
} from './contract-migration';
import { retenderDecisionDate, type RetenderDecision } from './retender-decision';
import type { ContractDates, ContractTerms, PurchaseForm } from './contract.types';

/** One contract of a tree: its terms and the contract it is a child of (a framework, a main contract). */
export interface ContractTreeNode {
  id: string;
  parentId: string | null;
  terms: ContractTerms;
}

/**
 * What the contract's migration time is worked out from: its dependents (covered usages and tied
 * integrations, with names, so the schedule can say which one decided) or only their summary
 * (enough for the months). Without either the organisation's default applies.
 */
export type ScheduleMigrationFacts =
  { dependents: readonly MigrationDependent[] } | { summary: MigrationSummary | undefined };

export interface ScheduledContractInput extends ContractTreeNode {
  migration?: ScheduleMigrationFacts;
}

/** The organisation's lead times (its settings, falling back to the defaults). */
export interface ContractScheduleSettings {
  procurementLeadMonths: Readonly<Record<PurchaseForm, number>>;
  /** Migration months for a dependent without its own value, and for a contract without dependents. */
  migrationMonths: number;
}

export interface ContractSchedule {
  dates: ContractDates;
  migrationMonths: number;
  /** Which dependent decided the migration time; null when only a summary was given. */
  migration: ContractMigration | null;
  procurementLeadMonths: number;
  decision: RetenderDecision;
  /** The binding re-tender decision date; null once the contract has ended (nothing left to re-tender). */
  decisionDate: IsoDate | null;
  /** The binding window has closed on a contract that still runs (an ended one is reported as ended). */
  windowClosed: boolean;
}

const isEnded = (dates: ContractDates) => dates.validity === 'EXPIRED' || dates.validity === 'TERMINATED';

/**
 * Every contract's dates with its parent's caps: a child is computed after its parent and never
 * outlives it. `contracts` must hold the wanted contracts and all their ancestors; an ancestor that
 * is missing counts as no parent. A parent cycle (bad data) is cut where it repeats.
 */
export function contractTreeDates(
  contracts: Iterable<ContractTreeNode>,
  today: IsoDate,
): Map<string, ContractDates> {
  const byId = new Map<string, ContractTreeNode>();
  for (const c of contracts) byId.set(c.id, c);
  const dates = new Map<string, ContractDates>();
  const visiting = new Set<string>();
  const datesOf = (node: ContractTreeNode): ContractDates => {
    const known = dates.get(node.id);
    if (known) return known;
    visiting.add(node.id);
    const parentNode = node.parentId ? byId.get(node.parentId) : undefined;
    const parent = parentNode && !visiting.has(parentNode.id) ? datesOf(parentNode) : undefined;
    const computed = computeContractDates(node.terms, today, parent);
    visiting.delete(node.id);
    dates.set(node.id, computed);
    return computed;
  };
  for (const node of byId.values()) datesOf(node);
  return dates;
}

function migrationOf(
  facts: ScheduleMigrationFacts | undefined,
  defaultMonths: number,
): { months: number; migration: ContractMigration | null } {
  if (facts && 'summary' in facts) {
    return { months: contractMigrationMonths(facts.summary, defaultMonths), migration: null };
  }
  const migration = contractMigrationTime(facts?.dependents ?? [], defaultMonths);
  return { months: migration.months, migration };
}

/**
 * THE contract schedule (ADR 0011): dates of a contract tree (parent caps, options, notice terms)
 * and each contract's re-tender decision with the organisation's lead times and its migration
 * time. Contract pages, the landscape, the portfolio's time criticality, benefit verification,
 * the alert job and joint-tender discovery all take their contract dates from here.
 */
export function scheduleContractTree(
  contracts: readonly ScheduledContractInput[],
  settings: ContractScheduleSettings,
  today: IsoDate,
): Map<string, ContractSchedule> {
  const treeDates = contractTreeDates(contracts, today);
  const result = new Map<string, ContractSchedule>();
  for (const c of contracts) {
    const dates = treeDates.get(c.id)!;
    const { months, migration } = migrationOf(c.migration, settings.migrationMonths);
    const decision = retenderDecisionDate(
      dates,
      c.terms,
      { procurementLeadMonths: settings.procurementLeadMonths, migrationMonths: months },
      today,
    );
    const ended = isEnded(dates);
    result.set(c.id, {
      dates,
      migrationMonths: months,
      migration,
      procurementLeadMonths: settings.procurementLeadMonths[c.terms.purchaseForm],
      decision,
      decisionDate: ended ? null : decision.decisionDate,
      windowClosed: !ended && decision.windowClosed,
    });
  }
  return result;
}
