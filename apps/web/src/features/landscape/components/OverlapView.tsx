import { useQuery } from '@apollo/client/react';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { DataSourceLink } from '../../../ui/DataSourceLink';
import { useFormatters } from '../../../ui/useFormatters';
import { useCanEditLandscape } from '../../../app/useCanEditLandscape';
import { SectionTable } from '../../../ui/SectionTable';
import { OverlapsDocument } from '../graphql/landscape.documents';
import { AcceptOverlapDialog, type AcceptOverlapDialogProps } from './AcceptOverlapDialog';
import { CapabilityOverlapCard } from './CapabilityOverlapCard';
import { OverlapHistory } from './OverlapHistory';

export const OverlapView_analysis = graphql(`
  fragment OverlapView_analysis on OverlapAnalysisView {
    horizonMonths
    capabilities {
      capabilityId
      ...CapabilityOverlapCard_overlap
    }
    duplicateData {
      dataSourceId
      dataSourceName
      sharedCapabilities
      totalYearlyCost
      duplicatedCost
      buyers {
        usageId
        name
        yearlyCost
      }
    }
  }
`);

/** Capabilities served by several systems (open ones, then the accepted history), and data bought twice. */
export function OverlapView() {
  const { t } = useTranslation(['landscape', 'systems']);
  const { formatKr } = useFormatters();
  const canEdit = useCanEditLandscape();
  const { data, loading, error, refetch } = useQuery(OverlapsDocument);
  const [accepting, setAccepting] = useState<AcceptOverlapDialogProps['overlap'] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const overlaps = data && getFragmentData(OverlapView_analysis, data.overlaps);
  const list = (items: readonly { name: string; yearlyCost: number }[]) =>
    items.map((u) => `${u.name} (${formatKr(u.yearlyCost)})`).join(', ');

  return (
    <QueryState
      loading={loading && !overlaps}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel={t('overlap.loading')}
    >
      {overlaps && (
        <Stack gap="xl">
          {done && (
            <Alert color="green" role="status" withCloseButton onClose={() => setDone(null)}>
              {done}
            </Alert>
          )}
          <Stack gap="sm" component="section" aria-labelledby="overlap-capabilities">
            <Title order={2} size="h3" id="overlap-capabilities">
              {t('overlap.capabilities')}
            </Title>
            <Text size="sm">{t('overlap.intro', { years: overlaps.horizonMonths / 12 })}</Text>
            {overlaps.capabilities.length === 0 ? (
              <p>{t('overlap.none')}</p>
            ) : (
              overlaps.capabilities.map((overlap) => (
                <CapabilityOverlapCard
                  key={overlap.capabilityId}
                  overlap={overlap}
                  horizonMonths={overlaps.horizonMonths}
                  onAccept={canEdit ? setAccepting : undefined}
                />
              ))
            )}
          </Stack>
          <OverlapHistory acceptances={data?.overlapAcceptances ?? []} canReopen={canEdit} />
          <SectionTable
            id="overlap-data"
            title={t('overlap.duplicateData')}
            empty={t('overlap.none')}
            headers={[
              t('systems:detail.dataSource'),
              t('overlap.buyers'),
              t('overlap.shared'),
              t('overlap.total'),
              t('overlap.duplicated'),
            ]}
            rows={overlaps.duplicateData.map((d) => ({
              key: `${d.dataSourceId}:${d.buyers.map((b) => b.usageId).join(',')}`,
              cells: [
                <DataSourceLink key="d" id={d.dataSourceId}>
                  {d.dataSourceName}
                </DataSourceLink>,
                list(d.buyers),
                d.sharedCapabilities.join(', '),
                formatKr(d.totalYearlyCost),
                formatKr(d.duplicatedCost),
              ],
            }))}
          />
        </Stack>
      )}
      {accepting && (
        <AcceptOverlapDialog
          overlap={accepting}
          onClose={() => setAccepting(null)}
          onAccepted={() => {
            setDone(t('overlap.accepted', { capability: accepting.capability }));
            setAccepting(null);
          }}
        />
      )}
    </QueryState>
  );
}
