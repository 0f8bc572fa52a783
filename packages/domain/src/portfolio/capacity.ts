/**
 * Demand against capacity, so the board sees which ranked projects can be staffed. All figures are
 * hours per week within a quarter; a quarter is 'YYYY-Qn', which sorts chronologically as text.
 */

export type PortfolioQuarter = string;

export interface CapacityPerson {
  id: string;
  competencyIds: readonly string[];
  weeklyCapacityHours: number;
  unitId: string;
}

export interface CapacityAllocation {
  personId: string;
  projectId: string;
  quarter: PortfolioQuarter;
  hoursPerWeek: number;
  /** The competency the person is booked for; when absent the hours are split like capacity. */
  competencyId?: string | null;
}

export interface CapacityDemand {
  projectId: string;
  competencyId: string;
  quarter: PortfolioQuarter;
  hoursPerWeek: number;
}

/** Hours per week by competency id, then by quarter. An absent cell means 0. */
export type CapacityTable = Record<string, Record<PortfolioQuarter, number>>;

const QUARTER = /^\d{4}-Q[1-4]$/;
// Hours are often fractions of a 37-hour week; a tolerance keeps 7.4 + 14.8 (= 22.200000000000003)
// from "exceeding" 22.2.
const EPSILON = 1e-9;

function assertQuarter(quarter: string): void {
  if (!QUARTER.test(quarter)) throw new RangeError(`Not a quarter (YYYY-Qn): ${quarter}`);
}

