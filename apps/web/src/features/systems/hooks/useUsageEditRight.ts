import { useQuery } from '@apollo/client/react';
import { usageEditRight, type UsageEditRight, type UsageKeepers } from '@overblik/domain';
import { useActor } from '../../../app/useActor';
import { graphql } from '../../../gql';

export const UsageEditPolicyDocument = graphql(`
  query UsageEditPolicy {
    usageEditPolicy {
      viewerUnitId
      systemOwnersEditUnitUsages
      units {
        id
        parentId
      }
    }
  }
`);

/**
 * Whether (and why not) the viewer may edit this usage and what hangs on it: the shared
 * `usageEditRight`, as the API asks it (ADR 0029). Null while the policy loads, so no control
 * flashes up and disappears again.
 */
export function useUsageEditRight(usage: UsageKeepers | null | undefined): UsageEditRight | null {
  const actor = useActor();
  const { data } = useQuery(UsageEditPolicyDocument);
  const policy = data?.usageEditPolicy;
  if (!usage || !policy) return null;
  return usageEditRight(
    { viewerId: actor.viewerId, roles: actor.roles, unitId: policy.viewerUnitId ?? null },
    usage,
    { systemOwnersEditUnitUsages: policy.systemOwnersEditUnitUsages, units: policy.units },
  );
}
