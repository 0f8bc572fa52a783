/**
 * Which contracts cover which usages, and the end dates the landscape rules read off them.
 * Two different questions need two different dates, so both are named here once.
 */
import type { IsoDate } from '../shared/dates';
import type { LandscapeContract } from './landscape-graph.types';

/** Groups contracts by the usages they cover (a contract covering several usages appears under each). */
export function contractsByUsage(contracts: readonly LandscapeContract[]): Map<string, LandscapeContract[]> {
  const byUsage = new Map<string, LandscapeContract[]>();
  for (const contract of contracts) {
    for (const usageId of new Set(contract.usageIds)) {
      const list = byUsage.get(usageId);
      if (list) list.push(contract);
      else byUsage.set(usageId, [contract]);
    }
  }
  return byUsage;
}

/**
 * How long contracts keep a usage available: the latest effective end among its contracts. Null when
 * it has no contract or any of them is open-ended, because then no contract date ends the usage.
 */
export function contractedUntil(covering: readonly LandscapeContract[] | undefined): IsoDate | null {
  if (!covering?.length) return null;
  let latest: IsoDate | null = null;
  for (const contract of covering) {
    if (!contract.effectiveEnd) return null;
    if (!latest || contract.effectiveEnd > latest) latest = contract.effectiveEnd;
  }
  return latest;
}

/**
 * The contract that gives the next chance to change a usage's set-up: the earliest effective end on or
 * after `today`; an open-ended contract only when no dated one is still running. Expired ones are ignored.
 */
export function nextEndingContract(
  covering: readonly LandscapeContract[] | undefined,
  today: IsoDate,
): LandscapeContract | null {
  let dated: LandscapeContract | null = null;
  let openEnded: LandscapeContract | null = null;
  for (const contract of covering ?? []) {
    if (contract.effectiveEnd === null) openEnded ??= contract;
    else if (contract.effectiveEnd >= today && (!dated || contract.effectiveEnd < dated.effectiveEnd!)) {
      dated = contract;
    }
  }
  return dated ?? openEnded;
}
