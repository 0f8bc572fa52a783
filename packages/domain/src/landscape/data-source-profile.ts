/**
 * Everything one organisation's landscape says about one data source, for the page a system owner or
 * architect reads: who reads it (grouped by unit, channel and purpose), what it costs, the exit plan
 * for its non-authoritative reads, and the contracts and projects that touch it through its readers.
 *
 * Rules, stated once:
 * - A reader is a usage's edge to the source; retired usages read nothing and are left out.
 * - Groups count readers (edges) and sum their yearly cost; a usage reads a source at most once.
 * - Purposes are grouped on their trimmed text, ignoring case; '' means "not stated".
 * - A non-authoritative read is one through a copy register or an edge marked not authoritative:
 *   its cost is the copy cost, and it is what the exit plan is about (see `copyRegisterExit`).
 * - A contract or project touches the source when it covers, or works on, one of its readers.
 */
import type { IsoDate } from '../shared/dates';
import { copyRegisterExit, type CopyRegisterExitPlan } from './copy-register-exit';
import type {
  DataAccess,
  DataChannel,
  LandscapeContract,
  LandscapeGraph,
  LandscapeLifecycle,
} from './landscape-graph.types';
import { compareText } from './sort-order';

export interface DataSourceReader {
  edgeId: string;
  usageId: string;
  usageName: string;
  unitId: string | null;
  lifecycle: LandscapeLifecycle;
  channel: DataChannel;
  access: DataAccess;
  /** Trimmed; '' = not stated. */
  purpose: string;
  yearlyCost: number;
  authoritative: boolean;
  plannedTargetSourceId: string | null;
  plannedSwitchDate: IsoDate | null;
}

export interface ReaderGroup<K> {
  key: K;
  readerCount: number;
  yearlyCost: number;
}

export interface TouchingContract {
  id: string;
  name: string;
  effectiveEnd: IsoDate | null;
  noticeDate: IsoDate | null;
  /** The source's readers it covers. */
  usageIds: string[];
}

export interface TouchingProject {
  id: string;
  name: string;
  /** The source's readers it works on. */
  usageIds: string[];
}

export interface DataSourceProfile {
  /** By usage name. */
  readers: DataSourceReader[];
  /** Most expensive first, then most readers; readers without a unit last. */
  byUnit: ReaderGroup<string | null>[];
  byChannel: ReaderGroup<DataChannel>[];
  /** Stated purposes first; "not stated" ('') last. */
  byPurpose: ReaderGroup<string>[];
  yearlyCost: number;
  /** The part of the yearly cost paid for non-authoritative reads. */
  copyYearlyCost: number;
  /** The copy-register exit analysis restricted to this source's reads. */
  exit: CopyRegisterExitPlan;
  /** Soonest effective end first; open-ended last. */
  contracts: TouchingContract[];
  /** By name. */
  projects: TouchingProject[];
}

/** The profile of `dataSourceId` in one organisation's landscape; empty when it has no readers there. */
export function dataSourceProfile(
  graph: LandscapeGraph,
  contracts: readonly LandscapeContract[],
  dataSourceId: string,
  today: IsoDate,
): DataSourceProfile {
  const usages = new Map(graph.usages.map((u) => [u.id, u]));
  const source = graph.dataSources.find((s) => s.id === dataSourceId);
  const readers: DataSourceReader[] = [];
  const ownEdges = [];
  for (const edge of graph.dataEdges) {
    const usage = usages.get(edge.usageId);
    if (edge.dataSourceId !== dataSourceId || !usage || usage.lifecycle === 'RETIRED') continue;
    ownEdges.push(edge);
    readers.push({
      edgeId: edge.id,
      usageId: usage.id,
      usageName: usage.name,
      unitId: usage.responsibleUnitId,
      lifecycle: usage.lifecycle,
      channel: edge.channel,
      access: edge.access,
      purpose: (edge.purpose ?? '').trim(),
      yearlyCost: edge.yearlyCost,
      authoritative: edge.authoritative && source?.kind !== 'COPY_REGISTER',
      plannedTargetSourceId: edge.plannedTargetSourceId,
      plannedSwitchDate: edge.plannedSwitchDate,
    });
  }
  readers.sort((a, b) => compareText(a.usageName, b.usageName) || compareText(a.edgeId, b.edgeId));

  const readerIds = new Set(readers.map((r) => r.usageId));
  const touching = (usageIds: readonly string[]) => [...new Set(usageIds)].filter((id) => readerIds.has(id));
  const touchingContracts = contracts
    .map((c) => ({
      id: c.id,
      name: c.name,
      effectiveEnd: c.effectiveEnd,
      noticeDate: c.noticeDate,
      usageIds: touching(c.usageIds),
    }))
    .filter((c) => c.usageIds.length)
    .sort(
      (a, b) =>
        Number(a.effectiveEnd === null) - Number(b.effectiveEnd === null) ||
        compareText(a.effectiveEnd ?? '', b.effectiveEnd ?? '') ||
        compareText(a.name, b.name) ||
        compareText(a.id, b.id),
    );
  const projects = (graph.projects ?? [])
    .map((p) => ({ id: p.id, name: p.name, usageIds: touching(p.usageIds) }))
    .filter((p) => p.usageIds.length)
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));

  const sum = (list: readonly DataSourceReader[]) => list.reduce((total, r) => total + r.yearlyCost, 0);
  return {
    readers,
    byUnit: groupReaders(readers, (r) => r.unitId).sort(
      (a, b) => Number(a.key === null) - Number(b.key === null) || byCostThenCount(a, b),
    ),
    byChannel: groupReaders(readers, (r) => r.channel).sort(byCostThenCount),
    byPurpose: groupByPurpose(readers),
    yearlyCost: sum(readers),
    copyYearlyCost: sum(readers.filter((r) => !r.authoritative)),
    exit: copyRegisterExit({ ...graph, dataEdges: ownEdges }, contracts, today),
    contracts: touchingContracts,
    projects,
  };
}

function groupReaders<K>(readers: readonly DataSourceReader[], keyOf: (r: DataSourceReader) => K) {
  const groups = new Map<K, ReaderGroup<K>>();
  for (const reader of readers) {
    const key = keyOf(reader);
    const group = groups.get(key) ?? { key, readerCount: 0, yearlyCost: 0 };
    group.readerCount += 1;
    group.yearlyCost += reader.yearlyCost;
    groups.set(key, group);
  }
  return [...groups.values()];
}

// Ties end on the key so the order never depends on the order edges were loaded in.
function byCostThenCount<K>(a: ReaderGroup<K>, b: ReaderGroup<K>): number {
  return (
    b.yearlyCost - a.yearlyCost ||
    b.readerCount - a.readerCount ||
    compareText(String(a.key ?? ''), String(b.key ?? ''))
  );
}

/** Purposes that differ only in case are one; the first spelling in reader order names the group. */
function groupByPurpose(readers: readonly DataSourceReader[]): ReaderGroup<string>[] {
  const spelling = new Map<string, string>();
  for (const r of readers)
    if (!spelling.has(r.purpose.toLowerCase())) spelling.set(r.purpose.toLowerCase(), r.purpose);
  return groupReaders(readers, (r) => spelling.get(r.purpose.toLowerCase())!).sort(
    (a, b) => Number(a.key === '') - Number(b.key === '') || byCostThenCount(a, b),
  );
}
