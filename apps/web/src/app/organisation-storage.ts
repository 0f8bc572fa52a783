/** The chosen organisation, remembered per browser; sent to the API as `x-overblik-organisation`. */
export const ORGANISATION_STORAGE_KEY = 'overblik.organisation';

export function readStoredOrganisation(): string | null {
  try {
    return window.localStorage.getItem(ORGANISATION_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeOrganisation(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(ORGANISATION_STORAGE_KEY, id);
    else window.localStorage.removeItem(ORGANISATION_STORAGE_KEY);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
}
