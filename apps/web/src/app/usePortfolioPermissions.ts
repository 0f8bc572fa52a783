import { hasPermission } from '@overblik/domain';
import { useViewer } from './useViewer';

/** What the viewer may do in the portfolio of the chosen organisation (the API checks again). */
export function usePortfolioPermissions() {
  const { organisation, memberships } = useViewer();
  const roles = memberships.find((m) => m.organisation.id === organisation?.id)?.roles ?? [];
  return {
    canPropose: hasPermission(roles, 'portfolio.propose'),
    canPrequalify: hasPermission(roles, 'portfolio.prequalify'),
    canDecide: hasPermission(roles, 'portfolio.decide'),
    canRank: hasPermission(roles, 'portfolio.rank'),
    canCoordinate: hasPermission(roles, 'portfolio.coordinate'),
  };
}
