import { Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import { ScrollTable } from '../../../ui/ScrollTable';

export const MaturityHistory_entry = graphql(`
  fragment MaturityHistory_entry on MaturityHistoryEntry {
    id
    assessedAt
    achievedStep
    change
    direction
    note
    assessedBy {
      id
      name
    }
  }
`);

/** Recorded assessments, newest first, with the change against the one before. */
export function MaturityHistory({
  history: refs,
}: {
  history: readonly FragmentType<typeof MaturityHistory_entry>[];
}) {
  const history = getFragmentData(MaturityHistory_entry, refs);
  const { t } = useTranslation('maturity');
  const { formatDateTime } = useFormatters();
  const headingId = useId();
  const rows = [...history].reverse();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('history.title')}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('history.empty')}</Text>
      ) : (
        <ScrollTable label={t('history.caption')} minWidth={560} exportName={t('history.caption')}>
          <Table striped>
            <Table.Caption>{t('history.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('history.assessedAt')}</Table.Th>
                <Table.Th scope="col">{t('history.step')}</Table.Th>
                <Table.Th scope="col">{t('history.change')}</Table.Th>
                <Table.Th scope="col">{t('history.by')}</Table.Th>
                <Table.Th scope="col">{t('history.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Th scope="row">{formatDateTime(h.assessedAt)}</Table.Th>
                  <Table.Td>{h.achievedStep}</Table.Td>
                  <Table.Td>
                    {h.direction ? t(`history.direction.${h.direction}`, { change: h.change }) : '–'}
                  </Table.Td>
                  <Table.Td>{h.assessedBy?.name ?? '–'}</Table.Td>
                  <Table.Td>{h.note || '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
