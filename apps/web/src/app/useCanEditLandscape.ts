import { canEditCatalogueEntry, canEditLandscape } from '@overblik/domain';
import { useActor, useCan } from './useActor';
import { useViewer } from './useViewer';

/** Whether the viewer may edit the landscape in the chosen organisation (the API checks again). */
export function useCanEditLandscape(): boolean {
  return useCan(canEditLandscape);
}

/**
 * Whether the viewer may change a shared catalogue entry from the chosen organisation: the shared
 * `canEditCatalogueEntry`, so the edit action shows exactly when the API would accept it there.
 */
export function useCanEditCatalogueEntry(): (entry: { ownerOrganisationId?: string | null }) => boolean {
  const { organisation } = useViewer();
  const { roles } = useActor();
  return (entry) =>
    !!organisation &&
    canEditCatalogueEntry(
      { organisationId: organisation.id, roles },
      { ownerOrganisationId: entry.ownerOrganisationId ?? null },
    );
}
