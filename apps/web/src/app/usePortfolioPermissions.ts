import {
  canDecidePortfolio,
  canPrequalifyProposals,
  canProposeProjects,
  canRankPortfolio,
} from '@overblik/domain';
import { useActor } from './useActor';

/**
 * What the viewer may do in the portfolio of the chosen organisation: the same `can…` predicates
 * the API refuses by (ADR 0014).
 */
export function usePortfolioPermissions() {
  const { roles } = useActor();
  return {
    canPropose: canProposeProjects(roles),
    canPrequalify: canPrequalifyProposals(roles),
    canDecide: canDecidePortfolio(roles),
    canRank: canRankPortfolio(roles),
  };
}
