import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Badge, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import classes from './RankingBoard.module.css';

/**
 * A board entry is computed by the server and has no id of its own, so it is not normalised: a
 * change to the ranking, scores or capacity reads the board again (see `RankingBoard`).
 */
export const BoardRow_entry = graphql(`
  fragment BoardRow_entry on PortfolioBoardEntry {
    score
    mandatory
    scorePosition
    divergence
    divergent
    firstShortfall {
      competencyName
      quarter
      shortfallHours
    }
    timeCriticality {
      level
      reasons
    }
    project {
      id
      name
    }
  }
`);

const URGENCY = { NONE: 'gray', SOON: 'yellow', URGENT: 'orange', OVERDUE: 'red' } as const;

interface BoardRowProps {
  entry: FragmentType<typeof BoardRow_entry>;
  position: number;
  total: number;
  canMove: boolean;
  belowLine: boolean;
  /** Names of the projects on the board this one depends on. */
  dependsOn: readonly string[];
  /** One of them stands below this project: it waits for a project ranked later. */
  dependencyBelow: boolean;
  onMove: (delta: -1 | 1) => void;
}

/** One project on the board: manual rank, weighted score beside it, urgency, and move controls. */
export function BoardRow({
  entry: ref,
  position,
  total,
  canMove,
  belowLine,
  dependsOn,
  dependencyBelow,
  onMove,
}: BoardRowProps) {
  const entry = getFragmentData(BoardRow_entry, ref);
  const { t } = useTranslation('portfolio');
  const { formatNumber } = useFormatters();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: entry.project.id,
    disabled: !canMove,
  });
  const name = entry.project.name;
  const level = entry.timeCriticality.level as keyof typeof URGENCY;
  const rowClass = [classes.row, isDragging && classes.dragging, entry.divergent && classes.divergent]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      ref={setNodeRef}
      className={rowClass}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="board-row"
    >
      <UnstyledButton
        className={classes.handle}
        aria-label={t('board.dragHandle', { name })}
        {...attributes}
        {...listeners}
      >
        ⠿
      </UnstyledButton>
      <Text fw={700} aria-label={t('board.position', { position })}>
        {position}.
      </Text>
      <div>
        <Link to={`/portefolje/projekter/${entry.project.id}`}>{name}</Link>
        <Text size="xs" c="dimmed">
          {belowLine ? t('board.doesNotFit') : t('board.fits')}
          {entry.firstShortfall &&
            ` – ${t('board.shortfall', {
              competency: entry.firstShortfall.competencyName,
              quarter: entry.firstShortfall.quarter,
              hours: formatNumber(entry.firstShortfall.shortfallHours, { maximumFractionDigits: 1 }),
            })}`}
        </Text>
        {dependsOn.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('board.dependsOn', { names: dependsOn.join(', ') })}
          </Text>
        )}
      </div>
      <Text size="sm">
        {t('board.score', { score: formatNumber(entry.score, { maximumFractionDigits: 1 }) })}
        {' · '}
        {t('board.scoreRank', { position: entry.scorePosition })}
      </Text>
      <Group gap={4}>
        {entry.mandatory && <Badge variant="light">{t('board.mandatory')}</Badge>}
        {dependencyBelow && (
          <Badge color="orange" variant="light" autoContrast>
            {t('board.dependencyBelow')}
          </Badge>
        )}
        {entry.divergent && (
          <Badge color="orange" variant="light" autoContrast>
            {t('board.divergent', { count: Math.abs(entry.divergence) })}
          </Badge>
        )}
      </Group>
      {level !== 'NONE' ? (
        <Badge
          color={URGENCY[level]}
          variant="light"
          autoContrast
          title={entry.timeCriticality.reasons
            .map((r) => t(`board.reason.${r as 'REMOVES_COPY_REGISTER'}`))
            .join(', ')}
        >
          {t(`board.urgency.${level}`)}
        </Badge>
      ) : (
        <span />
      )}
      {canMove ? (
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-xs"
            variant="default"
            disabled={position === 1}
            onClick={() => onMove(-1)}
            aria-label={t('board.moveUpLabel', { name })}
          >
            {t('board.moveUp')}
          </Button>
          <Button
            size="compact-xs"
            variant="default"
            disabled={position === total}
            onClick={() => onMove(1)}
            aria-label={t('board.moveDownLabel', { name })}
          >
            {t('board.moveDown')}
          </Button>
        </Group>
      ) : (
        <span />
      )}
    </div>
  );
}
