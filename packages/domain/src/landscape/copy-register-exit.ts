/**
 * Copy-register exit analysis: which usages buy base data through a supplier's copy register (or
 * another non-authoritative route), what it costs, and when switching to the free authoritative base
 * data pays off — now, mid-contract, or at the next re-tender.
 *
 * Assumptions, stated once:
 * - The authoritative base data (Serviceplatformen / Datafordeleren) is free, so switching saves the
 *   edge's whole yearly cost.
 * - The contract that matters is the usage's next-ending covering contract (see `nextEndingContract`):
 *   it is the first chance to drop the copy register without paying out the contract.
 * - Without a dated contract (none, or only open-ended ones) there is no contract end to weigh
 *   against, so we switch now only when it pays back within a year (switching cost < yearly cost);
 *   otherwise the switch waits for a re-tender whose date is not known (null).
 * - Without a known authoritative alternative there is nothing to switch to: 'NO_ALTERNATIVE', and
 *   the row does not count towards the total saving.
 */
import { daysBetween, type IsoDate } from '../shared/dates';
import { contractsByUsage, nextEndingContract } from './contract-coverage';
import type { DataChannel, DataSource, LandscapeContract, LandscapeGraph } from './landscape-graph.types';
import { compareText } from './sort-order';

export type ExitRecommendation = 'SWITCH_NOW' | 'SWITCH_AT_RETENDER' | 'NO_ALTERNATIVE';

/** What the recommendation was weighed against: a dated contract end, or the payback-within-a-year rule. */
export type ExitBasis = 'CONTRACT_END' | 'NO_CONTRACT';

export interface AuthoritativeAlternative {
  dataSourceId: string;
  name: string;
  channel: DataChannel;
}

export interface CopyRegisterExitRow {
  edgeId: string;
  usageId: string;
  usageName: string;
  dataSourceId: string;
  dataSourceName: string;
  channel: DataChannel;
  yearlyCost: number;
  switchingCost: number;
  alternative: AuthoritativeAlternative | null;
  contract: Pick<LandscapeContract, 'id' | 'name' | 'effectiveEnd' | 'noticeDate'> | null;
  basis: ExitBasis;
  /** Copy cost avoided from today to the contract's effective end (whole kr); null without a dated contract. */
  savingUntilContractEnd: number | null;
  recommendation: ExitRecommendation;
  /** Today for SWITCH_NOW, the contract's effective end at re-tender; null when no date is known. */
  recommendedSwitchDate: IsoDate | null;
  /** The system owner's own plan from the edge, if any. */
  plannedSwitchDate: IsoDate | null;
}

export interface ExitTimelineEntry {
  edgeId: string;
  usageId: string;
  dataSourceId: string;
  /** The owner's planned date where set, else the recommended one. */
  switchDate: IsoDate | null;
  dateSource: 'PLANNED' | 'RECOMMENDED';
  yearlySaving: number;
}

export interface CopyRegisterExitPlan {
  /** Sorted by yearly cost, most expensive first. */
  rows: CopyRegisterExitRow[];
  /** Sum of yearly cost over rows that have an alternative. */
  totalYearlySaving: number;
  totalSwitchingCost: number;
  /** Rows with an alternative, by switch date; undated last. */
  timeline: ExitTimelineEntry[];
}

const DEFAULT_AUTHORITATIVE_CHANNEL: DataChannel = 'SERVICEPLATFORMEN';

/**
 * One row per non-authoritative data purchase (copy register or non-authoritative edge) of a usage not
 * retired, with its alternative, covering contract and recommendation; plus totals and a timeline.
 */
