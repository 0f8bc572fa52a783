import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import classes from './dashboard.module.css';
import { RagBadge } from './RagBadge';

export const DashboardKpis_dashboard = graphql(`
  fragment DashboardKpis_dashboard on BenefitDashboard {
    verifiedCount
    total {
      plannedKr
      realisedKr
      targetKr
      realisationPercent
      rag
    }
  }
`);

function Kpi({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <div className={classes.kpiValue}>{children}</div>
      </Stack>
    </Paper>
  );
}

/** The organisation's headline numbers on the dashboard's date. */
export function DashboardKpis({
  dashboard: ref,
}: {
  dashboard: FragmentType<typeof DashboardKpis_dashboard>;
}) {
  const dashboard = getFragmentData(DashboardKpis_dashboard, ref);
  const { t } = useTranslation('benefits');
  const { formatKr, formatNumber } = useFormatters();
  const { total } = dashboard;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm">
      <Kpi label={t('dashboard.planned')}>{formatKr(total.plannedKr)}</Kpi>
      <Kpi label={t('dashboard.realised')}>
        <span data-testid="kpi-realised">{formatKr(total.realisedKr)}</span>
      </Kpi>
      <Kpi label={t('dashboard.target')}>{formatKr(total.targetKr)}</Kpi>
      <Kpi label={t('dashboard.realisation')}>
        {total.realisationPercent == null
          ? '–'
          : `${formatNumber(total.realisationPercent, { maximumFractionDigits: 0 })} %`}
      </Kpi>
      <Kpi label={t('dashboard.rag')}>
        <RagBadge rag={total.rag} size="xl" />
      </Kpi>
      <Kpi label={t('dashboard.verified')}>{formatNumber(dashboard.verifiedCount)}</Kpi>
    </SimpleGrid>
  );
}
