import { Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { DataSourceLink } from '../../../ui/DataSourceLink';
import { SectionTable } from '../../../ui/SectionTable';
import { useFormatters } from '../../../ui/useFormatters';

export const DataSourceReaders_profile = graphql(`
  fragment DataSourceReaders_profile on DataSourceProfileView {
    readers {
      edgeId
      usageId
      usageName
      unitName
      channel
      access
      purpose
      yearlyCost
      authoritative
      plannedTargetSourceId
      plannedTargetSourceName
      plannedSwitchDate
    }
    byUnit {
      unitId
      unitName
      readerCount
      yearlyCost
    }
    byChannel {
      channel
      readerCount
      yearlyCost
    }
    byPurpose {
      purpose
      readerCount
      yearlyCost
    }
  }
`);

/** Who in the organisation reads the source: each reader, then grouped by unit, channel and purpose. */
export function DataSourceReaders({
  profile: ref,
}: {
  profile: FragmentType<typeof DataSourceReaders_profile>;
}) {
  const profile = getFragmentData(DataSourceReaders_profile, ref);
  const { t } = useTranslation(['dataSources', 'systems']);
  const { formatKr, formatDate, formatNumber } = useFormatters();
  const groupHeaders = (first: string) => [first, t('profile.readerCount'), t('columns.yearlyCost')];
  const groupCells = (g: { readerCount: number; yearlyCost: number }) => [
    formatNumber(g.readerCount),
    formatKr(g.yearlyCost),
  ];
  const notStated = t('profile.notStated');

  return (
    <Stack gap="lg">
      <Title order={2} size="h3" id="data-source-readers">
        {t('profile.readersTitle')}
      </Title>
      <SectionTable
        id="data-source-reader-list"
        title={t('profile.readerList')}
        empty={t('profile.noReaders')}
        headers={[
          t('systems:columns.name'),
          t('systems:columns.responsibleUnit'),
          t('profile.channel'),
          t('profile.purpose'),
          t('profile.access'),
          t('profile.readerCost'),
          t('profile.authoritativeOrCopy'),
          t('profile.plannedMove'),
        ]}
        rows={profile.readers.map((r) => ({
          key: r.edgeId,
          cells: [
            <Anchor key="u" component={Link} to={`/systemer/${r.usageId}`}>
              {r.usageName}
            </Anchor>,
            r.unitName ?? t('profile.noUnit'),
            t(`channel.${r.channel}`),
            r.purpose || notStated,
            t(`access.${r.access}`),
            formatKr(r.yearlyCost),
            r.authoritative ? t('profile.authoritative') : t('profile.copy'),
            r.plannedTargetSourceId ? (
              <span key="p">
                <DataSourceLink id={r.plannedTargetSourceId}>{r.plannedTargetSourceName}</DataSourceLink>
                {r.plannedSwitchDate ? ` (${formatDate(r.plannedSwitchDate)})` : ''}
              </span>
            ) : (
              t('profile.noPlannedMove')
            ),
          ],
        }))}
      />
      {profile.readers.length > 0 && (
        <Stack gap="lg">
          <SectionTable
            id="data-source-by-unit"
            title={t('profile.byUnit')}
            empty={t('profile.noReaders')}
            headers={groupHeaders(t('systems:columns.responsibleUnit'))}
            rows={profile.byUnit.map((g) => ({
              key: g.unitId ?? 'none',
              cells: [g.unitName ?? t('profile.noUnit'), ...groupCells(g)],
            }))}
          />
          <SectionTable
            id="data-source-by-channel"
            title={t('profile.byChannel')}
            empty={t('profile.noReaders')}
            headers={groupHeaders(t('profile.channel'))}
            rows={profile.byChannel.map((g) => ({
              key: g.channel,
              cells: [t(`channel.${g.channel}`), ...groupCells(g)],
            }))}
          />
          <SectionTable
            id="data-source-by-purpose"
            title={t('profile.byPurpose')}
            empty={t('profile.noReaders')}
            headers={groupHeaders(t('profile.purpose'))}
            rows={profile.byPurpose.map((g) => ({
              key: g.purpose || 'none',
              cells: [g.purpose || notStated, ...groupCells(g)],
            }))}
          />
        </Stack>
      )}
    </Stack>
  );
}
