import type { DataSourceKind, Lifecycle } from '../../gql/graphql';

/** Colours chosen to stay apart for common colour-vision deficiencies; the legend always names them. */
export const LIFECYCLE_COLOURS: Record<Lifecycle, string> = {
  PLANNED: '#1c7ed6',
  IN_USE: '#2f9e44',
  PHASING_OUT: '#e8590c',
  RETIRED: '#868e96',
};

export const DATA_SOURCE_COLOURS: Record<DataSourceKind, string> = {
  BASE_REGISTER: '#6741d9',
  COPY_REGISTER: '#c2255c',
  INTERNAL: '#0c8599',
  EXTERNAL: '#5c940d',
};

export const INFRASTRUCTURE_COLOUR = '#495057';

export function nodeColour(node: { kind: string; lifecycle: Lifecycle; subKind: string | null }): string {
  if (node.kind === 'USAGE') return LIFECYCLE_COLOURS[node.lifecycle];
  if (node.kind === 'DATA_SOURCE')
    return DATA_SOURCE_COLOURS[node.subKind as DataSourceKind] ?? INFRASTRUCTURE_COLOUR;
  return INFRASTRUCTURE_COLOUR;
}

/** What the node colours show; the legend follows. */
export type ColourMode = 'type' | 'unit' | 'contract';
export const COLOUR_MODES: readonly ColourMode[] = ['type', 'unit', 'contract'];

export const CONTRACT_STATUS_COLOURS: Record<string, string> = {
  ACTIVE: '#2f9e44',
  ENDING: '#e8590c',
  EXPIRED: '#c92a2a',
  NONE: '#868e96',
};

/** Twelve well-separated hues; units beyond twelve reuse them (the legend names every unit). */
const UNIT_PALETTE = [
  '#1c7ed6',
  '#e8590c',
  '#2f9e44',
  '#c2255c',
  '#6741d9',
  '#0c8599',
  '#f08c00',
  '#5c940d',
  '#9c36b5',
  '#364fc7',
  '#a61e4d',
  '#087f5b',
];

/** A colour per unit, by the units' sorted ids so the same unit keeps its colour. */
export function unitColours(unitIds: Iterable<string>): Map<string, string> {
  return new Map([...new Set(unitIds)].sort().map((id, i) => [id, UNIT_PALETTE[i % UNIT_PALETTE.length]]));
}

export function nodeColourBy(
  node: {
    kind: string;
    lifecycle: Lifecycle;
    subKind: string | null;
    unitId: string | null;
    contractStatus?: string | null;
  },
  mode: ColourMode,
  units: ReadonlyMap<string, string>,
): string {
  if (mode === 'type' || node.kind !== 'USAGE') return nodeColour(node);
  if (mode === 'unit') return units.get(node.unitId ?? 'none') ?? INFRASTRUCTURE_COLOUR;
  return CONTRACT_STATUS_COLOURS[node.contractStatus ?? 'NONE'];
}
