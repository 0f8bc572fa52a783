/**
 * Impact analysis: "if this data source, component or system is switched off, which systems lose
 * data, directly and through integrations?" Loss follows data, not wires: a reader loses what its
 * edge reads, and an integration passes on only the lost data its payload carries. A usage is
 * CERTAIN when every step on some path carries the lost data, POSSIBLE when it is reached only
 * through an undeclared payload. A worklist joins the lost data per usage until nothing grows, so
 * cycles and several paths with different payloads are handled; each usage is reported with the
 * first path (breadth-first) that reached it with its certainty.
 */
import type { IsoDate } from '../shared/dates';
import type { DataType, RegisterFamily } from './data-payload';
import {
  NO_LOSS,
  WHOLE_LOSS,
  carryLoss,
  coversLoss,
  describeLoss,
  isLoss,
  joinLoss,
  lossOf,
  type DataLoss,
} from './data-loss';
import { buildLandscapeIndex, nodeKindOf, type LandscapeIndex } from './landscape-index';
import type {
  DataSourceEdge,
  LandscapeGraph,
  LandscapeLifecycle,
  LandscapeNodeKind,
} from './landscape-graph.types';
import { compareText } from './sort-order';

export interface ImpactTarget {
  kind: LandscapeNodeKind;
  id: string;
}

export interface ImpactOptions {
  /**
   * The switch-off date: usages and copy registers gone before it are not affected, and edges
   * planned to switch source by then read their planned target instead.
   */
  from?: IsoDate;
}

/** How the loss reached a usage: the last edge on its path. */
export type ImpactVia = 'DATA_SOURCE' | 'INFRASTRUCTURE' | 'INTEGRATION' | 'COPY_REGISTER';

/** CERTAIN: some path carries the lost data all the way; POSSIBLE: only paths with an undeclared payload do. */
export type ImpactCertainty = 'CERTAIN' | 'POSSIBLE';

export interface AffectedUsage {
  usageId: string;
  name: string;
  responsibleUnitId: string | null;
  certainty: ImpactCertainty;
  /** Edges from the target along the reported path; 1 = direct. */
  depth: number;
  /** Node ids from the target to this usage, both included. */
  path: string[];
  via: ImpactVia;
  /** The data types it loses (certainly, or possibly when POSSIBLE). */
  dataTypes: DataType[];
  /** The register families those data types are narrowed to; none when unknown or any. */
  registerFamilies: RegisterFamily[];
  /** It also loses data whose content is not declared (or its whole feed from a gone system). */
  unknownData: boolean;
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
  /** Certainly affected usages. */
  usageCount: number;
  possibleUsageCount: number;
}

export interface AffectedContract {
  contractId: string;
  name: string;
  effectiveEnd: IsoDate | null;
  noticeDate: IsoDate | null;
  /** The certainly affected usages this contract covers. */
  usageIds: string[];
  /** The possibly affected usages it covers. */
  possibleUsageIds: string[];
}

export interface AffectedProject {
  projectId: string;
  name: string;
  usageIds: string[];
  possibleUsageIds: string[];
}

export interface ImpactAnalysis {
  target: ImpactTarget;
  /** CERTAIN before POSSIBLE, then by depth, then name. */
  usages: AffectedUsage[];
  dataSources: AffectedDataSource[];
  /** Most certainly affected usages first. */
  units: AffectedUnit[];
  contracts: AffectedContract[];
  projects: AffectedProject[];
}

interface Visit {
  parentId: string | null;
  depth: number;
  via: ImpactVia | null;
}

interface NodeState {
  kind: LandscapeNodeKind;
  /** Lost on some path where every step carries it. */
  certain: DataLoss;
  /** Lost on any path, certain included. */
  all: DataLoss;
  /** The first reach that made it certain, and the first reach at all. */
  certainVisit: Visit | null;
  anyVisit: Visit | null;
}

