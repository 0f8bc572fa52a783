import { hasPermission, type Permission } from '@overblik/domain';
import { useViewer } from './useViewer';

/** Whether the viewer holds a permission in the chosen organisation (the API checks again). */
export function useOrganisationPermission(permission: Permission): boolean {
  const { organisation, memberships } = useViewer();
  const roles = memberships.find((m) => m.organisation.id === organisation?.id)?.roles ?? [];
  return hasPermission(roles, permission);
}
