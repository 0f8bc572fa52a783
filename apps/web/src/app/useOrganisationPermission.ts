import { hasPermission, type Permission } from '@overblik/domain';
import { useActor } from './useActor';

/** Whether the viewer holds a permission in the chosen organisation (the API checks again). */
export function useOrganisationPermission(permission: Permission): boolean {
  return hasPermission(useActor().roles, permission);
}
