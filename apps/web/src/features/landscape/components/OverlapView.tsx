import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { useFormatters } from '../../../ui/useFormatters';
import { SectionTable } from '../../../ui/SectionTable';
import { OverlapsDocument } from '../graphql/landscape.documents';

/** Capabilities served by several systems, and the same data bought more than once. */
export function OverlapView() {
  const { t } = useTranslation(['landscape', 'systems']);
  const { formatKr } = useFormatters();
  const { data, loading, error, refetch } = useQuery(OverlapsDocument);
  const overlaps = data?.overlaps;
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
          <SectionTable
            id="overlap-capabilities"
            title={t('overlap.capabilities')}
            empty={t('overlap.none')}
            headers={[
              t('systems:columns.capabilities'),
              t('overlap.systems'),
              t('overlap.combined'),
              t('overlap.keep'),
              t('overlap.saving'),
            ]}
            rows={overlaps.capabilities.map((c) => ({
              key: c.capability,
              cells: [
                c.capability,
                list(c.usages),
                formatKr(c.combinedYearlyCost),
                c.usages.find((u) => u.usageId === c.keepUsageId)?.name ?? '',
                formatKr(c.yearlySaving),
              ],
            }))}
          />
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
                d.dataSourceName,
                list(d.buyers),
                d.sharedCapabilities.join(', '),
                formatKr(d.totalYearlyCost),
                formatKr(d.duplicatedCost),
              ],
            }))}
          />
        </Stack>
      )}
    </QueryState>
  );
}