function assertHours(hours: number, what: string): void {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Invalid hours for ${what}: ${hours}`);
}

function cell(table: CapacityTable, competencyId: string, quarter: PortfolioQuarter): number {
  return table[competencyId]?.[quarter] ?? 0;
}

function addTo(table: CapacityTable, competencyId: string, quarter: PortfolioQuarter, hours: number): void {
  const row = (table[competencyId] ??= {});
  row[quarter] = (row[quarter] ?? 0) + hours;
}

function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Capacity per competency and quarter. A person with k competencies adds weeklyCapacityHours / k to
 * each of them: one person's week cannot be spent twice, and without a booking we do not know which
 * competency it goes to. Summed over all competencies, capacity equals the people's hours.
 * People have no per-quarter variation yet, so every listed quarter gets the same figure.
 */
export function capacityByCompetencyAndQuarter(
  people: readonly CapacityPerson[],
  quarters: readonly PortfolioQuarter[],
): CapacityTable {
  quarters.forEach(assertQuarter);
  const table: CapacityTable = {};
  for (const person of people) {
    assertHours(person.weeklyCapacityHours, `person ${person.id}`);
    const competencies = distinct(person.competencyIds);
    for (const competencyId of competencies) {
      // distinct: a quarter listed twice must not count a person's week twice
      for (const quarter of distinct(quarters)) {
        addTo(table, competencyId, quarter, person.weeklyCapacityHours / competencies.length);
      }
    }
  }
  return table;
}

export interface CapacityCell {
  competencyId: string;
  quarter: PortfolioQuarter;
  /** This project's own demand. */
  demand: number;
  /** Demand of the fitting projects ranked above, plus this project's. */
  cumulative: number;
  available: number;
}

export interface CapacityShortfall {
  competencyId: string;
  quarter: PortfolioQuarter;
  shortfallHours: number;
}

export interface CapacityLineEntry {
  projectId: string;
  fits: boolean;
  /** One cell per competency and quarter the project demands, earliest quarter first. */
  cumulative: CapacityCell[];
  /** The earliest quarter (then competency id) where the project would exceed capacity. */
  firstShortfall: CapacityShortfall | null;
}

export interface CapacityLine {
  projects: CapacityLineEntry[];
  /** 0-based rank position of the first project that does not fit; null when all fit. */
  lineIndex: number | null;
}

/**
 * Walks the projects in rank order and books each one's demand against capacity. A project that
 * does not fit is not staffed, so its demand is NOT booked: projects below it are still evaluated
 * one by one against what is left, and a smaller one may fit (the board can then decide to pull it
 * above the line). The line itself is drawn at the first project that does not fit.
 * Demand rows for projects outside the ranking are ignored; rows for the same cell are summed.
 */
export function capacityLine(
  rankedProjectIds: readonly string[],
  demands: readonly CapacityDemand[],
  capacity: CapacityTable,
): CapacityLine {
  if (new Set(rankedProjectIds).size !== rankedProjectIds.length) {
    throw new RangeError('A project appears twice in the ranking');
  }
  const demandByProject = new Map<string, CapacityTable>(rankedProjectIds.map((id) => [id, {}]));
  for (const d of demands) {
    assertQuarter(d.quarter);
    assertHours(d.hoursPerWeek, `project ${d.projectId}`);
    const table = demandByProject.get(d.projectId);
    if (table) addTo(table, d.competencyId, d.quarter, d.hoursPerWeek);
  }

  const booked: CapacityTable = {};
  let lineIndex: number | null = null;
  const projects = rankedProjectIds.map((projectId, index): CapacityLineEntry => {
    const own = demandByProject.get(projectId)!;
    const cells: CapacityCell[] = [];
    for (const [competencyId, row] of Object.entries(own)) {
      for (const [quarter, demand] of Object.entries(row)) {
        const cumulative = cell(booked, competencyId, quarter) + demand;
        cells.push({
          competencyId,
          quarter,
          demand,
          cumulative,
          available: cell(capacity, competencyId, quarter),
        });
      }
    }
    cells.sort((a, b) => a.quarter.localeCompare(b.quarter) || (a.competencyId < b.competencyId ? -1 : 1));
    const short = cells.find((c) => c.cumulative > c.available + EPSILON);
    const fits = short === undefined;
    if (fits) cells.forEach((c) => addTo(booked, c.competencyId, c.quarter, c.demand));
    else lineIndex ??= index;
    const firstShortfall = short
      ? {
          competencyId: short.competencyId,
          quarter: short.quarter,
          shortfallHours: short.cumulative - short.available,
        }
      : null;
    return { projectId, fits, cumulative: cells, firstShortfall };
  });
  return { projects, lineIndex };
}

export type CapacityLoadStatus = 'OVER' | 'UNDER' | 'OK';

export interface CapacityHeatmapCell {
  /** A competency id or a unit id, depending on the view. */
  groupId: string;
  quarter: PortfolioQuarter;
  allocatedHours: number;
  availableHours: number;
  /** allocated / available; null when nothing is available (no division by zero reaches the UI). */
  ratio: number | null;
  status: CapacityLoadStatus;
}

export interface AllocationHeatmap {
  byCompetency: CapacityHeatmapCell[];
  byUnit: CapacityHeatmapCell[];
}

/** Over 100 % booked is overload; under 60 % means people are free for new projects. */
export const OVERLOAD_ABOVE = 1.0;
export const UNDERLOAD_BELOW = 0.6;

function loadStatus(
  allocated: number,
  available: number,
): { ratio: number | null; status: CapacityLoadStatus } {
  // With nothing available, any booking is overload; no booking and no capacity is simply empty.
  if (available === 0) return { ratio: null, status: allocated > EPSILON ? 'OVER' : 'OK' };
  const ratio = allocated / available;
  const status =
    ratio > OVERLOAD_ABOVE + EPSILON ? 'OVER' : ratio < UNDERLOAD_BELOW - EPSILON ? 'UNDER' : 'OK';
  return { ratio, status };
}

function toCells(
  allocated: CapacityTable,
  available: CapacityTable,
  quarters: readonly string[],
): CapacityHeatmapCell[] {
  const groups = distinct([...Object.keys(available), ...Object.keys(allocated)]).sort();
  return groups.flatMap((groupId) =>
    quarters.map((quarter) => {
      const allocatedHours = cell(allocated, groupId, quarter);
      const availableHours = cell(available, groupId, quarter);
      return {
        groupId,
        quarter,
        allocatedHours,
        availableHours,
        ...loadStatus(allocatedHours, availableHours),
      };
    }),
  );
}

/**
 * Booked against available hours per competency and per unit, for each listed quarter.
 * Allocations outside the quarters are ignored. An allocation without a competency is split over
 * the person's competencies the same way capacity is; one naming a competency the person does not
 * hold still counts (the booking is a fact) and shows as overload of that competency. Hours of a
 * person without competencies, booked without one, appear only in the unit view.
 */
export function allocationHeatmap(
  people: readonly CapacityPerson[],
  allocations: readonly CapacityAllocation[],
  requestedQuarters: readonly PortfolioQuarter[],
): AllocationHeatmap {
  const quarters = distinct(requestedQuarters);
  const byCompetencyAvailable = capacityByCompetencyAndQuarter(people, quarters);
  const byUnitAvailable: CapacityTable = {};
  for (const person of people) {
    for (const quarter of quarters)
      addTo(byUnitAvailable, person.unitId, quarter, person.weeklyCapacityHours);
  }

  const personById = new Map(people.map((p) => [p.id, p]));
  const inWindow = new Set(quarters);
  const byCompetencyAllocated: CapacityTable = {};
  const byUnitAllocated: CapacityTable = {};
  for (const a of allocations) {
    assertQuarter(a.quarter);
    assertHours(a.hoursPerWeek, `allocation of person ${a.personId}`);
    const person = personById.get(a.personId);
    if (!person)
      throw new RangeError(`Allocation to project ${a.projectId} names unknown person ${a.personId}`);
    if (!inWindow.has(a.quarter)) continue;
    addTo(byUnitAllocated, person.unitId, a.quarter, a.hoursPerWeek);
    const competencies = a.competencyId ? [a.competencyId] : distinct(person.competencyIds);
    for (const competencyId of competencies) {
      addTo(byCompetencyAllocated, competencyId, a.quarter, a.hoursPerWeek / competencies.length);
    }
  }
  return {
    byCompetency: toCells(byCompetencyAllocated, byCompetencyAvailable, quarters),
    byUnit: toCells(byUnitAllocated, byUnitAvailable, quarters),
  };
}
