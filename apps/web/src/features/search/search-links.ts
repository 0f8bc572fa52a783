import type { SearchKind } from '@overblik/domain';

/** The page each kind of search hit opens (supplier pages live under /leverandoerer). */
export function searchHitPath(kind: SearchKind, id: string): string {
  switch (kind) {
    case 'SYSTEM':
      return `/systemer/${id}`;
    case 'DATA_SOURCE':
      return `/datakilder/${id}`;
    case 'INTERFACE':
      return `/snitflader/${id}`;
    case 'CONTRACT':
      return `/kontrakter/${id}`;
    case 'SUPPLIER':
      return `/leverandoerer/${id}`;
    case 'PROJECT':
      return `/portefolje/projekter/${id}`;
    case 'BENEFIT':
      return `/gevinster/${id}`;
  }
}

/** Hits grouped by kind, groups in the order of their best hit (the API sends the best first). */
export function groupByKind<T extends { kind: SearchKind }>(hits: readonly T[]): [SearchKind, T[]][] {
  const groups = new Map<SearchKind, T[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups];
}
