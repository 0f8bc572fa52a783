import { Button, Stack, Table, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { BenefitGroupBy, GroupSection_RowFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../ui/useFormatters';
import classes from './dashboard.module.css';
import { RagBadge } from './RagBadge';

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
  const fontSize = large ? 16 : 12;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" className={classes.section}>
      <Title order={2} id={headingId} size="h3">
        {t(`dashboard.groupTitle.${groupBy}`)}
      </Title>
      {!showTable && (
        <div className={classes.chart} aria-hidden="true" inert>
          <ResponsiveContainer width="100%" height="100%">
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
                angle={rows.length > 6 ? -20 : 0}
                height={rows.length > 6 ? 70 : 30}
                textAnchor={rows.length > 6 ? 'end' : 'middle'}
              />
              <YAxis
                tickFormatter={(v: number) => formatNumber(v, { notation: 'compact' })}
                tick={{ fontSize }}
                width={64}
              />
              <Tooltip formatter={(value) => formatKr(Number(value))} />
              <Legend wrapperStyle={{ fontSize }} />
              <Bar dataKey="plannedKr" name={t('dashboard.planned')} fill="#1c5fa8" />
              <Bar dataKey="realisedKr" name={t('dashboard.realised')} fill="#2b7a3d" />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <Table.ScrollContainer minWidth={640}>
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
      </Table.ScrollContainer>
    </Stack>
  );
}