/**
 * Which usages (and copy registers) lose data if `target` is switched off, with the units, contracts
 * and projects they touch. Near O(V+E): a usage is revisited only when its lost data grows, at most
 * once per data type and register family. Pass a prebuilt index to skip building one. Throws on an
 * unknown target.
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

  const root: Visit = { parentId: null, depth: 0, via: null };
  const states = new Map<string, NodeState>([
    [
      target.id,
      { kind: target.kind, certain: WHOLE_LOSS, all: WHOLE_LOSS, certainVisit: root, anyVisit: root },
    ],
  ]);
  const queue: string[] = [target.id];
  const queued = new Set<string>(queue);

  const reach = (
    id: string,
    kind: LandscapeNodeKind,
    parentId: string,
    via: ImpactVia,
    certain: DataLoss,
    possible: DataLoss,
  ) => {
    // The target is what is switched off; a cycle leading back to it adds nothing.
    if (id === target.id || (!isLoss(certain) && !isLoss(possible))) return;
    if (isGoneNode(index, id, kind, from)) return;
    const parent = states.get(parentId)!;
    const state = states.get(id) ?? {
      kind,
      certain: NO_LOSS,
      all: NO_LOSS,
      certainVisit: null,
      anyVisit: null,
    };
    states.set(id, state);
    const all = joinLoss(certain, possible);
    const grew = !coversLoss(state.certain, certain) || !coversLoss(state.all, all);
    if (!grew) return;
    if (isLoss(certain) && !state.certainVisit) {
      state.certainVisit = { parentId, depth: parent.certainVisit!.depth + 1, via };
    }
    state.anyVisit ??= { parentId, depth: parent.anyVisit!.depth + 1, via };
    state.certain = joinLoss(state.certain, certain);
    state.all = joinLoss(state.all, all);
    if (!queued.has(id)) {
      queued.add(id);
      queue.push(id);
    }
  };

  for (let head = 0; head < queue.length; head++) {
    const id = queue[head];
    queued.delete(id);
    const state = states.get(id)!;
    if (state.kind === 'DATA_SOURCE') {
      const via: ImpactVia = id === target.id ? 'DATA_SOURCE' : 'COPY_REGISTER';
      // Whoever reads a switched-off (or dry) source certainly loses what its edge reads.
      for (const edge of readersAt(index, id, from)) {
        reach(edge.usageId, 'USAGE', id, via, lossOf(edge.payload), NO_LOSS);
      }
      for (const copyId of index.copiesBySource.get(id) ?? []) {
        reach(copyId, 'DATA_SOURCE', id, 'COPY_REGISTER', WHOLE_LOSS, NO_LOSS);
      }
    } else if (state.kind === 'INFRASTRUCTURE') {
      // A usage whose hosting, identity or support system is switched off goes with it.
      for (const usageId of index.usagesByComponent.get(id) ?? []) {
        reach(usageId, 'USAGE', id, 'INFRASTRUCTURE', WHOLE_LOSS, NO_LOSS);
      }
    } else {
      for (const { integration, toUsageId } of index.flowsByUsage.get(id) ?? []) {
        const fromCertain = carryLoss(state.certain, integration.payload);
        const fromAll = carryLoss(state.all, integration.payload);
        const possible = joinLoss(fromCertain.possible, joinLoss(fromAll.certain, fromAll.possible));
        reach(toUsageId, 'USAGE', id, 'INTEGRATION', fromCertain.certain, possible);
      }
    }
  }

  const pathTo = (id: string, certain: boolean): string[] => {
    const path: string[] = [];
    for (let at: string | null = id; at !== null;) {
      path.push(at);
      const state: NodeState = states.get(at)!;
      at = (certain ? state.certainVisit : state.anyVisit)!.parentId;
    }
    return path.reverse();
  };

  const usages: AffectedUsage[] = [];
  const dataSources: AffectedDataSource[] = [];
  for (const [id, state] of states) {
    if (id === target.id) continue;
    const certain = isLoss(state.certain);
    const visit = (certain ? state.certainVisit : state.anyVisit)!;
    if (state.kind === 'DATA_SOURCE') {
      const name = index.dataSourceById.get(id)!.name;
      dataSources.push({ dataSourceId: id, name, depth: visit.depth, path: pathTo(id, true) });
      continue;
    }
    const usage = index.usageById.get(id)!;
    usages.push({
      usageId: id,
      name: usage.name,
      responsibleUnitId: usage.responsibleUnitId,
      certainty: certain ? 'CERTAIN' : 'POSSIBLE',
      depth: visit.depth,
      path: pathTo(id, certain),
      via: visit.via!,
      ...describeLoss(certain ? state.certain : state.all),
    });
  }
  usages.sort(
    (a, b) =>
      Number(a.certainty === 'POSSIBLE') - Number(b.certainty === 'POSSIBLE') ||
      a.depth - b.depth ||
      compareText(a.name, b.name) ||
      compareText(a.usageId, b.usageId),
  );
  dataSources.sort((a, b) => a.depth - b.depth || compareText(a.name, b.name));

  return { target, usages, dataSources, ...aggregate(index, usages) };
}

/**
 * The edges that read `sourceId` on the switch-off date: its own reading edges, less those planned to
 * have switched to another source by then, plus those planned to have switched to it.
 */
