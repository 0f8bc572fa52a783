import type { RuleMessageKey } from '../shared/rule-errors';
import type { ImportMessage, RawCell } from './kitos-cells';

/** One data row of the sheet: its 1-based row number as Excel shows it, and its cells by column index. */
export interface SheetRow {
  row: number;
  cells: RawCell[];
}

/** A problem with one cell (or with the row, when column is ''): the column's title and a message key. */
export interface PlanProblem {
  column: string;
  /** An import message, or a rule of the area the row lands in (the same rule its form checks). */
  message: ImportMessage | RuleMessageKey;
  params?: Record<string, string | number>;
}

export const PLAN_STATUSES = ['CREATE', 'UPDATE', 'UNCHANGED', 'ERROR'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What importing one row would do, with the action the API carries out (null for unchanged or error rows). */
export interface PlanLine<A> {
  row: number;
  /** The object's name as the row gives it, for the report. */
  name: string;
  status: PlanStatus;
  errors: PlanProblem[];
  /** Things that land differently from the row, without stopping it (an owner who is no member). */
  warnings: PlanProblem[];
  /** Names of the fields the row changes on an existing object. */
  changes: string[];
  action: A | null;
}

/** A reference to an object the plan found, or one an earlier line of the same plan creates. */
export type Ref = { id: string } | { row: number };

export const isBlankRow = (cells: readonly RawCell[]): boolean =>
  cells.every((c) => c == null || (typeof c === 'string' && c.trim() === ''));

export interface PlanCounts {
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
}

export function countPlan(lines: readonly PlanLine<unknown>[]): PlanCounts {
  const n = (s: PlanStatus) => lines.filter((l) => l.status === s).length;
  return { created: n('CREATE'), updated: n('UPDATE'), unchanged: n('UNCHANGED'), errors: n('ERROR') };
}
