import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ReorderInScenarioDocument, ReorderProjectDocument } from '../graphql/portfolio.documents';

/** Neighbours of a row after it was moved from one index to another (null = start or end). */
export function neighboursAfterMove(ids: readonly string[], from: number, to: number) {
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return { order: next, beforeId: next[to - 1] ?? null, afterId: next[to + 1] ?? null };
}

/**
 * Sends one move to the API: the live reorder, or the scenario's own when a scenario is shown.
 * The board is refetched afterwards, so the capacity line and scores follow the server's order.
 */
export function useBoardMoves(scenarioId: string | null, refetch: () => Promise<unknown>) {
  const [reorderLive, live] = useMutation(ReorderProjectDocument);
  const [reorderScenario, scenario] = useMutation(ReorderInScenarioDocument);
  const move = useCallback(
    async (projectId: string, beforeId: string | null, afterId: string | null) => {
      if (scenarioId) await reorderScenario({ variables: { scenarioId, projectId, beforeId, afterId } });
      else await reorderLive({ variables: { projectId, beforeId, afterId } });
      await refetch();
    },
    [scenarioId, reorderLive, reorderScenario, refetch],
  );
  return { move, error: live.error ?? scenario.error, saving: live.loading || scenario.loading };
}
