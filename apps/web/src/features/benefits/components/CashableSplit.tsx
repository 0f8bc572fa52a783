import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { ChartFrame } from '../../../ui/charts/ChartFrame';
import { useFormatters } from '../../../ui/useFormatters';
import { ChartSection } from './ChartSection';
import { ScrollTable } from '../../../ui/ScrollTable';

export const CashableSplit_total = graphql(`
  fragment CashableSplit_total on BenefitDashboardRow {
    qualitativeCount
    cashable {
      count
      plannedKr
      realisedKr
    }
    nonCashable {
      count
      plannedKr
      realisedKr
    }
  }
`);

/** Cashable vs non-cashable kr. (planned and realised) and how many benefits are qualitative. */
export function CashableSplit({
  total: ref,
  showTable,
  large,
}: {
  total: FragmentType<typeof CashableSplit_total>;
  showTable: boolean;
  large: boolean;
}) {
  const total = getFragmentData(CashableSplit_total, ref);
  const { t } = useTranslation('benefits');
  const { formatKr, formatNumber } = useFormatters();
  const data = [
    { name: t('dashboard.cashable'), ...total.cashable },
    { name: t('dashboard.nonCashable'), ...total.nonCashable },
  ];
  const fontSize = large ? 16 : 12;
  const chart = (
    <ChartFrame>
      {(animate) => (
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            tickFormatter={(v: number) => formatNumber(v, { notation: 'compact' })}
            tick={{ fontSize }}
          />
          <YAxis type="category" dataKey="name" width={140} tick={{ fontSize }} />
          <Tooltip formatter={(value) => formatKr(Number(value))} />
          <Legend wrapperStyle={{ fontSize }} />
          <Bar isAnimationActive={animate} dataKey="plannedKr" name={t('dashboard.planned')} fill="#1c5fa8" />
          <Bar
            isAnimationActive={animate}
            dataKey="realisedKr"
            name={t('dashboard.realised')}
            fill="#2b7a3d"
          />
        </BarChart>
      )}
    </ChartFrame>
  );
  const table = (
    <ScrollTable label={t('dashboard.splitCaption')} minWidth={480} exportName={t('dashboard.splitCaption')}>
      <Table striped>
        <Table.Caption>{t('dashboard.splitCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.kind')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.count')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.planned')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.realised')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((row) => (
            <Table.Tr key={row.name}>
              <Table.Th scope="row">{row.name}</Table.Th>
              <Table.Td>{formatNumber(row.count)}</Table.Td>
              <Table.Td>{formatKr(row.plannedKr)}</Table.Td>
              <Table.Td>{formatKr(row.realisedKr)}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">{t('dashboard.qualitative')}</Table.Th>
            <Table.Td>{formatNumber(total.qualitativeCount)}</Table.Td>
            <Table.Td>–</Table.Td>
            <Table.Td>–</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
  return <ChartSection title={t('dashboard.splitTitle')} chart={chart} table={table} showTable={showTable} />;
}
