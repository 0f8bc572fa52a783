import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { DataSourceLink } from '../../../ui/DataSourceLink';
import { SectionTable } from '../../../ui/SectionTable';
import { useFormatters } from '../../../ui/useFormatters';

export const DataSourceExitPlan_source = graphql(`
  fragment DataSourceExitPlan_source on DataSource {
    lifecycle
    endsOn
    profile {
      exit {
        totalYearlySaving
        totalSwitchingCost
        rows {
          edgeId
          usageId
          usageName
          yearlyCost
          switchingCost
          alternative {
            dataSourceId
            name
          }
          contract {
            id
            name
            effectiveEnd
          }
          recommendation
          recommendedSwitchDate
          plannedSwitchDate
        }
      }
    }
  }
`);

/**
 * The exit plan: when the source itself ends, and for each read through a copy register the
 * authoritative alternative, the contract that frees it and when to switch (the exit analysis's rules).
 */
export function DataSourceExitPlan({
  source: ref,
}: {
  source: FragmentType<typeof DataSourceExitPlan_source>;
}) {
  const source = getFragmentData(DataSourceExitPlan_source, ref);
  const { t } = useTranslation(['dataSources', 'landscape', 'systems']);
  const { formatKr, formatDate } = useFormatters();
  const { exit } = source.profile;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id="data-source-exit">
        {t('profile.exitTitle')}
      </Title>
      <Text size="sm">
        {source.endsOn
          ? t('profile.endsOn', { date: formatDate(source.endsOn) })
          : t('profile.noEnd', { lifecycle: t(`systems:lifecycle.${source.lifecycle}`) })}
      </Text>
      {exit.rows.length > 0 && (
        <Text fw={600}>
          {t('landscape:exit.totals', {
            saving: formatKr(exit.totalYearlySaving),
            switching: formatKr(exit.totalSwitchingCost),
          })}
        </Text>
      )}
      <SectionTable
        id="data-source-exit-rows"
        title={t('profile.exitRows')}
        empty={t('profile.noExit')}
        headers={[
          t('systems:columns.name'),
          t('profile.readerCost'),
          t('landscape:exit.alternative'),
          t('systems:detail.contract'),
          t('landscape:exit.switchingCost'),
          t('landscape:exit.recommendation'),
          t('landscape:exit.switchDate'),
        ]}
        rows={exit.rows.map((r) => ({
          key: r.edgeId,
          cells: [
            <Anchor key="u" component={Link} to={`/systemer/${r.usageId}`}>
              {r.usageName}
            </Anchor>,
            formatKr(r.yearlyCost),
            r.alternative ? (
              <DataSourceLink key="a" id={r.alternative.dataSourceId}>
                {r.alternative.name}
              </DataSourceLink>
            ) : (
              t('landscape:exit.noAlternative')
            ),
            r.contract ? (
              <Anchor key="c" component={Link} to={`/kontrakter/${r.contract.id}`}>
                {r.contract.name}
              </Anchor>
            ) : (
              t('profile.noContract')
            ),
            formatKr(r.switchingCost),
            t(`landscape:exit.recommendationValue.${r.recommendation}`),
            r.plannedSwitchDate
              ? t('profile.plannedOn', { date: formatDate(r.plannedSwitchDate) })
              : r.recommendedSwitchDate
                ? t('profile.recommendedOn', { date: formatDate(r.recommendedSwitchDate) })
                : t('profile.noDate'),
          ],
        }))}
      />
    </Stack>
  );
}
