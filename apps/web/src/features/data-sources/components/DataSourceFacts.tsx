import { Anchor, List, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
    costModel
    yearlyCost
    uses {
      id
      usageId
      usageName
      channel
      yearlyCost
      authoritative
    }
  }
`);

/** The basics of one data source and who in the organisation uses it. */
export function DataSourceFacts({ source: ref }: { source: FragmentType<typeof DataSourceFacts_source> }) {
  const source = getFragmentData(DataSourceFacts_source, ref);
  const { t } = useTranslation(['dataSources', 'common', 'systems']);
  const { formatDate, formatKr } = useFormatters();
  const facts: [string, ReactNode][] = [
    [t('columns.kind'), t(`kind.${source.kind}`)],
    [t('columns.registerFamily'), source.registerFamily ?? t('common:notSet')],
    [t('columns.defaultChannel'), t(`channel.${source.defaultChannel}`)],
    [t('systems:columns.lifecycle'), <LifecycleBadge key="l" lifecycle={source.lifecycle} />],
    [t('columns.endsOn'), source.endsOn ? formatDate(source.endsOn) : t('common:notSet')],
    [t('form.costModel'), source.costModel || t('common:notSet')],
    [t('columns.yearlyCost'), formatKr(source.yearlyCost)],
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder p="md">
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
      </Paper>
      <Paper withBorder p="md" component="section" aria-label={t('columns.usedBy')}>
        <Text fw={500} mb="xs">
          {t('columns.usedBy')}
        </Text>
        {source.uses.length ? (
          <List size="sm" listStyleType="none" spacing={4}>
            {source.uses.map((u) => (
              <List.Item key={u.id}>
                <Anchor component={Link} to={`/systemer/${u.usageId}`} size="sm">
                  {u.usageName}
                </Anchor>{' '}
                ({t(`channel.${u.channel}`)}, {formatKr(u.yearlyCost)}
                {u.authoritative ? '' : `, ${t('copy')}`})
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed" size="sm">
            {t('detail.unused')}
          </Text>
        )}
      </Paper>
    </SimpleGrid>
  );
}
