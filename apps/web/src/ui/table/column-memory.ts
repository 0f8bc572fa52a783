import type { VisibilityState } from '@tanstack/react-table';

/**
 * The columns a user last chose for a table, per user and organisation (several people may share a
 * browser), so a column choice survives a reload without saving a view. A saved view, when one is
 * chosen, still wins: it is restored after this.
 */
const storageKey = (scope: string, tableKey: string) => `overblik.columns.${scope}.${tableKey}`;

export function storedColumns(scope: string, tableKey: string): VisibilityState | null {
  try {
    const raw = window.localStorage.getItem(storageKey(scope, tableKey));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    // Only booleans: anything else was not written by this code.
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
    );
  } catch {
    return null;
  }
}

export function storeColumns(scope: string, tableKey: string, visibility: VisibilityState): void {
  try {
    window.localStorage.setItem(storageKey(scope, tableKey), JSON.stringify(visibility));
  } catch {
    // Private mode or a full quota: the choice just is not remembered across reloads.
  }
}
