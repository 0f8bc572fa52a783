import { Button, Stack, Table, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { BenefitGroupBy, GroupSection_RowFragment } from '../../../gql/graphql';
import { ChartFrame } from '../../../ui/charts/ChartFrame';
import { fieldColumns } from '../../../ui/table/table-export';
import { TableExport } from '../../../ui/table/TableExport';
import { useFormatters } from '../../../ui/useFormatters';
import classes from './dashboard.module.css';
import { RagBadge } from './RagBadge';
import { ScrollTable } from '../../../ui/ScrollTable';

/** Characters of a group's name on the chart's axis. */
const AXIS_LABEL_MAX = 22;

export const GroupSection_row = graphql(`
  fragment GroupSection_row on BenefitDashboardRow {
    key
    label
    benefitCount
    plannedKr
    realisedKr
    targetKr
    realisationPercent
    rag
  }
`);

export type DashboardRow = GroupSection_RowFragment;

export interface GroupSectionProps {
  groupBy: BenefitGroupBy;
  rows: readonly FragmentType<typeof GroupSection_row>[];
  showTable: boolean;
  large: boolean;
  selectedKey: string | null | undefined;
  onSelect(row: DashboardRow): void;
}

/**
 * Planned vs realised per unit, strategy or project as bars, with the same rows as a table that
 * is always visible: its buttons drill into a group's benefits, and a hidden table must not hold
 * focusable controls.
 */
export function GroupSection({
  groupBy,
  rows: refs,
  showTable,
  large,
  selectedKey,
  onSelect,
}: GroupSectionProps) {
  const rows = getFragmentData(GroupSection_row, refs);
  const { t } = useTranslation('benefits');
  const { formatKr, formatNumber } = useFormatters();
  const headingId = useId();
  const label = (row: DashboardRow) => row.label ?? t(`dashboard.noGroup.${groupBy}`);
  const data = rows.map((row) => ({ ...row, name: label(row) }));
  const shortLabel = (name: string) =>
    name.length > AXIS_LABEL_MAX ? `${name.slice(0, AXIS_LABEL_MAX - 1)}…` : name;
  const fontSize = large ? 16 : 12;
  // The table shows every field a row has: there is no choice of columns to export.
  const exportColumns = () =>
    fieldColumns(rows, [
      { header: t(`dashboard.groupColumn.${groupBy}`), value: (row) => label(row) },
      { header: t('dashboard.count'), value: (row) => row.benefitCount },
      { header: t('dashboard.planned'), value: (row) => row.plannedKr },
      { header: t('dashboard.realised'), value: (row) => row.realisedKr },
      { header: t('dashboard.target'), value: (row) => row.targetKr },
      { header: t('dashboard.realisation'), value: (row) => row.realisationPercent ?? null },
      { header: t('dashboard.rag'), value: (row) => (row.rag ? t(`rag.${row.rag}`) : '') },
    ]);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" className={classes.section}>
      <Title order={2} id={headingId} size="h3">
        {t(`dashboard.groupTitle.${groupBy}`)}
      </Title>
      {!showTable && (
        <div className={`${classes.chart} ${classes.screenOnly}`} aria-hidden="true" inert>
          <ChartFrame>
            {(animate) => (
              <BarChart
                accessibilityLayer={false}
                data={data}
                margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="name"
                  tick={{ fontSize }}
                  interval={0}
                  // Long names are shortened on the axis (whole in the tooltip and the table) and
                  // the legend sits on top, so slanted labels never run into it.
                  tickFormatter={shortLabel}
                  angle={rows.length > 6 ? -30 : 0}
                  height={rows.length > 6 ? 110 : 30}
                  textAnchor={rows.length > 6 ? 'end' : 'middle'}
                />
                <YAxis
                  tickFormatter={(v: number) => formatNumber(v, { notation: 'compact' })}
                  tick={{ fontSize }}
                  width={64}
                />
                <Tooltip formatter={(value) => formatKr(Number(value))} />
                <Legend verticalAlign="top" wrapperStyle={{ fontSize }} />
                <Bar
                  isAnimationActive={animate}
                  dataKey="plannedKr"
                  name={t('dashboard.planned')}
                  fill="#1c5fa8"
                />
                <Bar
                  isAnimationActive={animate}
                  dataKey="realisedKr"
                  name={t('dashboard.realised')}
                  fill="#2b7a3d"
                />
              </BarChart>
            )}
          </ChartFrame>
        </div>
      )}
      <div className={classes.noPrint}>
        <TableExport name={t('dashboard.exportName')} columns={exportColumns} choice={false} />
      </div>
      <ScrollTable label={t(`dashboard.groupCaption.${groupBy}`)} minWidth={640}>
        <Table striped highlightOnHover>
          <Table.Caption>{t(`dashboard.groupCaption.${groupBy}`)}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`dashboard.groupColumn.${groupBy}`)}</Table.Th>
              <Table.Th scope="col">{t('dashboard.count')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.planned')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.realised')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.target')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.realisation')}</Table.Th>
              <Table.Th scope="col">{t('dashboard.rag')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key ?? 'none'}>
                <Table.Th scope="row">
                  {row.key === null ? (
                    label(row)
                  ) : (
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => onSelect(row)}
                      aria-pressed={row.key === selectedKey}
                    >
                      {label(row)}
                    </Button>
                  )}
                </Table.Th>
                <Table.Td>{formatNumber(row.benefitCount)}</Table.Td>
                <Table.Td>{formatKr(row.plannedKr)}</Table.Td>
                <Table.Td>{formatKr(row.realisedKr)}</Table.Td>
                <Table.Td>{formatKr(row.targetKr)}</Table.Td>
                <Table.Td>
                  {row.realisationPercent == null
                    ? '–'
                    : `${formatNumber(row.realisationPercent, { maximumFractionDigits: 0 })} %`}
                </Table.Td>
                <Table.Td>
                  <RagBadge rag={row.rag} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
