import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { LIFECYCLES } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import type { Lifecycle } from '../../../gql/graphql';
import { useFormatters } from '../../../ui/useFormatters';

export interface LifecycleSummaryProps {
  counts: Record<Lifecycle, number>;
  total: number;
}

/** Number of systems per lifecycle, as a list of figures (readable without colour or layout). */
export function LifecycleSummary({ counts, total }: LifecycleSummaryProps) {
  const { t } = useTranslation(['landscape', 'systems']);
  const { formatNumber } = useFormatters();
  const figures = [
    { key: 'total', label: t('total'), value: total },
    ...LIFECYCLES.map((lifecycle) => ({
      key: lifecycle,
      label: t(`systems:lifecycle.${lifecycle}`),
      value: counts[lifecycle],
    })),
  ];

  return (
    <section aria-labelledby="lifecycle-summary-title">
      <Title order={2} size="h3" id="lifecycle-summary-title" mb="sm">
        {t('byLifecycle')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 5 }} spacing="md" m={0}>
        {figures.map((figure) => (
          <Paper key={figure.key} withBorder p="md" radius="md">
            <Text component="dt" size="sm">
              {figure.label}
            </Text>
            <Text component="dd" m={0} fz={28} fw={700}>
              {formatNumber(figure.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
