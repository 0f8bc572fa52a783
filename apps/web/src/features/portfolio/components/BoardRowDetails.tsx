import { Button, List, Popover, Stack, Text } from '@mantine/core';
import type { BoardFlag } from '@overblik/domain';
import { useTranslation } from 'react-i18next';

export interface BoardRowDetailsProps {
  name: string;
  flags: readonly BoardFlag[];
  divergence: number;
  /** Why the project is time-critical (translated). */
  reasons: readonly string[];
  /** The staffing sentence and, when short, what is missing. */
  staffing: string;
  score: string;
}

/** Everything behind a board row's one flag, on demand: all flags, their reasons, score and staffing. */
export function BoardRowDetails({ name, flags, divergence, reasons, staffing, score }: BoardRowDetailsProps) {
  const { t } = useTranslation('portfolio');
  const flagText = (flag: BoardFlag) =>
    flag === 'DIVERGES_FROM_SCORE'
      ? t('board.divergent', { count: Math.abs(divergence) })
      : t(`board.flag.${flag}`);
  return (
    <Popover position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button size="compact-xs" variant="subtle" aria-label={t('board.detailsLabel', { name })}>
          {t('board.details')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw={360} aria-label={t('board.detailsLabel', { name })}>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {name}
          </Text>
          {flags.length === 0 ? (
            <Text size="sm">{t('board.noFlags')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {flags.map((flag) => (
                <List.Item key={flag}>{flagText(flag)}</List.Item>
              ))}
              {reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          )}
          <Text size="sm">{score}</Text>
          <Text size="sm">{staffing}</Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
