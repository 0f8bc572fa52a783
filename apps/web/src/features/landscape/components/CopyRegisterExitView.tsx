import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import { DataSourceLink } from '../../../ui/DataSourceLink';
import { QueryState } from '../../../ui/QueryState';
import { useFormatters } from '../../../ui/useFormatters';
import { SectionTable } from '../../../ui/SectionTable';
import { CopyRegisterExitDocument } from '../graphql/landscape.documents';
import { ExitTimeline } from './ExitTimeline';

export const CopyRegisterExitView_plan = graphql(`
  fragment CopyRegisterExitView_plan on CopyRegisterExitView {
    totalYearlySaving
    totalSwitchingCost
    rows {
      edgeId
      usageId
      usageName
      dataSourceId
      dataSourceName
      channel
      yearlyCost
      switchingCost
      alternative {
        dataSourceId
        name
        channel
      }
      contract {
        name
        effectiveEnd
        noticeDate
      }
      recommendation
      recommendedSwitchDate
      plannedSwitchDate
    }
    ...ExitTimeline_plan
  }
`);

/** Every purchase through a copy register, its authoritative alternative and when to switch. */
export function CopyRegisterExitView() {
  const { t } = useTranslation(['landscape', 'dataSources', 'systems']);
  const { formatKr, formatDate } = useFormatters();
  const { data, loading, error, refetch } = useQuery(CopyRegisterExitDocument);
  const plan = data && getFragmentData(CopyRegisterExitView_plan, data.copyRegisterExit);
  return (
    <QueryState
      loading={loading && !plan}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel={t('exit.loading')}
    >
      {plan && (
        <Stack gap="md">
          <Text fw={600}>
            {t('exit.totals', {
              saving: formatKr(plan.totalYearlySaving),
              switching: formatKr(plan.totalSwitchingCost),
            })}
          </Text>
          <SectionTable
            id="exit-rows"
            title={t('exit.title')}
            empty={t('exit.none')}
            headers={[
              t('systems:columns.name'),
              t('exit.copyRegister'),
              t('systems:columns.dataYearlyCost'),
              t('exit.alternative'),
              t('systems:detail.contract'),
              t('systems:detail.noticeDate'),
              t('exit.switchingCost'),
              t('exit.recommendation'),
              t('exit.switchDate'),
            ]}
            rows={plan.rows.map((r) => ({
              key: r.edgeId,
              cells: [
                <Anchor key="a" component={Link} to={`/systemer/${r.usageId}`}>
                  {r.usageName}
                </Anchor>,
                <span key="s">
                  <DataSourceLink id={r.dataSourceId}>{r.dataSourceName}</DataSourceLink> (
                  {t(`dataSources:channel.${r.channel}`)})
                </span>,
                formatKr(r.yearlyCost),
                r.alternative ? (
                  <span key="alt">
                    <DataSourceLink id={r.alternative.dataSourceId}>{r.alternative.name}</DataSourceLink> (
                    {t(`dataSources:channel.${r.alternative.channel}`)})
                  </span>
                ) : (
                  t('exit.noAlternative')
                ),
                r.contract ? `${r.contract.name}, ${formatDate(r.contract.effectiveEnd)}` : '',
                formatDate(r.contract?.noticeDate),
                formatKr(r.switchingCost),
                t(`exit.recommendationValue.${r.recommendation}`),
                formatDate(r.plannedSwitchDate ?? r.recommendedSwitchDate),
              ],
            }))}
          />
          <ExitTimeline plan={plan} />
        </Stack>
      )}
    </QueryState>
  );
}
