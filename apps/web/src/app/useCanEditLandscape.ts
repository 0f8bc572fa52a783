import { hasPermission } from '@overblik/domain';
import { useViewer } from './useViewer';

/** Whether the viewer may edit the landscape in the chosen organisation (the API checks again). */
export function useCanEditLandscape(): boolean {
  const { organisation, memberships } = useViewer();
  const roles = memberships.find((m) => m.organisation.id === organisation?.id)?.roles ?? [];
  return hasPermission(roles, 'landscape.edit');
}
