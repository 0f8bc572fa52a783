/**
 * Adjacency maps over a landscape graph, built once in O(V+E) so that impact analysis and
 * neighbourhood traversal never scan the edge lists. A caller analysing the same landscape several
 * times (e.g. the impact of every data source) builds the index once and passes it around.
 */
import { contractsByUsage } from './contract-coverage';
import type { DataPayload } from './data-payload';
import type {
  DataAccess,
  DataChannel,
  DataSource,
  DataSourceEdge,
  InfrastructureComponent,
  Integration,
  IntegrationDirection,
  LandscapeContract,
  LandscapeGraph,
  LandscapeNodeKind,
  LandscapeProject,
  SystemUsage,
} from './landscape-graph.types';
import { RELATIONS, type Relation } from './relations';

export type LandscapeEdgeKind = 'DATA' | 'INFRASTRUCTURE' | 'INTEGRATION' | 'COPY_OF';

/**
 * Any edge of the graph in one shape, as drawn in the dependency graph. It reads "`from` <relation>
 * `to`"; `direction` BIDIRECTIONAL means the reverse reading holds too (both-way integration, READ_WRITE).
 */
export interface LandscapeEdgeView {
  id: string;
  kind: LandscapeEdgeKind;
  from: string;
  to: string;
  relation: Relation;
  direction: IntegrationDirection;
  channel: DataChannel | null;
  access: DataAccess | null;
  interfaceName: string | null;
  /**
   * What a data-carrying edge carries (ADR 0012): a data edge what it reads, an integration its own
   * declaration or else its interface's; empty lists when undeclared. Null on edges that carry no data.
   */
  payload: DataPayload | null;
}

/** An integration seen from the usage whose data flows out through it. */
export interface IntegrationFlow {
  integration: Integration;
  toUsageId: string;
}

/** An edge seen from one of its ends. */
export interface LandscapeLink {
  edge: LandscapeEdgeView;
  neighbourId: string;
}

export interface LandscapeIndex {
  readonly kind: 'LANDSCAPE_INDEX';
  readonly graph: LandscapeGraph;
  readonly usageById: ReadonlyMap<string, SystemUsage>;
  readonly dataSourceById: ReadonlyMap<string, DataSource>;
  readonly componentById: ReadonlyMap<string, InfrastructureComponent>;
  /** Authoritative source id → copy registers that copy it. */
  readonly copiesBySource: ReadonlyMap<string, readonly string[]>;
  /** Component id → usages that depend on it. */
  readonly usagesByComponent: ReadonlyMap<string, readonly string[]>;
  /** Data source id → the reading edges (READ or READ_WRITE) on it. */
  readonly readEdgesBySource: ReadonlyMap<string, readonly DataSourceEdge[]>;
  /** Planned target source id → the reading edges planned to switch to it. */
  readonly plannedReadEdgesByTarget: ReadonlyMap<string, readonly DataSourceEdge[]>;
  /** Usage id → the integrations its data flows out through (both ends of a bidirectional one). */
  readonly flowsByUsage: ReadonlyMap<string, readonly IntegrationFlow[]>;
  readonly contractsByUsage: ReadonlyMap<string, readonly LandscapeContract[]>;
  readonly projectsByUsage: ReadonlyMap<string, readonly LandscapeProject[]>;
  /** Node id → every edge touching it, in and out, of every kind. */
  readonly links: ReadonlyMap<string, readonly LandscapeLink[]>;
}

