import { useQuery } from '@apollo/client/react';
import { Button, Group, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenefitGroupBy } from '../../../gql/graphql';
import { QueryState } from '../../../ui/QueryState';
import { useFormatters } from '../../../ui/useFormatters';
import { BenefitDashboardDocument } from '../graphql/benefits.documents';
import { CashableSplit } from './CashableSplit';
import classes from './dashboard.module.css';
import { DashboardKpis } from './DashboardKpis';
import { FollowUpGaps } from './FollowUpGaps';
import { GroupBenefits } from './GroupBenefits';
import { type DashboardRow, GroupSection } from './GroupSection';
import { PlannedVsRealisedChart } from './PlannedVsRealisedChart';

const GROUPINGS: BenefitGroupBy[] = ['PROJECT', 'UNIT', 'STRATEGY', 'ORGANISATION'];

/** The executive board's dashboard: readable on a projector, printable, every chart also a table. */
export function BenefitDashboard() {
  const { t } = useTranslation('benefits');
  const { formatDate } = useFormatters();
  const [groupBy, setGroupBy] = useState<BenefitGroupBy>('PROJECT');
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const [large, setLarge] = useState(false);
  const [showTable, setShowTable] = useState(false);
  const [selected, setSelected] = useState<{ groupBy: BenefitGroupBy; key: string; label: string } | null>(
    null,
  );
  const { data, loading, error, refetch } = useQuery(BenefitDashboardDocument, {
    variables: { groupBy },
    // Measurements recorded elsewhere must show when the board comes back to the dashboard.
    fetchPolicy: 'cache-and-network',
  });
  const dashboard = data?.benefitDashboard;

  const select = (row: DashboardRow) =>
    row.key && setSelected({ groupBy, key: row.key, label: row.label ?? row.key });
  const selectProject = (id: string) => {
    const name = dashboard?.gaps.projectsWithoutBenefits.find((p) => p.id === id)?.name ?? id;
    setSelected({ groupBy: 'PROJECT', key: id, label: name });
  };

  return (
    <Stack gap="xl" className={large ? classes.large : undefined}>
      <Group className={classes.noPrint} gap="lg" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="benefit-groupby-label">
            {t('dashboard.groupBy')}
          </Text>
          <SegmentedControl
            // Four groupings do not fit side by side on a phone: there they stack.
            orientation={phone ? 'vertical' : 'horizontal'}
            aria-labelledby="benefit-groupby-label"
            value={groupBy}
            onChange={(value) => {
              setGroupBy(value);
              setSelected(null);
            }}
            data={GROUPINGS.map((g) => ({ value: g, label: t(`dashboard.groupByOption.${g}`) }))}
          />
        </Stack>
        <Switch
          label={t('dashboard.showAsTable')}
          checked={showTable}
          onChange={(e) => setShowTable(e.currentTarget.checked)}
        />
        <Switch
          label={t('dashboard.largeType')}
          checked={large}
          onChange={(e) => setLarge(e.currentTarget.checked)}
        />
        <Button variant="outline" onClick={() => window.print()}>
          {t('dashboard.print')}
        </Button>
      </Group>
      <QueryState
        loading={loading && !dashboard}
        error={error}
        onRetry={() => void refetch()}
        empty={dashboard?.total.benefitCount === 0 && dashboard.gaps.projectsWithoutBenefits.length === 0}
        loadingLabel={t('dashboard.loading')}
        emptyText={t('dashboard.empty')}
      >
        {dashboard && (
          <>
            <Text c="dimmed">
              {t('dashboard.asOf', { date: formatDate(dashboard.asOf, { dateStyle: 'long' }) })}
            </Text>
            <DashboardKpis dashboard={dashboard} exact={showTable} large={large} />
            <PlannedVsRealisedChart series={dashboard.series} showTable={showTable} large={large} />
            <GroupSection
              groupBy={dashboard.groupBy}
              rows={dashboard.rows}
              showTable={showTable}
              large={large}
              selectedKey={selected?.key}
              onSelect={select}
            />
            {selected && (
              <GroupBenefits groupBy={selected.groupBy} groupKey={selected.key} label={selected.label} />
            )}
            <CashableSplit total={dashboard.total} showTable={showTable} large={large} />
            <FollowUpGaps gaps={dashboard.gaps} onProject={selectProject} />
            <Text size="sm" c="dimmed">
              {t('dashboard.verifiedNote')}
            </Text>
          </>
        )}
      </QueryState>
    </Stack>
  );
}