function readersAt(index: LandscapeIndex, sourceId: string, from: IsoDate | null): DataSourceEdge[] {
  const switchedBy = (edge: DataSourceEdge) =>
    from !== null && edge.plannedSwitchDate !== null && edge.plannedSwitchDate <= from;
  const own = (index.readEdgesBySource.get(sourceId) ?? []).filter(
    (edge) => !(edge.plannedTargetSourceId && switchedBy(edge)),
  );
  const planned = (index.plannedReadEdgesByTarget.get(sourceId) ?? []).filter(switchedBy);
  return [...own, ...planned];
}

function isGoneNode(
  index: LandscapeIndex,
  id: string,
  kind: LandscapeNodeKind,
  from: IsoDate | null,
): boolean {
  if (kind === 'USAGE') {
    const usage = index.usageById.get(id);
    // Gone usages lose nothing and pass nothing on, so they are neither reported nor expanded.
    return !usage || isGone(usage.lifecycle, usage.inUseUntil, from);
  }
  const source = index.dataSourceById.get(id);
  return !source || isGone(source.lifecycle, source.endsOn, from);
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
  const units = new Map<string | null, AffectedUnit>();
  const contracts = new Map<string, AffectedContract>();
  const projects = new Map<string, AffectedProject>();
  for (const { usageId, responsibleUnitId, certainty } of usages) {
    const certain = certainty === 'CERTAIN';
    const unit = units.get(responsibleUnitId) ?? {
      unitId: responsibleUnitId,
      usageCount: 0,
      possibleUsageCount: 0,
    };
    if (certain) unit.usageCount++;
    else unit.possibleUsageCount++;
    units.set(responsibleUnitId, unit);
    for (const contract of index.contractsByUsage.get(usageId) ?? []) {
      const { id: contractId, name, effectiveEnd, noticeDate } = contract;
      const row = contracts.get(contractId) ?? {
        contractId,
        name,
        effectiveEnd,
        noticeDate,
        usageIds: [],
        possibleUsageIds: [],
      };
      (certain ? row.usageIds : row.possibleUsageIds).push(usageId);
      contracts.set(contractId, row);
    }
    for (const project of index.projectsByUsage.get(usageId) ?? []) {
      const row = projects.get(project.id) ?? {
        projectId: project.id,
        name: project.name,
        usageIds: [],
        possibleUsageIds: [],
      };
      (certain ? row.usageIds : row.possibleUsageIds).push(usageId);
      projects.set(project.id, row);
    }
  }
  return {
    units: [...units.values()]
      // Units with most certainly affected usages first; the "no unit" group last among equals.
      .sort(
        (a, b) =>
          b.usageCount - a.usageCount ||
          b.possibleUsageCount - a.possibleUsageCount ||
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