/** Builds the adjacency maps of a landscape graph in one pass over its nodes and edges. */
export function buildLandscapeIndex(graph: LandscapeGraph): LandscapeIndex {
  const copiesBySource = new Map<string, string[]>();
  const usagesByComponent = new Map<string, string[]>();
  const readEdgesBySource = new Map<string, DataSourceEdge[]>();
  const plannedReadEdgesByTarget = new Map<string, DataSourceEdge[]>();
  const flowsByUsage = new Map<string, IntegrationFlow[]>();
  const projectsByUsage = new Map<string, LandscapeProject[]>();
  const links = new Map<string, LandscapeLink[]>();

  const link = (edge: LandscapeEdgeView) => {
    push(links, edge.from, { edge, neighbourId: edge.to });
    if (edge.to !== edge.from) push(links, edge.to, { edge, neighbourId: edge.from });
  };

  for (const source of graph.dataSources) {
    if (!source.copyOfId) continue;
    push(copiesBySource, source.copyOfId, source.id);
    link({
      id: `copy-of:${source.id}`,
      kind: 'COPY_OF',
      from: source.id,
      to: source.copyOfId,
      relation: RELATIONS.dependsOn,
      direction: 'ONE_WAY',
      channel: null,
      access: null,
      interfaceName: null,
      payload: null,
    });
  }
  for (const edge of graph.dataEdges) {
    // A WRITE-only usage feeds the source rather than reading it, so it loses nothing when it goes.
    if (edge.access !== 'WRITE') {
      push(readEdgesBySource, edge.dataSourceId, edge);
      if (edge.plannedTargetSourceId) push(plannedReadEdgesByTarget, edge.plannedTargetSourceId, edge);
    }
    link({
      id: edge.id,
      kind: 'DATA',
      from: edge.usageId,
      to: edge.dataSourceId,
      relation: edge.access === 'WRITE' ? RELATIONS.dependencyOf : RELATIONS.dependsOn,
      direction: edge.access === 'READ_WRITE' ? 'BIDIRECTIONAL' : 'ONE_WAY',
      channel: edge.channel,
      access: edge.access,
      interfaceName: null,
      payload: edge.payload,
    });
  }
  for (const edge of graph.infrastructureEdges) {
    push(usagesByComponent, edge.componentId, edge.usageId);
    link({
      id: edge.id,
      kind: 'INFRASTRUCTURE',
      from: edge.usageId,
      to: edge.componentId,
      relation: RELATIONS.dependsOn,
      direction: 'ONE_WAY',
      channel: null,
      access: null,
      interfaceName: null,
      payload: null,
    });
  }
  for (const integration of graph.integrations) {
    push(flowsByUsage, integration.fromUsageId, { integration, toUsageId: integration.toUsageId });
    if (integration.direction === 'BIDIRECTIONAL') {
      push(flowsByUsage, integration.toUsageId, { integration, toUsageId: integration.fromUsageId });
    }
    link({
      id: integration.id,
      kind: 'INTEGRATION',
      from: integration.fromUsageId,
      to: integration.toUsageId,
      // `to` receives the data, so `from` is what it depends on.
      relation: RELATIONS.dependencyOf,
      direction: integration.direction,
      channel: null,
      access: null,
      interfaceName: integration.interfaceName ?? null,
      payload: integration.payload,
    });
  }
  for (const project of graph.projects ?? []) {
    for (const usageId of new Set(project.usageIds)) push(projectsByUsage, usageId, project);
  }

  return {
    kind: 'LANDSCAPE_INDEX',
    graph,
    usageById: new Map(graph.usages.map((u) => [u.id, u])),
    dataSourceById: new Map(graph.dataSources.map((s) => [s.id, s])),
    componentById: new Map(graph.components.map((c) => [c.id, c])),
    copiesBySource,
    usagesByComponent,
    readEdgesBySource,
    plannedReadEdgesByTarget,
    flowsByUsage,
    contractsByUsage: contractsByUsage(graph.contracts ?? []),
    projectsByUsage,
    links,
  };
}

/** Which kind of node an id names in this landscape, or null when it names none. */
export function nodeKindOf(index: LandscapeIndex, id: string): LandscapeNodeKind | null {
  if (index.usageById.has(id)) return 'USAGE';
  if (index.dataSourceById.has(id)) return 'DATA_SOURCE';
  if (index.componentById.has(id)) return 'INFRASTRUCTURE';
  return null;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
