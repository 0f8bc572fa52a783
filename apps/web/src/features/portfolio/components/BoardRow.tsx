import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Badge, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { boardFlags, type BoardFlag, type BoardStaffing, type TimeCriticalityLevel } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import { BoardRowDetails } from './BoardRowDetails';
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

/** Badge colours: red for what is already late, orange for what needs a decision, blue for a duty. */
const FLAG_COLOUR: Record<BoardFlag, string> = {
  DEADLINE_PASSED: 'red',
  URGENT: 'orange',
  WAITS_FOR_LOWER: 'orange',
  DIVERGES_FROM_SCORE: 'orange',
  MANDATORY: 'blue',
  DEADLINE_SOON: 'yellow',
};

interface BoardRowProps {
  entry: FragmentType<typeof BoardRow_entry>;
  position: number;
  total: number;
  canMove: boolean;
  /** Where the row stands against the capacity line (`boardStaffing`, the same rule as the line). */
  staffing: BoardStaffing;
  /** Names of the projects on the board this one depends on. */
  dependsOn: readonly string[];
  /** One of them stands below this project: it waits for a project ranked later. */
  dependsOnLower: boolean;
  onMove: (delta: -1 | 1) => void;
}

/**
 * One project on the board: manual rank, weighted score beside it, its staffing against the
 * capacity line, its one most pressing flag (the rest behind "Details") and move controls.
 * Narrow screens stack score, flag and controls under the name, so nothing leaves the screen.
 */
export function BoardRow({
  entry: ref,
  position,
  total,
  canMove,
  staffing,
  dependsOn,
  dependsOnLower,
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
  const flags = boardFlags({
    urgency: entry.timeCriticality.level as TimeCriticalityLevel,
    divergent: entry.divergent,
    mandatory: entry.mandatory,
    dependsOnLower,
  });
  const primary = flags[0];
  const rowClass = [classes.row, isDragging && classes.dragging, entry.divergent && classes.divergent]
    .filter(Boolean)
    .join(' ');
  const shortfall =
    staffing !== 'ABOVE_LINE' && entry.firstShortfall
      ? ` – ${t('board.shortfall', {
          competency: entry.firstShortfall.competencyName,
          quarter: entry.firstShortfall.quarter,
          hours: formatNumber(entry.firstShortfall.shortfallHours, { maximumFractionDigits: 1 }),
        })}`
      : '';
  const staffingText = `${t(`board.staffing.${staffing}`)}${shortfall}`;
  const scoreText = `${t('board.score', { score: formatNumber(entry.score, { maximumFractionDigits: 1 }) })} · ${t(
    'board.scoreRank',
    { position: entry.scorePosition },
  )}`;
  return (
    <div
      ref={setNodeRef}
      className={rowClass}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="board-row"
      data-staffing={staffing}
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
      <div className={classes.main}>
        <Link to={`/portefolje/projekter/${entry.project.id}`}>{name}</Link>
        <Text size="xs" c={staffing === 'ABOVE_LINE' ? 'dimmed' : 'red.9'} data-testid="board-staffing">
          {staffingText}
        </Text>
        {dependsOn.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('board.dependsOn', { names: dependsOn.join(', ') })}
          </Text>
        )}
      </div>
      <Text size="sm" className={classes.score}>
        {scoreText}
      </Text>
      <Group gap={4} wrap="nowrap" className={classes.flags}>
        {primary && (
          <Badge color={FLAG_COLOUR[primary]} variant="light" autoContrast data-testid="board-flag">
            {primary === 'DIVERGES_FROM_SCORE'
              ? t('board.divergent', { count: Math.abs(entry.divergence) })
              : t(`board.flag.${primary}`)}
          </Badge>
        )}
        {flags.length > 1 && (
          <Text size="xs" c="dimmed">
            {t('board.moreFlags', { count: flags.length - 1 })}
          </Text>
        )}
        <BoardRowDetails
          name={name}
          flags={flags}
          divergence={entry.divergence}
          reasons={entry.timeCriticality.reasons.map((r) =>
            t(`board.reason.${r as 'REMOVES_COPY_REGISTER'}`),
          )}
          staffing={staffingText}
          score={scoreText}
        />
      </Group>
      {canMove ? (
        <Group gap={4} wrap="nowrap" className={classes.moves}>
          <Button
            size="compact-sm"
            variant="default"
            disabled={position === 1}
            onClick={() => onMove(-1)}
            aria-label={t('board.moveUpLabel', { name })}
          >
            {t('board.moveUp')}
          </Button>
          <Button
            size="compact-sm"
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
