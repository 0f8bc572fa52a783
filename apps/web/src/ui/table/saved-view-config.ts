import type { ColumnFiltersState, SortingState, VisibilityState } from '@tanstack/react-table';

/** The table state a saved view restores (the API validates the same shape). */
export interface TableViewConfig {
  columnVisibility: VisibilityState;
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
}

/** Reads a stored config defensively: views saved by older clients may lack a slice. */
export function toTableViewConfig(raw: Record<string, unknown>): TableViewConfig {
  return {
    columnVisibility: (raw.columnVisibility as VisibilityState | undefined) ?? {},
    sorting: Array.isArray(raw.sorting) ? (raw.sorting as SortingState) : [],
    columnFilters: Array.isArray(raw.columnFilters) ? (raw.columnFilters as ColumnFiltersState) : [],
  };
}

/** Per user and organisation: several people may share a browser. */
const storageKey = (scope: string, tableKey: string) => `overblik.savedView.${scope}.${tableKey}`;

/**
 * The view the user last chose for a table: an id, '' for "no view" (chosen explicitly), or null
 * when the user has chosen nothing, which is when the organisation default applies.
 */
export function storedChoice(scope: string, tableKey: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(scope, tableKey));
  } catch {
    return null;
  }
}

export function storeChoice(scope: string, tableKey: string, viewId: string): void {
  try {
    window.localStorage.setItem(storageKey(scope, tableKey), viewId);
  } catch {
    // Private mode or a full quota: the choice just is not remembered across reloads.
  }
}
