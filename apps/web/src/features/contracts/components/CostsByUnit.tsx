import { useQuery } from '@apollo/client/react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { getFragmentData, graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { useFormatters } from '../../../ui/useFormatters';
import { CostsByUnitDocument } from '../graphql/costs.documents';
import { ScrollTable } from '../../../ui/ScrollTable';

export const CostsByUnit_row = graphql(`
  fragment CostsByUnit_row on UnitCosts {
    unitId
    unitName
    yearlyOperation
    acquisition
    other
    contractCount
  }
`);

/**
 * Contract costs per paying unit ("Omkostninger pr. enhed"): a bar chart of yearly operation and
 * acquisition for sighted users, and the same numbers in a table that everyone gets.
 */
export function CostsByUnit() {
  const { t } = useTranslation('contracts');
  const { formatKr, formatNumber } = useFormatters();
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(CostsByUnitDocument);
  const rows = getFragmentData(CostsByUnit_row, data?.costsByUnit ?? []).map((r) => ({
    ...r,
    name: r.unitName ?? t('costs.unassigned'),
  }));
  const compactKr = (value: number) => formatNumber(value, { notation: 'compact', maximumFractionDigits: 1 });

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId} size="h3">
        {t('costs.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('costs.description')}
      </Text>
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={rows.length === 0}
        loadingLabel={t('costs.loading')}
        emptyText={t('costs.empty')}
      >
        {/* Decoration for sighted users; the table below carries the same numbers. */}
        <div aria-hidden="true" inert style={{ height: Math.max(200, rows.length * 48 + 80) }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              accessibilityLayer={false}
              data={rows}
              layout="vertical"
              margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" tickFormatter={compactKr} />
              <YAxis type="category" dataKey="name" width={180} />
              <Tooltip formatter={(value) => formatKr(Number(value))} />
              <Legend />
              <Bar dataKey="yearlyOperation" name={t('costs.yearlyOperation')} fill="#1c5fa8" />
              <Bar dataKey="acquisition" name={t('costs.acquisition')} fill="#b35c00" />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ScrollTable label={t('costs.caption')} minWidth={480} exportName={t('costs.caption')}>
          <Table striped>
            <Table.Caption>{t('costs.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('costs.unit')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('costs.yearlyOperation')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('costs.acquisition')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('costs.other')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('costs.contractCount')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.unitId ?? 'unassigned'}>
                  <Table.Th scope="row">{r.name}</Table.Th>
                  <Table.Td ta="right">{formatKr(r.yearlyOperation)}</Table.Td>
                  <Table.Td ta="right">{formatKr(r.acquisition)}</Table.Td>
                  <Table.Td ta="right">{formatKr(r.other)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(r.contractCount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
    </Stack>
  );
}
