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
