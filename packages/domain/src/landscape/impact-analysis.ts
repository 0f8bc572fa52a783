/**
 * Impact analysis: "if this data source, component or system is switched off, which systems lose
 * data, directly and through integrations?" A breadth-first walk in the direction data flows, so
 * each affected usage is reported with its shortest path from the target.
 */
import type { IsoDate } from '../shared/dates';
import { buildLandscapeIndex, nodeKindOf, type LandscapeIndex } from './landscape-index';
import type { LandscapeGraph, LandscapeLifecycle, LandscapeNodeKind } from './landscape-graph.types';
import { compareText } from './sort-order';

export interface ImpactTarget {
  kind: LandscapeNodeKind;
  id: string;
}

export interface ImpactOptions {
  /** The switch-off date: usages and copy registers gone before it are not affected. */
  from?: IsoDate;
}

/** How the loss reached a usage: the last edge on its path. */
export type ImpactVia = 'DATA_SOURCE' | 'INFRASTRUCTURE' | 'INTEGRATION' | 'COPY_REGISTER';

export interface AffectedUsage {
  usageId: string;
  name: string;
  responsibleUnitId: string | null;
  /** Edges from the target; 1 = direct. */
  depth: number;
  /** Node ids from the target to this usage, both included. */
  path: string[];
  via: ImpactVia;
}

/** A copy register that goes dry because the source it copies is switched off. */
export interface AffectedDataSource {
  dataSourceId: string;
  name: string;
  depth: number;
  path: string[];
}

export interface AffectedUnit {
  /** Null groups the affected usages that have no responsible unit. */
  unitId: string | null;
  usageCount: number;
}

export interface AffectedContract {
  contractId: string;
  name: string;
  effectiveEnd: IsoDate | null;
  noticeDate: IsoDate | null;
  /** The affected usages this contract covers. */
  usageIds: string[];
}

export interface AffectedProject {
  projectId: string;
  name: string;
  usageIds: string[];
}

export interface ImpactAnalysis {
  target: ImpactTarget;
  /** Sorted by depth, then name. */
  usages: AffectedUsage[];
  dataSources: AffectedDataSource[];
  /** Most affected usages first. */
  units: AffectedUnit[];
  contracts: AffectedContract[];
  projects: AffectedProject[];
}

interface Visit {
  parentId: string | null;
  depth: number;
  kind: LandscapeNodeKind;
  via: ImpactVia | null;
}

/**
 * Which usages (and copy registers) lose data if `target` is switched off, with the units, contracts
 * and projects they touch. O(V+E); pass a prebuilt index to skip building one. Throws on an unknown target.
 */
