import { Anchor, Table } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../ui/useFormatters';
import { contractPath } from '../contract-types';
import type { TimelineGroup } from '../timeline-model';
import { ScrollTable } from '../../../ui/ScrollTable';

/** The timeline's dates as a table, grouped the same way. */
export function TimelineTable({
  groups,
  groupLabel,
}: {
  groups: TimelineGroup[];
  groupLabel: (label: string | null) => string;
}) {
  const { t } = useTranslation('contracts');
  const { formatDate } = useFormatters();
  return (
    <ScrollTable label={t('timeline.caption')} minWidth={720} exportName={t('timeline.caption')}>
      <Table captionSide="top" striped>
        <Table.Caption>{t('timeline.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.name')}</Table.Th>
            <Table.Th scope="col">{t('columns.start')}</Table.Th>
            <Table.Th scope="col">{t('columns.currentEnd')}</Table.Th>
            <Table.Th scope="col">{t('columns.endWithOptions')}</Table.Th>
            <Table.Th scope="col">{t('columns.decision')}</Table.Th>
            <Table.Th scope="col">{t('columns.notice')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Fragment key={group.key}>
              <Table.Tr>
                <Table.Th scope="colgroup" colSpan={6}>
                  {groupLabel(group.label)}
                </Table.Th>
              </Table.Tr>
              {group.rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={contractPath(row.id)}>
                      {row.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{formatDate(row.startDate)}</Table.Td>
                  <Table.Td>{formatDate(row.dates.currentEnd)}</Table.Td>
                  <Table.Td>{formatDate(row.dates.effectiveEndWithOptions)}</Table.Td>
                  <Table.Td>{formatDate(row.dates.retender.decisionDate)}</Table.Td>
                  <Table.Td>{formatDate(row.dates.latestNoticeDate)}</Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
