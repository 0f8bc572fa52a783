import type { Actor, Role } from '@overblik/domain';
import { useViewer } from './useViewer';

/**
 * The viewer as the shared `can…` predicates see them (ADR 0014): their roles in the chosen
 * organisation and their id. The web hides an action exactly when the API would refuse it.
 */
export function useActor(): Actor {
  const { viewer, organisation, memberships } = useViewer();
  const roles: readonly Role[] = memberships.find((m) => m.organisation.id === organisation?.id)?.roles ?? [];
  return { roles, viewerId: viewer?.id ?? '' };
}

/** Whether a role predicate (`canEditContract`, …) allows the viewer in the chosen organisation. */
export function useCan(allowed: (roles: readonly Role[]) => boolean): boolean {
  return allowed(useActor().roles);
}
