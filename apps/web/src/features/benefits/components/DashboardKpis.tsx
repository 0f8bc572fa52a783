import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import classes from './dashboard.module.css';
import { KpiAmount } from './KpiAmount';
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
    <Paper withBorder p="md" className={classes.kpi}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <div className={classes.kpiValue}>{children}</div>
      </Stack>
    </Paper>
  );
}

/**
 * The organisation's headline numbers on the dashboard's date: amounts compact on the tiles
 * (exact on hover and focus), exact in the table view. Projector mode uses fewer, wider tiles.
 */
export function DashboardKpis({
  dashboard: ref,
  exact,
  large,
}: {
  dashboard: FragmentType<typeof DashboardKpis_dashboard>;
  exact: boolean;
  large: boolean;
}) {
  const dashboard = getFragmentData(DashboardKpis_dashboard, ref);
  const { t } = useTranslation('benefits');
  const { formatNumber } = useFormatters();
  const { total } = dashboard;
  return (
    <SimpleGrid
      cols={large ? { base: 1, sm: 2, lg: 3 } : { base: 1, xs: 2, md: 3, xl: 6 }}
      spacing="sm"
      className={classes.kpiGrid}
    >
      <Kpi label={t('dashboard.planned')}>
        <KpiAmount value={total.plannedKr} exact={exact} testId="kpi-planned" />
      </Kpi>
      <Kpi label={t('dashboard.realised')}>
        <KpiAmount value={total.realisedKr} exact={exact} testId="kpi-realised" />
      </Kpi>
      <Kpi label={t('dashboard.target')}>
        <KpiAmount value={total.targetKr} exact={exact} testId="kpi-target" />
      </Kpi>
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
