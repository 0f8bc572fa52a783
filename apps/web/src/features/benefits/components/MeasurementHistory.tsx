import { SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import { MeasurementTrend } from './MeasurementTrend';
import { ScrollTable } from '../../../ui/ScrollTable';

export const MeasurementHistory_benefit = graphql(`
  fragment MeasurementHistory_benefit on Benefit {
    id
    version
    unitOfMeasure
    measurements {
      id
      measuredOn
      value
      comment
      createdAt
    }
  }
`);

/** Recorded measurements: a trend chart beside the table (newest first); stacked on narrow screens. */
export function MeasurementHistory({
  benefit: ref,
}: {
  benefit: FragmentType<typeof MeasurementHistory_benefit>;
}) {
  const { measurements, unitOfMeasure } = getFragmentData(MeasurementHistory_benefit, ref);
  const { t } = useTranslation('benefits');
  const { formatDate, formatNumber, formatDateTime } = useFormatters();
  const headingId = useId();
  const rows = [...measurements].reverse();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('history.title')}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('history.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <MeasurementTrend points={measurements} unit={unitOfMeasure} />
          <ScrollTable label={t('history.caption')} minWidth={520} exportName={t('history.caption')}>
            <Table striped>
              <Table.Caption>{t('history.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('form.measuredOn')}</Table.Th>
                  <Table.Th scope="col">{t('history.value', { unit: unitOfMeasure })}</Table.Th>
                  <Table.Th scope="col">{t('form.comment')}</Table.Th>
                  <Table.Th scope="col">{t('history.recordedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Th scope="row">{formatDate(m.measuredOn)}</Table.Th>
                    <Table.Td>{formatNumber(m.value)}</Table.Td>
                    <Table.Td>{m.comment || '–'}</Table.Td>
                    <Table.Td>{formatDateTime(m.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </SimpleGrid>
      )}
    </section>
  );
}
