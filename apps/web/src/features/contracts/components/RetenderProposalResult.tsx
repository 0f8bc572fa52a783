import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link } from 'react-router';

/** What a started re-tender proposal was prefilled with (problem, as-is), with a link to its project. */
export function RetenderProposalResult({
  proposal,
  onClose,
}: {
  proposal: { problem: string; asIs: string; projectId: string };
  onClose: () => void;
}) {
  const { t } = useTranslation('contracts');
  return (
    <Stack gap="md">
      <Text size="sm">{t('retender.status')}</Text>
      <section aria-labelledby="retender-problem">
        <Title order={3} size="h5" id="retender-problem" mb="xs">
          {t('retender.problem')}
        </Title>
        <Text>{proposal.problem}</Text>
      </section>
      <section aria-labelledby="retender-asis">
        <Title order={3} size="h5" id="retender-asis" mb="xs">
          {t('retender.asIs')}
        </Title>
        <Paper withBorder p="sm" data-testid="retender-asis">
          <Markdown
            components={{
              // The section heading is an h3; the markdown's own headings sit below it.
              h2: ({ children }) => (
                <Title order={4} size="h6">
                  {children}
                </Title>
              ),
              h3: ({ children }) => (
                <Title order={5} size="h6">
                  {children}
                </Title>
              ),
            }}
          >
            {proposal.asIs}
          </Markdown>
        </Paper>
      </section>
      <Group justify="flex-end">
        <Button variant="default" component={Link} to="/portefolje" onClick={onClose}>
          {t('retender.toPortfolio')}
        </Button>
        <Button
          variant="default"
          component={Link}
          to={`/portefolje/projekter/${proposal.projectId}`}
          onClick={onClose}
        >
          {t('retender.toProject')}
        </Button>
        <Button onClick={onClose}>{t('retender.close')}</Button>
      </Group>
    </Stack>
  );
}
