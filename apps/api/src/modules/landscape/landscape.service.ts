import {
  analyseImpact,
  addDays,
  buildLandscapeIndex,
  contractedUntil,
  contractsByUsage,
  copyRegisterExit,
  findLifecycleConflicts,
  nodeKindOf,
  traverseNeighbourhood,
  type LandscapeEdgeView,
  type LandscapeIndex,
  type LandscapeNodeKind,
  type LifecycleConflict,
} from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../context';
import { memberOrganisationIds, requireOrganisation } from '../../shared/access';
import { organisationDataVersion } from '../../shared/data-version';
import { assertId, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { inTurns, yieldTurn } from '../../shared/in-turns';
import { landscapeRepository as repo, type LoadedLandscape } from './landscape.repository';
import type { LandscapeEdge, LandscapeNode } from './landscape.type';

export interface PreparedLandscape extends LoadedLandscape {
  organisationId: string;
  index: LandscapeIndex;
  conflicts: LifecycleConflict[];
  today: string;
  /** The whole-graph view, built on first request and shared while the landscape is cached. */
  graphView?: Promise<{ nodes: LandscapeNode[]; edges: LandscapeEdge[] }>;
}

// One load per request and organisation, however many landscape fields the request asks for.
const perRequest = new WeakMap<object, Map<string, Promise<PreparedLandscape>>>();

/** The landscape's data version: the organisation's landscape area and the catalogues' (ADR 0015, 0036), and the day. */
export function landscapeVersion(ctx: Context, organisationId: string): Promise<string> {
  return organisationDataVersion(ctx, organisationId, ctx.today, 'landscape');
}

// Across requests the prepared landscape is kept in the app's read-model cache for its version.
async function loadPrepared(ctx: Context, organisationId: string): Promise<PreparedLandscape> {
  const today = ctx.today;
  const version = await landscapeVersion(ctx, organisationId);
  return ctx.readModels.get(`landscape:${organisationId}`, version, async () => {
    const loaded = await repo.load(ctx.prisma, organisationId, today);
    // Each step is tens of milliseconds of synchronous work on the large profile: other requests go between.
    await yieldTurn();
    const index = buildLandscapeIndex(loaded.graph);
    await yieldTurn();
    const conflicts = findLifecycleConflicts(loaded.graph, loaded.contracts);
    await yieldTurn();
    return { ...loaded, organisationId, today, index, conflicts };
  });
}

/** The viewer's chosen organisation's landscape, loaded once per request and indexed once. */
export function preparedLandscape(ctx: Context, organisationId?: string): Promise<PreparedLandscape> {
  const orgId = organisationId ?? requireOrganisation(ctx).organisationId;
  const cache = perRequest.get(ctx.loaders) ?? new Map<string, Promise<PreparedLandscape>>();
  perRequest.set(ctx.loaders, cache);
  let prepared = cache.get(orgId);
  if (!prepared) {
    prepared = loadPrepared(ctx, orgId);
    cache.set(orgId, prepared);
  }
  return prepared;
}

// Contracts per usage, grouped once per prepared landscape (it is cached across requests).
const coverage = new WeakMap<PreparedLandscape, ReturnType<typeof contractsByUsage>>();

/** How a usage stands contractually today; colours the graph by contract status. */
function contractStatus(p: PreparedLandscape, usageId: string): string {
  let byUsage = coverage.get(p);
  if (!byUsage) coverage.set(p, (byUsage = contractsByUsage(p.contracts)));
  const covering = byUsage.get(usageId);
  if (!covering?.length) return 'NONE';
  const until = contractedUntil(covering);
  if (until === null) return 'ACTIVE';
  if (until < p.today) return 'EXPIRED';
  return until <= addDays(p.today, 365) ? 'ENDING' : 'ACTIVE';
}

function nodeView(p: PreparedLandscape, id: string, conflicted: Set<string>): LandscapeNode {
  const usage = p.index.usageById.get(id);
  const base = { capabilities: [] as string[], taskAreas: [] as string[], unitId: null, unitName: null };
  if (usage) {
    return {
      id,
      kind: 'USAGE' as LandscapeNode['kind'],
      name: usage.name,
      lifecycle: usage.lifecycle,
      subKind: null,
      unitId: usage.responsibleUnitId,
      unitName: usage.responsibleUnitId ? (p.unitNames.get(usage.responsibleUnitId) ?? null) : null,
      registerFamily: null,
      endsOn: usage.inUseUntil ?? null,
      yearlyCost: usage.yearlyCost,
      capabilities: usage.capabilities,
      taskAreas: usage.taskAreas,
      hasLifecycleConflict: conflicted.has(id),
      contractStatus: contractStatus(p, id),
    };
  }
  const source = p.index.dataSourceById.get(id);
  if (source) {
    return {
      ...base,
      id,
      kind: 'DATA_SOURCE' as LandscapeNode['kind'],
      name: source.name,
      lifecycle: source.lifecycle,
      subKind: source.kind,
      registerFamily: source.registerFamily,
      endsOn: source.endsOn,
      yearlyCost: null,
      hasLifecycleConflict: false,
    };
  }
  const component = p.index.componentById.get(id)!;
  return {
    ...base,
    id,
    kind: 'INFRASTRUCTURE' as LandscapeNode['kind'],
    name: component.name,
    lifecycle: component.lifecycle,
    subKind: component.kind,
    registerFamily: null,
    endsOn: component.endsOn,
    yearlyCost: null,
    hasLifecycleConflict: false,
  };
}

function edgeView(
  p: PreparedLandscape,
  edge: LandscapeEdgeView,
  dataEdges: Map<string, { yearlyCost: number; authoritative: boolean }>,
): LandscapeEdge {
  const data = edge.kind === 'DATA' ? dataEdges.get(edge.id) : undefined;
  const { payload, ...rest } = edge;
  return {
    ...rest,
    kind: edge.kind as LandscapeEdge['kind'],
    dataTypes: payload ? [...payload.dataTypes] : null,
    registerFamilies: payload ? [...payload.registerFamilies] : null,
    yearlyCost: data?.yearlyCost ?? null,
    authoritative: data?.authoritative ?? null,
  };
}

const dataEdgeFacts = (p: PreparedLandscape) => new Map(p.graph.dataEdges.map((e) => [e.id, e]));
const conflictedUsages = (p: PreparedLandscape) => new Set(p.conflicts.map((c) => c.usageId));

/** The whole graph's views, built in slices of 500 with a loop turn between (see inTurns). */
async function buildGraphView(p: PreparedLandscape) {
  const conflicted = conflictedUsages(p);
  const facts = dataEdgeFacts(p);
  const ids = [
    ...p.graph.usages.map((u) => u.id),
    ...p.graph.dataSources.map((s) => s.id),
    ...p.graph.components.map((c) => c.id),
  ];
  let done = 0;
  const slice = () => (++done % 500 === 0 ? yieldTurn() : undefined);
  const nodes: LandscapeNode[] = [];
  for (const id of ids) {
    await slice();
    nodes.push(nodeView(p, id, conflicted));
  }
  const edges = new Map<string, LandscapeEdge>();
  for (const links of p.index.links.values()) {
    await slice();
    for (const { edge } of links) if (!edges.has(edge.id)) edges.set(edge.id, edgeView(p, edge, facts));
  }
  return { nodes, edges: [...edges.values()] };
}

const neighbourhoodArgs = z.object({
  hops: z.number().int().min(1).max(4),
  maxNodes: z.number().int().min(1).max(1_000),
});
const fromDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullish();

export const landscapeService = {
  async graph(ctx: Context) {
    const p = await preparedLandscape(ctx);
    p.graphView ??= buildGraphView(p);
    const view = await p.graphView;
    // Completed by GraphQL in turns of the event loop, not in one run (see inTurns).
    return { organisationId: p.organisationId, nodes: inTurns(view.nodes), edges: inTurns(view.edges) };
  },

  async neighbourhood(ctx: Context, rootId: string, hops: number, maxNodes: number) {
    assertId(rootId, 'LandscapeNode');
    validate(neighbourhoodArgs, { hops, maxNodes });
    const p = await preparedLandscape(ctx);
    if (!nodeKindOf(p.index, rootId)) throw notFound('LandscapeNode');
    const result = traverseNeighbourhood(p.index, rootId, hops, maxNodes);
    const conflicted = conflictedUsages(p);
    const facts = dataEdgeFacts(p);
    return {
      rootId,
      hops,
      nodes: result.nodes.map((n) => ({ ...nodeView(p, n.id, conflicted), hops: n.hops })),
      edges: result.edges.map((e) => edgeView(p, e, facts)),
      truncated: result.truncated,
    };
  },

  async impact(ctx: Context, kind: LandscapeNodeKind, id: string, from: string | null) {
    assertId(id, 'LandscapeNode');
    validate(z.object({ from: fromDate }), { from });
    const p = await preparedLandscape(ctx);
    const empty = {
      targetKind: kind,
      targetId: id,
      from,
      usages: [],
      certainCount: 0,
      possibleCount: 0,
      dataSources: [],
      units: [],
      contracts: [],
      projects: [],
    };
    if (nodeKindOf(p.index, id) !== kind) {
      // A shared catalogue node this organisation does not use affects none of its usages.
      if (
        kind !== 'USAGE' &&
        (await repo.catalogueNodeVisible(ctx.prisma, kind, id, memberOrganisationIds(ctx)))
      ) {
        return empty;
      }
      throw notFound('LandscapeNode');
    }
    const result = analyseImpact(p.index, { kind, id }, from ? { from } : {});
    const certain = result.usages.filter((u) => u.certainty === 'CERTAIN').length;
    return {
      ...empty,
      usages: result.usages,
      certainCount: certain,
      possibleCount: result.usages.length - certain,
      dataSources: result.dataSources,
      units: result.units.map((u) => ({
        ...u,
        unitName: u.unitId ? (p.unitNames.get(u.unitId) ?? null) : null,
      })),
      contracts: result.contracts,
      projects: result.projects,
    };
  },

  async copyRegisterExit(ctx: Context) {
    const p = await preparedLandscape(ctx);
    return copyRegisterExit(p.graph, p.contracts, p.today);
  },

  async lifecycleConflicts(ctx: Context, usageId?: string | null) {
    const p = await preparedLandscape(ctx);
    return usageId ? p.conflicts.filter((c) => c.usageId === usageId) : p.conflicts;
  },
};
