import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useQuery } from '@apollo/client/react';
import { Alert, Stack, Text } from '@mantine/core';
import { boardStaffing, dependenciesRankedBelow } from '@overblik/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { PortfolioBoardDocument } from '../graphql/portfolio.documents';
import { neighboursAfterMove, useBoardMoves } from '../hooks/useBoardMoves';
import { usePortfolioPermissions } from '../../../app/usePortfolioPermissions';
import { boardAnnouncements } from './board-announcements';
import { BoardRow } from './BoardRow';
import classes from './RankingBoard.module.css';

/**
 * The board's manual ranking (drag and drop, keyboard, or move buttons) with the weighted score
 * beside each project and the capacity line drawn above the first project that does not fit; a
 * project ranked above one it depends on is flagged.
 */
export function RankingBoard({
  scenarioId,
  categoryId = null,
}: {
  scenarioId: string | null;
  /** Shows only the projects in this category; moves wait until the whole board is shown. */
  categoryId?: string | null;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const { canRank } = usePortfolioPermissions();
  const { data, loading, error, refetch } = useQuery(PortfolioBoardDocument, { variables: { scenarioId } });
  const board = data?.portfolioBoard;
  const entries = useMemo(() => board?.entries ?? [], [board]);
  // A move shows at once; when the refetched board arrives (new entries) the server's order wins.
  const [pending, setPending] = useState<{ base: typeof entries; order: string[] } | null>(null);
  const order = pending?.base === entries ? pending.order : entries.map((e) => e.project.id);
  const { move, error: moveError } = useBoardMoves(scenarioId, refetch);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const byId = new Map(entries.map((e) => [e.project.id, e]));
  // Dependencies as the board stands now, and those ranked below the project that needs them.
  const edges = entries.flatMap((e) =>
    e.project.dependsOnIds.map((d) => ({ projectId: e.project.id, dependsOnId: d })),
  );
  const rankedBelow = dependenciesRankedBelow(order, edges);
  const names = (ids: readonly string[]) =>
    ids.map((d) => byId.get(d)?.project.name).filter((n): n is string => !!n);
  const moveTo = (from: number, to: number) => {
    if (from === to || to < 0 || to >= order.length) return;
    const { order: next, beforeId, afterId } = neighboursAfterMove(order, from, to);
    setPending({ base: entries, order: next });
    void move(next[to], beforeId, afterId).catch(() => setPending(null));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over) moveTo(order.indexOf(String(active.id)), order.indexOf(String(over.id)));
  };
  const a11y = boardAnnouncements(
    t,
    (id) => byId.get(String(id))?.project.name ?? '',
    (id) => order.indexOf(String(id)) + 1,
    order.length,
  );
  // The line follows the server's order; while a move is in flight the old line stays put.
  const lineIndex = board?.capacityLineIndex ?? null;
  // Filtered, the rows keep their place in the whole ranking and the line sits above the first
  // shown project at or below it.
  const shown = categoryId
    ? order.filter((id) => byId.get(id)?.project.categories.some((c) => c.id === categoryId))
    : order;
  const lineAt =
    lineIndex === null
      ? null
      : categoryId
        ? (shown.find((id) => entries.findIndex((e) => e.project.id === id) >= lineIndex) ?? null)
        : (entries[lineIndex]?.project.id ?? null);

  return (
    <QueryState
      loading={loading && !board}
      error={error}
      onRetry={() => void refetch()}
      empty={entries.length === 0}
      loadingLabel={t('board.loading')}
      emptyText={t('board.empty')}
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('board.help', { threshold: board?.divergenceThreshold ?? 0 })}
        </Text>
        {categoryId && (
          <Text size="sm" role="status">
            {t('board.filtered', { shown: shown.length, total: order.length })}
          </Text>
        )}
        {moveError && (
          <Alert color="red" role="alert">
            {describeError(moveError)}
          </Alert>
        )}
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={a11y}
        >
          <SortableContext items={order} strategy={verticalListSortingStrategy}>
            <ol className={classes.list} aria-label={t('board.listLabel')}>
              {shown.map((id) => {
                const entry = byId.get(id);
                if (!entry) return null;
                const index = order.indexOf(id);
                const lineHere = id === lineAt;
                return (
                  <li key={id}>
                    {lineHere && (
                      <div className={classes.capacityLine} data-testid="capacity-line">
                        {t('board.capacityLine')}
                      </div>
                    )}
                    <BoardRow
                      entry={entry}
                      position={index + 1}
                      total={order.length}
                      canMove={canRank && !categoryId}
                      staffing={boardStaffing(entries.indexOf(entry), lineIndex, entry.fits)}
                      dependsOn={names(entry.project.dependsOnIds)}
                      dependsOnLower={rankedBelow.has(id)}
                      onMove={(delta) => moveTo(index, index + delta)}
                    />
                  </li>
                );
              })}
            </ol>
          </SortableContext>
        </DndContext>
        {lineIndex === null && <Text size="sm">{t('board.allFit')}</Text>}
      </Stack>
    </QueryState>
  );
}
