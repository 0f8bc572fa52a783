import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { LifecycleBadge } from '../../../ui/LifecycleBadge';
import { useFormatters } from '../../../ui/useFormatters';

export const DataSourceFacts_source = graphql(`
  fragment DataSourceFacts_source on DataSource {
    id
    kind
    registerFamily
    defaultChannel
    lifecycle
    endsOn
  }
`);

/** The catalogue basics of one data source. */
export function DataSourceFacts({ source: ref }: { source: FragmentType<typeof DataSourceFacts_source> }) {
  const source = getFragmentData(DataSourceFacts_source, ref);
  const { t } = useTranslation(['dataSources', 'common', 'systems']);
  const { formatDate } = useFormatters();
  const facts: [string, ReactNode][] = [
    [t('columns.kind'), t(`kind.${source.kind}`)],
    [t('columns.registerFamily'), source.registerFamily ?? t('common:notSet')],
    [t('columns.defaultChannel'), t(`channel.${source.defaultChannel}`)],
    [t('systems:columns.lifecycle'), <LifecycleBadge key="l" lifecycle={source.lifecycle} />],
    [t('columns.endsOn'), source.endsOn ? formatDate(source.endsOn) : t('common:notSet')],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="data-source-facts">
      <Title order={2} size="h4" id="data-source-facts" mb="xs">
        {t('detail.basics')}
      </Title>
      <FactList facts={facts} />
    </Paper>
  );
}

/** Label and value pairs as a description list. */
export function FactList({ facts }: { facts: readonly [string, ReactNode][] }) {
  return (
    <dl>
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" ml={0} mb="xs">
            {value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
