/**
 * The landscape map's reading order, top to bottom: the base registers, then what carries their data
 * to the systems (copy registers, Serviceplatformen and other sources), then the systems grouped by
 * their responsible unit, then the infrastructure they run on. The web app lays each group out as a
 * compound node inside its layer; this only decides which layer and group a node belongs to, and in
 * which order, so the same data always gives the same map.
 */
import type { LandscapeNodeKind } from './landscape-graph.types';

export type LandscapeLayerKey = 'BASE_REGISTERS' | 'DISTRIBUTION' | 'SYSTEMS' | 'INFRASTRUCTURE';
export const LANDSCAPE_LAYERS: readonly LandscapeLayerKey[] = [
  'BASE_REGISTERS',
  'DISTRIBUTION',
  'SYSTEMS',
  'INFRASTRUCTURE',
];

/** What a group is: the caller names it (localised), using `unitName` or `componentKind` where given. */
export type LandscapeGroupKind =
  | 'BASE_REGISTERS'
  | 'COPY_REGISTERS'
  | 'SERVICE_PLATFORM'
  | 'OTHER_SOURCES'
  | 'UNIT'
  | 'NO_UNIT'
  | 'COMPONENT_KIND';

export interface LayerNodeInput {
  id: string;
  kind: LandscapeNodeKind;
  name: string;
  /** A data source's kind (BASE_REGISTER, …) or a component's kind (SERVICE_PLATFORM, HOSTING, …). */
  subKind: string | null;
  unitId: string | null;
  unitName: string | null;
}

export interface LandscapeGroup {
  /** Unique across the map, e.g. `unit:<id>` or `infrastructure:HOSTING`. */
  key: string;
  kind: LandscapeGroupKind;
  /** The unit's name for UNIT, the component kind for COMPONENT_KIND; otherwise null. */
  name: string | null;
  /** Sorted by name (Danish collation), then id. */
  memberIds: string[];
}

export interface LandscapeLayer {
  key: LandscapeLayerKey;
  groups: LandscapeGroup[];
}

const collator = new Intl.Collator('da');

function placeOf(node: LayerNodeInput): {
  layer: LandscapeLayerKey;
  key: string;
  kind: LandscapeGroupKind;
  name: string | null;
} {
  if (node.kind === 'DATA_SOURCE') {
    if (node.subKind === 'BASE_REGISTER')
      return { layer: 'BASE_REGISTERS', key: 'base', kind: 'BASE_REGISTERS', name: null };
    if (node.subKind === 'COPY_REGISTER')
      return { layer: 'DISTRIBUTION', key: 'copies', kind: 'COPY_REGISTERS', name: null };
    return { layer: 'DISTRIBUTION', key: 'other-sources', kind: 'OTHER_SOURCES', name: null };
  }
  if (node.kind === 'INFRASTRUCTURE') {
    // Serviceplatformen carries register data to the systems, so it sits with the copy registers.
    if (node.subKind === 'SERVICE_PLATFORM')
      return { layer: 'DISTRIBUTION', key: 'service-platform', kind: 'SERVICE_PLATFORM', name: null };
    const componentKind = node.subKind ?? 'OTHER';
    return {
      layer: 'INFRASTRUCTURE',
      key: `infrastructure:${componentKind}`,
      kind: 'COMPONENT_KIND',
      name: componentKind,
    };
  }
  if (!node.unitId) return { layer: 'SYSTEMS', key: 'unit:none', kind: 'NO_UNIT', name: null };
  return { layer: 'SYSTEMS', key: `unit:${node.unitId}`, kind: 'UNIT', name: node.unitName ?? node.unitId };
}

// Fixed order inside the distribution layer; units and component kinds follow by name.
const FIXED_ORDER: Partial<Record<LandscapeGroupKind, number>> = {
  COPY_REGISTERS: 0,
  SERVICE_PLATFORM: 1,
  OTHER_SOURCES: 2,
  NO_UNIT: 1,
};

/**
 * Every node in exactly one group, every group in one layer; layers in reading order and empty
 * layers left out. Systems without a unit come last among the units.
 */
export function landscapeLayers(nodes: readonly LayerNodeInput[]): LandscapeLayer[] {
  const groups = new Map<string, LandscapeGroup & { layer: LandscapeLayerKey; members: LayerNodeInput[] }>();
  for (const node of nodes) {
    const place = placeOf(node);
    const group = groups.get(place.key);
    if (group) group.members.push(node);
    else groups.set(place.key, { ...place, memberIds: [], members: [node] });
  }
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
    collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const groupOrder = (a: LandscapeGroup, b: LandscapeGroup) =>
    (FIXED_ORDER[a.kind] ?? 0) - (FIXED_ORDER[b.kind] ?? 0) ||
    collator.compare(a.name ?? '', b.name ?? '') ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return LANDSCAPE_LAYERS.map((key) => ({
    key,
    groups: [...groups.values()]
      .filter((g) => g.layer === key)
      .map(({ key: groupKey, kind, name, members }) => ({
        key: groupKey,
        kind,
        name,
        memberIds: [...members].sort(byName).map((m) => m.id),
      }))
      .sort(groupOrder),
  })).filter((layer) => layer.groups.length > 0);
}