export function analyseImpact(
  landscape: LandscapeGraph | LandscapeIndex,
  target: ImpactTarget,
  options: ImpactOptions = {},
): ImpactAnalysis {
  const index = isLandscapeIndex(landscape) ? landscape : buildLandscapeIndex(landscape);
  if (nodeKindOf(index, target.id) !== target.kind) {
    throw new RangeError(`No ${target.kind} with id ${target.id} in the landscape`);
  }
  const from = options.from ?? null;

  // The target is pre-visited so that a cycle leading back to it is ignored.
  const visits = new Map<string, Visit>([
    [target.id, { parentId: null, depth: 0, kind: target.kind, via: null }],
  ]);
  const queue: string[] = [target.id];
  const usageIds: string[] = [];
  const sourceIds: string[] = [];

  const reach = (id: string, parentId: string, kind: LandscapeNodeKind, via: ImpactVia) => {
    if (visits.has(id)) return;
    if (kind === 'USAGE') {
      const usage = index.usageById.get(id);
      // Gone usages lose nothing and pass nothing on, so they are neither reported nor expanded.
      if (!usage || isGone(usage.lifecycle, usage.inUseUntil, from)) return;
      usageIds.push(id);
    } else {
      const source = index.dataSourceById.get(id);
      if (!source || isGone(source.lifecycle, source.endsOn, from)) return;
      sourceIds.push(id);
    }
    visits.set(id, { parentId, depth: visits.get(parentId)!.depth + 1, kind, via });
    queue.push(id);
  };

  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    const kind = visits.get(id)!.kind;
    if (kind === 'DATA_SOURCE') {
      const via: ImpactVia = id === target.id ? 'DATA_SOURCE' : 'COPY_REGISTER';
      for (const readerId of index.readersBySource.get(id) ?? []) reach(readerId, id, 'USAGE', via);
      // A copy register is fed by its source, so it is treated as a flow source → copy.
      for (const copyId of index.copiesBySource.get(id) ?? [])
        reach(copyId, id, 'DATA_SOURCE', 'COPY_REGISTER');
    } else if (kind === 'INFRASTRUCTURE') {
      for (const usageId of index.usagesByComponent.get(id) ?? [])
        reach(usageId, id, 'USAGE', 'INFRASTRUCTURE');
    } else {
      for (const receiverId of index.receiversByUsage.get(id) ?? [])
        reach(receiverId, id, 'USAGE', 'INTEGRATION');
    }
  }

  const pathTo = (id: string): string[] => {
    const path: string[] = [];
    for (let at: string | null = id; at !== null; at = visits.get(at)!.parentId) path.push(at);
    return path.reverse();
  };

  const usages: AffectedUsage[] = usageIds
    .map((usageId) => {
      const usage = index.usageById.get(usageId)!;
      const visit = visits.get(usageId)!;
      return {
        usageId,
        name: usage.name,
        responsibleUnitId: usage.responsibleUnitId,
        depth: visit.depth,
        path: pathTo(usageId),
        via: visit.via!,
      };
    })
    .sort((a, b) => a.depth - b.depth || compareText(a.name, b.name) || compareText(a.usageId, b.usageId));

  const dataSources: AffectedDataSource[] = sourceIds.map((dataSourceId) => ({
    dataSourceId,
    name: index.dataSourceById.get(dataSourceId)!.name,
    depth: visits.get(dataSourceId)!.depth,
    path: pathTo(dataSourceId),
  }));

  return { target, usages, dataSources, ...aggregate(index, usages) };
}

/** True for the prebuilt index, false for a raw graph. */
export function isLandscapeIndex(landscape: LandscapeGraph | LandscapeIndex): landscape is LandscapeIndex {
  return (landscape as LandscapeIndex).kind === 'LANDSCAPE_INDEX';
}

function isGone(
  lifecycle: LandscapeLifecycle,
  end: IsoDate | null | undefined,
  from: IsoDate | null,
): boolean {
  return lifecycle === 'RETIRED' || (from !== null && !!end && end < from);
}

function aggregate(
  index: LandscapeIndex,
  usages: readonly AffectedUsage[],
): Pick<ImpactAnalysis, 'units' | 'contracts' | 'projects'> {
  const units = new Map<string | null, number>();
  const contracts = new Map<string, AffectedContract>();
  const projects = new Map<string, AffectedProject>();
  for (const { usageId, responsibleUnitId } of usages) {
    units.set(responsibleUnitId, (units.get(responsibleUnitId) ?? 0) + 1);
    for (const contract of index.contractsByUsage.get(usageId) ?? []) {
      const row = contracts.get(contract.id);
      if (row) row.usageIds.push(usageId);
      else {
        const { id: contractId, name, effectiveEnd, noticeDate } = contract;
        contracts.set(contractId, { contractId, name, effectiveEnd, noticeDate, usageIds: [usageId] });
      }
    }
    for (const project of index.projectsByUsage.get(usageId) ?? []) {
      const row = projects.get(project.id);
      if (row) row.usageIds.push(usageId);
      else projects.set(project.id, { projectId: project.id, name: project.name, usageIds: [usageId] });
    }
  }
  return {
    units: [...units]
      .map(([unitId, usageCount]) => ({ unitId, usageCount }))
      // Units with most affected usages first; the "no unit" group last among equals.
      .sort(
        (a, b) =>
          b.usageCount - a.usageCount ||
          Number(a.unitId === null) - Number(b.unitId === null) ||
          compareText(a.unitId ?? '', b.unitId ?? ''),
      ),
    contracts: [...contracts.values()].sort(
      (a, b) => compareText(a.name, b.name) || compareText(a.contractId, b.contractId),
    ),
    projects: [...projects.values()].sort(
      (a, b) => compareText(a.name, b.name) || compareText(a.projectId, b.projectId),
    ),
  };
}
