import type { ColumnMapping } from './kitos-columns';
import { readText, type RawCell } from './kitos-cells';
import { isBlankRow, type PlanLine, type PlanProblem, type Ref, type SheetRow } from './import-plan.types';

export interface UnitSnapshot {
  units: { id: string; name: string; parentId: string | null; code: string | null }[];
}

export interface UnitAction {
  unitId: string | null;
  name: string;
  /** The parent: an existing unit, one created by an earlier line, or none. */
  parent: Ref | null;
  code: string | null;
}

/**
 * Plans KITOS's organisation-unit import template (Id, Overordnet enhed, Navn, EAN). A row matches
 * the unit with its exact name; "Overordnet enhed" names the parent by the Id or the name of
 * another row, or the name of an existing unit. A parent that would make the tree a cycle is
 * refused on every row of the cycle. Lines come parents first (refused rows last), so the API can
 * create them in order; a report sorts them by row.
 */
export function planUnitImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: UnitSnapshot,
): PlanLine<UnitAction>[] {
  const col = (field: string) => mapping.find((m) => m.target === field);
  const titleOf = (field: string) => col(field)?.title ?? field;
  const cell = (cells: readonly RawCell[], field: string): RawCell => {
    const m = col(field);
    return m ? (cells[m.column] ?? null) : null;
  };
  const existingByName = new Map(snapshot.units.map((u) => [u.name, u]));

  type Parsed = { line: PlanLine<UnitAction>; id: string; parentText: string; code: string | null };
  const parsed: Parsed[] = [];
  const rowByName = new Map<string, number>();
  const rowById = new Map<string, number>();
  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const errors: PlanProblem[] = [];
    const text = (field: string) => {
      const r = readText(cell(cells, field));
      if (r.ok) return r.value;
      errors.push({ column: titleOf(field), ...r.problem });
      return '';
    };
    const name = text('name');
    const id = text('id');
    const parentText = text('parent');
    const code = text('ean') || null;
    if (!name && !errors.length) errors.push({ column: titleOf('name'), message: 'import.error.required' });
    if (name && rowByName.has(name)) {
      errors.push({
        column: titleOf('name'),
        message: 'import.error.duplicateName',
        params: { row: rowByName.get(name)! },
      });
    }
    const line: PlanLine<UnitAction> = {
      row,
      name,
      status: 'ERROR',
      errors,
      warnings: [],
      changes: [],
      action: null,
    };
    parsed.push({ line, id, parentText, code });
    if (errors.length) continue;
    rowByName.set(name, row);
    if (id) rowById.set(id, row);
  }

  // The tree as it would be after the import: existing parents, overlaid by the file's.
  const parentOf = new Map<string, string | null>();
  const existingName = new Map(snapshot.units.map((u) => [u.id, u.name]));
  for (const u of snapshot.units)
    parentOf.set(u.name, u.parentId ? (existingName.get(u.parentId) ?? null) : null);
  const good = parsed.filter((p) => !p.line.errors.length);
  const parentName = new Map<Parsed, string | null>();
  for (const p of good) {
    let parent: string | null = null;
    if (p.parentText) {
      const byRow = rowById.get(p.parentText) ?? rowByName.get(p.parentText);
      const rowLine = byRow !== undefined ? good.find((g) => g.line.row === byRow) : undefined;
      parent = rowLine?.line.name ?? (existingByName.has(p.parentText) ? p.parentText : null);
      if (!parent) {
        p.line.errors.push({
          column: titleOf('parent'),
          message: 'import.error.unknownParent',
          params: { value: p.parentText },
        });
      }
    }
    parentName.set(p, parent);
    parentOf.set(p.line.name, parent);
  }
  for (const p of good) {
    // Walking up from the row, reaching the row itself again means a cycle.
    let at = parentOf.get(p.line.name) ?? null;
    for (let steps = 0; at && steps <= parentOf.size; steps++) {
      if (at === p.line.name) {
        p.line.errors.push({ column: titleOf('parent'), message: 'import.error.cycle' });
        break;
      }
      at = parentOf.get(at) ?? null;
    }
  }

  // Parents first: a line's parent row is planned before it.
  const ordered: Parsed[] = [];
  const placed = new Set<Parsed>();
  const place = (p: Parsed) => {
    if (placed.has(p)) return;
    placed.add(p);
    const parent = parentName.get(p);
    const parentLine = parent ? good.find((g) => g.line.name === parent) : undefined;
    if (parentLine && !parentLine.line.errors.length) place(parentLine);
    ordered.push(p);
  };
  for (const p of parsed) if (!p.line.errors.length) place(p);
  const lineOfName = new Map(ordered.map((p) => [p.line.name, p.line]));

  for (const p of ordered) {
    const existing = existingByName.get(p.line.name);
    const parent = parentName.get(p) ?? null;
    let ref: Ref | null = null;
    if (parent) {
      const existingParent = existingByName.get(parent);
      const parentLine = lineOfName.get(parent);
      ref = existingParent
        ? { id: existingParent.id }
        : parentLine && parentLine.status !== 'ERROR'
          ? { row: parentLine.row }
          : null;
      if (!ref) {
        // The parent's own row was refused, so this one cannot land under it either.
        p.line.errors.push({
          column: titleOf('parent'),
          message: 'import.error.unknownParent',
          params: { value: parent },
        });
        continue;
      }
    }
    if (existing) {
      const parentId = ref && 'id' in ref ? ref.id : undefined;
      if (
        parentId !== undefined ? parentId !== existing.parentId : ref !== null || existing.parentId !== null
      ) {
        p.line.changes.push('parent');
      }
      if (p.code !== existing.code) p.line.changes.push('code');
      p.line.status = p.line.changes.length ? 'UPDATE' : 'UNCHANGED';
    } else p.line.status = 'CREATE';
    if (p.line.status !== 'UNCHANGED') {
      p.line.action = { unitId: existing?.id ?? null, name: p.line.name, parent: ref, code: p.code };
    }
  }
  const errorLines = parsed.filter((p) => !placed.has(p)).map((p) => p.line);
  return [...ordered.map((p) => p.line), ...errorLines];
}
