export interface TreeUnit {
  id: string;
  name: string;
  parentId?: string | null;
}

export interface UnitRow<T extends TreeUnit> {
  unit: T;
  depth: number;
}

/**
 * Units in tree order (each parent followed by its children, siblings by name), with their depth.
 * A unit whose parent is not in the list is shown at the top level, so nothing disappears.
 */
export function orderUnitTree<T extends TreeUnit>(units: readonly T[], locale = 'da'): UnitRow<T>[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, T[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, locale);
  const rows: UnitRow<T>[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const unit of [...(children.get(parent) ?? [])].sort(byName)) {
      // A cycle in bad data must not loop forever.
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      rows.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}