export function copyRegisterExit(
  graph: LandscapeGraph,
  contracts: readonly LandscapeContract[],
  today: IsoDate,
): CopyRegisterExitPlan {
  const usages = new Map(graph.usages.map((u) => [u.id, u]));
  const sources = new Map(graph.dataSources.map((s) => [s.id, s]));
  const covering = contractsByUsage(contracts);

  const rows: CopyRegisterExitRow[] = [];
  for (const edge of graph.dataEdges) {
    const usage = usages.get(edge.usageId);
    const source = sources.get(edge.dataSourceId);
    if (!usage || !source || usage.lifecycle === 'RETIRED') continue;
    if (source.kind !== 'COPY_REGISTER' && edge.authoritative) continue;

    const alternative = authoritativeAlternative(source, edge.plannedTargetSourceId, sources);
    const contract = nextEndingContract(covering.get(usage.id), today);
    const contractEnd = contract?.effectiveEnd ?? null;
    const savingUntilEnd =
      contractEnd === null ? null : (edge.yearlyCost * Math.max(0, daysBetween(today, contractEnd))) / 365;

    let recommendation: ExitRecommendation;
    let recommendedSwitchDate: IsoDate | null;
    if (!alternative) {
      recommendation = 'NO_ALTERNATIVE';
      recommendedSwitchDate = null;
    } else if (savingUntilEnd !== null) {
      const now = savingUntilEnd > edge.switchingCost;
      recommendation = now ? 'SWITCH_NOW' : 'SWITCH_AT_RETENDER';
      recommendedSwitchDate = now ? today : contractEnd;
    } else {
      const now = edge.yearlyCost > 0 && edge.switchingCost < edge.yearlyCost;
      recommendation = now ? 'SWITCH_NOW' : 'SWITCH_AT_RETENDER';
      recommendedSwitchDate = now ? today : null;
    }

    rows.push({
      edgeId: edge.id,
      usageId: usage.id,
      usageName: usage.name,
      dataSourceId: source.id,
      dataSourceName: source.name,
      channel: edge.channel,
      yearlyCost: edge.yearlyCost,
      switchingCost: edge.switchingCost,
      alternative,
      contract: contract && {
        id: contract.id,
        name: contract.name,
        effectiveEnd: contract.effectiveEnd,
        noticeDate: contract.noticeDate,
      },
      basis: contractEnd === null ? 'NO_CONTRACT' : 'CONTRACT_END',
      savingUntilContractEnd: savingUntilEnd === null ? null : Math.round(savingUntilEnd),
      recommendation,
      recommendedSwitchDate,
      plannedSwitchDate: edge.plannedSwitchDate,
    });
  }
  rows.sort(
    (a, b) =>
      b.yearlyCost - a.yearlyCost || compareText(a.usageName, b.usageName) || compareText(a.edgeId, b.edgeId),
  );

  const switchable = rows.filter((row) => row.alternative);
  const timeline: ExitTimelineEntry[] = switchable
    .map((row) => ({
      edgeId: row.edgeId,
      usageId: row.usageId,
      dataSourceId: row.dataSourceId,
      switchDate: row.plannedSwitchDate ?? row.recommendedSwitchDate,
      dateSource: row.plannedSwitchDate ? ('PLANNED' as const) : ('RECOMMENDED' as const),
      yearlySaving: row.yearlyCost,
    }))
    .sort(
      (a, b) =>
        Number(a.switchDate === null) - Number(b.switchDate === null) ||
        compareText(a.switchDate ?? '', b.switchDate ?? '') ||
        compareText(a.edgeId, b.edgeId),
    );

  return {
    rows,
    totalYearlySaving: switchable.reduce((sum, row) => sum + row.yearlyCost, 0),
    totalSwitchingCost: switchable.reduce((sum, row) => sum + row.switchingCost, 0),
    timeline,
  };
}

/**
 * The authoritative source to switch to: what the copy copies, else the edge's planned target, else the
 * source itself when it is a base register reached the wrong way (e.g. by file transfer).
 */
function authoritativeAlternative(
  source: DataSource,
  plannedTargetSourceId: string | null,
  sources: ReadonlyMap<string, DataSource>,
): AuthoritativeAlternative | null {
  const target =
    (source.copyOfId && sources.get(source.copyOfId)) ||
    (plannedTargetSourceId && sources.get(plannedTargetSourceId)) ||
    (source.kind === 'BASE_REGISTER' ? source : null);
  if (!target) return null;
  return {
    dataSourceId: target.id,
    name: target.name,
    channel: target.defaultChannel ?? DEFAULT_AUTHORITATIVE_CHANNEL,
  };
}
