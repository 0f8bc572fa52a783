import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const SystemWorkflows_usage = graphql(`
  fragment SystemWorkflows_usage on SystemUsage {
    id
    version
    workflows
  }
`);

/** The usage's workflows, written in Markdown by its owner. */
export function SystemWorkflows({ usage: ref }: { usage: FragmentType<typeof SystemWorkflows_usage> }) {
  const usage = getFragmentData(SystemWorkflows_usage, ref);
  const { t } = useTranslation('systems');
  return (
    <section aria-labelledby="system-workflows">
      <Title order={2} size="h3" id="system-workflows" mb="sm">
        {t('detail.workflows')}
      </Title>
      {usage.workflows ? (
        <Paper withBorder p="md">
          <Markdown>{usage.workflows}</Markdown>
        </Paper>
      ) : (
        <Text c="dimmed">{t('detail.noWorkflows')}</Text>
      )}
    </section>
  );
}
