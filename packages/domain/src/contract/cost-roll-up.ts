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
