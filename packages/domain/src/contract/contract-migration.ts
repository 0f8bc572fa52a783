/** What depends on a contract: a system usage it covers, or an integration tied to it. */
export type MigrationDependentKind = 'SYSTEM_USAGE' | 'INTEGRATION';

export interface MigrationDependent {
  kind: MigrationDependentKind;
  id: string;
  name: string;
  /** Months to move this dependent to a new supplier; null uses the organisation's default. */
  migrationMonths: number | null;
}

/** Where the migration time used for a contract came from. */
export type MigrationSource = 'DEFAULT' | MigrationDependentKind;

export interface ContractMigration {
  months: number;
  source: MigrationSource;
  /** The dependent whose own migration time was used; null when the default was used. */
  dependentId: string | null;
  dependentName: string | null;
}

const KIND_ORDER: Record<MigrationDependentKind, number> = { SYSTEM_USAGE: 0, INTEGRATION: 1 };

/**
 * A contract's dependents reduced to what its migration months depend on: enough for callers that
 * need only the months (joint-tender discovery schedules every contract of a whole collaboration,
 * and reading every dependent with its name for that was most of its cost).
 */
export interface MigrationSummary {
  /** The longest migration time a dependent has of its own; null when none has one. */
  longestOwnMonths: number | null;
  /** Whether some dependent has no migration time of its own, so it counts with the default. */
  someUseDefault: boolean;
}

/**
 * The migration time a re-tender must plan for: the LONGEST migration among the system usages the
 * contract covers and the integrations tied to it. Every dependent has to be moved before the new
 * contract starts, and the migrations are assumed to run in parallel, so the slowest one decides
 * (not the sum, which would assume one migration after another).
 *
 * A dependent without its own migration time counts with the organisation's default, so a short
 * explicit value on one system never hides an unknown, possibly longer one on another. A contract
 * with no dependents at all (no summary) uses the default (the organisation's general assumption).
 */
export function contractMigrationMonths(
  summary: MigrationSummary | undefined,
  defaultMonths: number,
): number {
  if (!summary || summary.longestOwnMonths === null) return defaultMonths;
  return summary.someUseDefault
    ? Math.max(summary.longestOwnMonths, defaultMonths)
    : summary.longestOwnMonths;
}

/**
 * The migration time by the rule of contractMigrationMonths, with the dependent it came from.
 * Ties: an explicit value wins over the default (it is the more specific source), a system usage
 * over an integration, then the name and id decide, so the explanation is stable.
 */
export function contractMigrationTime(
  dependents: readonly MigrationDependent[],
  defaultMonths: number,
): ContractMigration {
  let bestDependent: MigrationDependent | null = null;
  let someUseDefault = false;
  for (const d of dependents) {
    if (d.migrationMonths === null) {
      someUseDefault = true;
      continue;
    }
    const better =
      bestDependent === null ||
      d.migrationMonths > bestDependent.migrationMonths! ||
      (d.migrationMonths === bestDependent.migrationMonths &&
        (KIND_ORDER[d.kind] - KIND_ORDER[bestDependent.kind] ||
          d.name.localeCompare(bestDependent.name, 'da') ||
          (d.id < bestDependent.id ? -1 : 1)) < 0);
    if (better) bestDependent = d;
  }
  const months = contractMigrationMonths(
    dependents.length
      ? { longestOwnMonths: bestDependent?.migrationMonths ?? null, someUseDefault }
      : undefined,
    defaultMonths,
  );
  if (bestDependent && bestDependent.migrationMonths === months) {
    return {
      months,
      source: bestDependent.kind,
      dependentId: bestDependent.id,
      dependentName: bestDependent.name,
    };
  }
  return { months, source: 'DEFAULT', dependentId: null, dependentName: null };
}
