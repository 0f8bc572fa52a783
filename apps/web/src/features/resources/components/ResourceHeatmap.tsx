import { useQuery } from '@apollo/client/react';
import { Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { useFormatters } from '../../../ui/useFormatters';
import { AllocationHeatmapDocument } from '../graphql/resources.documents';
import { ScrollTable } from '../../../ui/ScrollTable';

export const ResourceHeatmap_cell = graphql(`
  fragment ResourceHeatmap_cell on HeatmapCell {
    groupId
    groupName
    quarter
    allocatedHours
    availableHours
    ratio
    status
  }
`);

const BACKGROUND = {
  OVER: 'var(--mantine-color-red-1)',
  UNDER: 'var(--mantine-color-blue-0)',
  OK: 'var(--mantine-color-green-0)',
} as const;

function HeatTable({
  caption,
  groupLabel,
  quarters,
  cells: refs,
}: {
  caption: string;
  groupLabel: string;
  quarters: string[];
  cells: readonly FragmentType<typeof ResourceHeatmap_cell>[];
}) {
  const cells = getFragmentData(ResourceHeatmap_cell, refs);
  const { t } = useTranslation('portfolio');
  const { formatNumber } = useFormatters();
  const groups = [...new Map(cells.map((c) => [c.groupId, c.groupName || t('resources.noUnit')])).entries()];
  const cellOf = (groupId: string, quarter: string) =>
    cells.find((c) => c.groupId === groupId && c.quarter === quarter);
  return (
    <ScrollTable label={caption} minWidth={600} exportName={caption}>
      <Table withTableBorder withColumnBorders>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{groupLabel}</Table.Th>
            {quarters.map((q) => (
              <Table.Th scope="col" key={q}>
                {q}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map(([groupId, name]) => (
            <Table.Tr key={groupId}>
              <Table.Th scope="row">{name}</Table.Th>
              {quarters.map((q) => {
                const c = cellOf(groupId, q);
                if (!c) return <Table.Td key={q}>–</Table.Td>;
                const status = c.status as keyof typeof BACKGROUND;
                return (
                  <Table.Td key={q} style={{ background: BACKGROUND[status] }}>
                    {t('resources.cell', {
                      allocated: formatNumber(c.allocatedHours, { maximumFractionDigits: 1 }),
                      available: formatNumber(c.availableHours, { maximumFractionDigits: 1 }),
                    })}
                    {c.ratio !== null && ` (${formatNumber(c.ratio, { style: 'percent' })})`}
                    {' – '}
                    {t(`resources.status.${status}`)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}

/** Booked against available hours per competency and unit: colour plus text for each cell. */
export function ResourceHeatmap() {
  const { t } = useTranslation('portfolio');
  const { data, loading, error, refetch } = useQuery(AllocationHeatmapDocument);
  const map = data?.allocationHeatmap;
  return (
    <QueryState
      loading={loading && !map}
      error={error}
      onRetry={() => void refetch()}
      empty={!!map && map.byCompetency.length === 0 && map.byUnit.length === 0}
      loadingLabel={t('resources.loading')}
      emptyText={t('resources.empty')}
    >
      {map && (
        <Stack>
          <Title order={2} size="h3">
            {t('resources.byCompetency')}
          </Title>
          <HeatTable
            caption={t('resources.byCompetencyCaption')}
            groupLabel={t('resources.competency')}
            quarters={map.quarters}
            cells={map.byCompetency}
          />
          <Title order={2} size="h3">
            {t('resources.byUnit')}
          </Title>
          <HeatTable
            caption={t('resources.byUnitCaption')}
            groupLabel={t('resources.unit')}
            quarters={map.quarters}
            cells={map.byUnit}
          />
        </Stack>
      )}
    </QueryState>
  );
}
