import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import { LifecycleBadge } from '../../../ui/LifecycleBadge';

export const SystemFacts_usage = graphql(`
  fragment SystemFacts_usage on SystemUsage {
    id
    version
    system {
      id
      name
    }
    lifecycle
    owner {
      id
      name
    }
    ownerPerson {
      id
      name
    }
    custodian {
      id
      name
    }
    responsibleUnit {
      id
      name
    }
    inUseFrom
    inUseUntil
    hosting
    infrastructure {
      id
      name
    }
    userCount
    capabilities
    taskAreas
    usesServicePlatform
    usesSupportSystems
    standardsMet
    architectureFitNote
    asIs
    toBe
    yearlyCost
    dataYearlyCost
  }
`);

/** The usage's facts as a description list (label, value), readable in any layout. */
export function SystemFacts({ usage: ref }: { usage: FragmentType<typeof SystemFacts_usage> }) {
  const usage = getFragmentData(SystemFacts_usage, ref);
  const { t } = useTranslation(['systems', 'common']);
  const { formatKr, formatNumber, formatDate } = useFormatters();
  const notSet = t('common:notSet');
  const yesNo = (value: boolean) => (value ? t('detail.yes') : t('detail.no'));
  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'system', label: t('detail.catalogueSystem'), value: usage.system.name },
    {
      key: 'lifecycle',
      label: t('columns.lifecycle'),
      value: <LifecycleBadge lifecycle={usage.lifecycle} />,
    },
    {
      key: 'owner',
      label: t('columns.owner'),
      value:
        usage.owner?.name ??
        (usage.ownerPerson ? t('detail.ownerWithoutAccount', { name: usage.ownerPerson.name }) : notSet),
    },
    { key: 'custodian', label: t('detail.custodian'), value: usage.custodian?.name ?? notSet },
    { key: 'unit', label: t('columns.responsibleUnit'), value: usage.responsibleUnit?.name ?? notSet },
    { key: 'inUseFrom', label: t('detail.inUseFrom'), value: formatDate(usage.inUseFrom) || notSet },
    { key: 'inUseUntil', label: t('columns.inUseUntil'), value: formatDate(usage.inUseUntil) || notSet },
    { key: 'hosting', label: t('columns.hosting'), value: t(`hosting.${usage.hosting}`) },
    {
      key: 'infrastructure',
      label: t('detail.infrastructure'),
      value: usage.infrastructure.map((c) => c.name).join(', ') || notSet,
    },
    { key: 'users', label: t('columns.userCount'), value: formatNumber(usage.userCount) || notSet },
    { key: 'capabilities', label: t('columns.capabilities'), value: usage.capabilities.join(', ') || notSet },
    { key: 'taskAreas', label: t('columns.taskAreas'), value: usage.taskAreas.join(', ') || notSet },
    {
      key: 'servicePlatform',
      label: t('detail.usesServicePlatform'),
      value: yesNo(usage.usesServicePlatform),
    },
    { key: 'supportSystems', label: t('detail.usesSupportSystems'), value: yesNo(usage.usesSupportSystems) },
    { key: 'standards', label: t('detail.standardsMet'), value: usage.standardsMet.join(', ') || notSet },
    { key: 'fit', label: t('detail.architectureFit'), value: usage.architectureFitNote || notSet },
    { key: 'asIs', label: t('detail.asIs'), value: usage.asIs || notSet },
    { key: 'toBe', label: t('detail.toBe'), value: usage.toBe || notSet },
    { key: 'yearlyCost', label: t('columns.yearlyCost'), value: formatKr(usage.yearlyCost) },
    { key: 'dataYearlyCost', label: t('columns.dataYearlyCost'), value: formatKr(usage.dataYearlyCost) },
    {
      key: 'totalCost',
      label: t('detail.totalYearlyCost'),
      value: formatKr(usage.yearlyCost + usage.dataYearlyCost),
    },
  ];
  return (
    <section aria-labelledby="system-facts">
      <Title order={2} size="h3" id="system-facts" mb="sm">
        {t('detail.facts')}
      </Title>
      <Paper withBorder p="md">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" m={0}>
          {facts.map((fact) => (
            <div key={fact.key}>
              <Text component="dt" size="sm" c="dimmed">
                {fact.label}
              </Text>
              <Text component="dd" m={0}>
                {fact.value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
    </section>
  );
}
