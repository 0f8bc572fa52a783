import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { ChartFrame } from '../../../ui/charts/ChartFrame';
import { useFormatters } from '../../../ui/useFormatters';
import { ChartSection } from './ChartSection';
import { ScrollTable } from '../../../ui/ScrollTable';

export const PlannedVsRealisedChart_point = graphql(`
  fragment PlannedVsRealisedChart_point on BenefitSeriesPoint {
    date
    plannedKr
    realisedKr
  }
`);

export function PlannedVsRealisedChart({
  series: refs,
  showTable,
  large,
}: {
  series: readonly FragmentType<typeof PlannedVsRealisedChart_point>[];
  showTable: boolean;
  large: boolean;
}) {
  const series = getFragmentData(PlannedVsRealisedChart_point, refs);
  const { t } = useTranslation('benefits');
  const { formatKr, formatDate, formatNumber } = useFormatters();
  const month = (date: string) => formatDate(date, { dateStyle: 'medium' }).replace(/^\d+\.?\s*/, '');
  const compactKr = (value: number) => formatNumber(value, { notation: 'compact', maximumFractionDigits: 1 });
  const fontSize = large ? 16 : 12;

  const chart = (
    <ChartFrame>
      {(animate) => (
        <LineChart
          accessibilityLayer={false}
          data={series}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" tickFormatter={month} tick={{ fontSize }} minTickGap={24} />
          <YAxis tickFormatter={compactKr} tick={{ fontSize }} width={64} />
          <Tooltip
            formatter={(value) => formatKr(Number(value))}
            labelFormatter={(label) => month(String(label))}
          />
          <Legend wrapperStyle={{ fontSize }} />
          <Line
            isAnimationActive={animate}
            type="monotone"
            dataKey="plannedKr"
            name={t('dashboard.planned')}
            stroke="#1c5fa8"
            strokeDasharray="6 3"
            dot={false}
            strokeWidth={2}
          />
          <Line
            isAnimationActive={animate}
            type="monotone"
            dataKey="realisedKr"
            name={t('dashboard.realised')}
            stroke="#2b7a3d"
            dot={false}
            strokeWidth={3}
            connectNulls={false}
          />
        </LineChart>
      )}
    </ChartFrame>
  );

  const table = (
    <ScrollTable
      label={t('dashboard.seriesCaption')}
      minWidth={480}
      exportName={t('dashboard.seriesCaption')}
    >
      <Table striped>
        <Table.Caption>{t('dashboard.seriesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.month')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.planned')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.realised')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {series.map((p) => (
            <Table.Tr key={p.date}>
              <Table.Th scope="row">{month(p.date)}</Table.Th>
              <Table.Td>{formatKr(p.plannedKr)}</Table.Td>
              <Table.Td>
                {p.realisedKr === null || p.realisedKr === undefined ? '–' : formatKr(p.realisedKr)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );

  return (
    <ChartSection title={t('dashboard.seriesTitle')} chart={chart} table={table} showTable={showTable} />
  );
}
