import { useQuery } from '@apollo/client/react';
import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from '../features/portfolio/components/BoardMeeting.module.css';
import { AgendaItem } from '../features/portfolio/components/AgendaItem';
import { BoardAgendaDocument } from '../features/portfolio/graphql/proposal.documents';
import { usePortfolioPermissions } from '../app/usePortfolioPermissions';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

/** What awaits the council and the board, as a printable agenda with decision panels. */
export function BoardMeetingPage() {
  const { t } = useTranslation('portfolio');
  const { canPrequalify, canDecide } = usePortfolioPermissions();
  const { data, loading, error, refetch } = useQuery(BoardAgendaDocument);
  const agenda = data?.boardAgenda;
  const sections = [
    {
      key: 'council',
      stage: 'COUNCIL' as const,
      items: agenda?.awaitingCouncil ?? [],
      mayDecide: canPrequalify,
    },
    {
      key: 'board' as const,
      stage: 'BOARD' as const,
      items: agenda?.awaitingBoard ?? [],
      mayDecide: canDecide,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('agenda.title')}
        description={t('agenda.description')}
        actions={
          <Button variant="default" className="no-print" onClick={() => window.print()}>
            {t('agenda.print')}
          </Button>
        }
      />
      <QueryState
        loading={loading && !agenda}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('agenda.loading')}
      >
        <Stack className={classes.agenda} gap="xl">
          {sections.map((s) => (
            <section key={s.key} aria-labelledby={`agenda-${s.key}`}>
              <Title order={2} size="h3" id={`agenda-${s.key}`} mb="sm">
                {s.key === 'council'
                  ? t('agenda.council', { count: s.items.length })
                  : t('agenda.board', { count: s.items.length })}
              </Title>
              {s.items.length === 0 ? (
                <Text c="dimmed">{t('agenda.nothing')}</Text>
              ) : (
                <Stack gap="sm">
                  {s.items.map((p, i) => (
                    <AgendaItem key={i} proposal={p} stage={s.stage} mayDecide={s.mayDecide} number={i + 1} />
                  ))}
                </Stack>
              )}
            </section>
          ))}
        </Stack>
      </QueryState>
    </>
  );
}
