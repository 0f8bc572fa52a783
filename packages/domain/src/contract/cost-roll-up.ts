/** Mirrors the Prisma enum EconomyKind; only YEARLY_OPERATION lines are running costs. */
export type ContractCostKind = 'ACQUISITION' | 'YEARLY_OPERATION' | 'OTHER';

export interface ContractCostLine {
  contractId: string;
  /** The unit whose budget pays the line; null when not assigned to a unit. */
  unitId: string | null;
  kind: ContractCostKind;
  amount: number;
}

export interface ContractCoverageLink {
  contractId: string;
  usageId: string;
}

export interface YearlyCostRollUp {
  byContract: Record<string, number>;
  byUnit: Record<string, number>;
  /** Yearly operation not assigned to any unit. */
  unassignedToUnit: number;
  byUsage: Record<string, number>;
  /** Contracts with yearly operation cost but no covered usage: their cost reaches no usage. */
  contractsWithoutCoverage: string[];
}

const roundKr = (kr: number) => Math.round(kr * 100) / 100;

function addTo(totals: Record<string, number>, key: string, amount: number): void {
  totals[key] = (totals[key] ?? 0) + amount;
}

function rounded(totals: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(totals).map(([key, kr]) => [key, roundKr(kr)]));
}

/**
 * Yearly operation cost per contract, per paying unit and per usage. A contract's yearly cost is
 * split evenly over the usages it covers, because the contract does not say how each usage draws
 * on it; a usage covered by several contracts sums its shares. Totals are rounded to øre at the
 * end, so the usage shares of one contract may differ from its total by up to ½ øre each.
 */
export function rollUpYearlyCosts(
  lines: ContractCostLine[],
  coverage: ContractCoverageLink[],
): YearlyCostRollUp {
  const byContract: Record<string, number> = {};
  const byUnit: Record<string, number> = {};
  let unassignedToUnit = 0;
  for (const line of lines) {
    if (line.kind !== 'YEARLY_OPERATION') continue;
    addTo(byContract, line.contractId, line.amount);
    if (line.unitId === null) unassignedToUnit += line.amount;
    else addTo(byUnit, line.unitId, line.amount);
  }

  const usagesByContract = new Map<string, Set<string>>();
  for (const link of coverage) {
    const usages = usagesByContract.get(link.contractId) ?? new Set<string>();
    usages.add(link.usageId);
    usagesByContract.set(link.contractId, usages);
  }

  const byUsage: Record<string, number> = {};
  const contractsWithoutCoverage: string[] = [];
  for (const [contractId, total] of Object.entries(byContract)) {
    const usages = usagesByContract.get(contractId);
    if (!usages) {
      contractsWithoutCoverage.push(contractId);
      continue;
    }
    for (const usageId of usages) addTo(byUsage, usageId, total / usages.size);
  }

  return {
    byContract: rounded(byContract),
    byUnit: rounded(byUnit),
    unassignedToUnit: roundKr(unassignedToUnit),
    byUsage: rounded(byUsage),
    contractsWithoutCoverage: contractsWithoutCoverage.sort(),
  };
}

/** One usage's use of a data source with what it costs the usage's organisation per year. */
export interface DataSourceCostEdge {
  usageId: string;
  dataSourceId: string;
  yearlyCost: number;
}

/**
 * Yearly data cost per data source and per usage: the sum of the usage edges' own yearly costs
 * (the edge is where an organisation records what a source costs it). Only edges of one
 * organisation should be passed, so a shared source shows that organisation's cost alone.
 */
export function rollUpDataSourceCosts(edges: readonly DataSourceCostEdge[]): {
  byDataSource: Record<string, number>;
  byUsage: Record<string, number>;
} {
  const byDataSource: Record<string, number> = {};
  const byUsage: Record<string, number> = {};
  for (const edge of edges) {
    addTo(byDataSource, edge.dataSourceId, edge.yearlyCost);
    addTo(byUsage, edge.usageId, edge.yearlyCost);
  }
  return { byDataSource: rounded(byDataSource), byUsage: rounded(byUsage) };
}

/** A paying unit's contract costs; unitId null collects lines not assigned to a unit. */
export interface UnitCosts {
  unitId: string | null;
  yearlyOperation: number;
  acquisition: number;
  other: number;
  /** Contracts with at least one economy line paid by the unit. */
  contractCount: number;
}

/**
 * Contract costs per paying unit, from the economy lines: yearly operation, acquisition and other
 * summed per unit, and the number of distinct contracts the unit pays for. Sorted by yearly
 * operation (largest first), the unassigned row last; amounts rounded to øre.
 */
export function costsByUnit(lines: readonly ContractCostLine[]): UnitCosts[] {
  const units = new Map<string | null, { sums: Record<ContractCostKind, number>; contracts: Set<string> }>();
  for (const line of lines) {
    let unit = units.get(line.unitId);
    if (!unit) {
      unit = { sums: { ACQUISITION: 0, YEARLY_OPERATION: 0, OTHER: 0 }, contracts: new Set() };
      units.set(line.unitId, unit);
    }
    unit.sums[line.kind] += line.amount;
    unit.contracts.add(line.contractId);
  }
  return [...units.entries()]
    .map(([unitId, u]) => ({
      unitId,
      yearlyOperation: roundKr(u.sums.YEARLY_OPERATION),
      acquisition: roundKr(u.sums.ACQUISITION),
      other: roundKr(u.sums.OTHER),
      contractCount: u.contracts.size,
    }))
    .sort(
      (a, b) =>
        Number(a.unitId === null) - Number(b.unitId === null) ||
        b.yearlyOperation - a.yearlyOperation ||
        (a.unitId ?? '').localeCompare(b.unitId ?? ''),
    );
}
