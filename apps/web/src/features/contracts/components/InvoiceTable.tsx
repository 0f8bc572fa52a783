import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { ScrollTable } from '../../../ui/ScrollTable';

export const InvoiceTable_invoice = graphql(`
  fragment InvoiceTable_invoice on Invoice {
    id
    number
    invoiceDate
    periodStart
    periodEnd
    amount
    check {
      expected
      deviation
      deviationPercent
      flagged
      tolerancePercent
    }
  }
`);

/** Invoices with the expected amount and the deviation flag from invoice control. */
export function InvoiceTable({
  invoices: refs,
}: {
  invoices: readonly FragmentType<typeof InvoiceTable_invoice>[];
}) {
  const invoices = getFragmentData(InvoiceTable_invoice, refs);
  const { t } = useTranslation('contracts');
  const { formatDate, formatKr, formatNumber } = useFormatters();
  if (invoices.length === 0) return <Text size="sm">{t('invoices.empty')}</Text>;
  const pct = (v: number) => `${formatNumber(v, { maximumFractionDigits: 1 })} %`;
  return (
    <ScrollTable label={t('invoices.caption')} minWidth={720} exportName={t('invoices.caption')}>
      <Table captionSide="top" striped>
        <Table.Caption>{t('invoices.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('invoices.number')}</Table.Th>
            <Table.Th scope="col">{t('invoices.invoiceDate')}</Table.Th>
            <Table.Th scope="col">{t('invoices.periodStart')}</Table.Th>
            <Table.Th scope="col">{t('invoices.periodEnd')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('invoices.amount')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('invoices.expected')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('invoices.deviation')}
            </Table.Th>
            <Table.Th scope="col">{t('invoices.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((inv) => (
            <Table.Tr key={inv.id} data-testid="invoice-row">
              <Table.Th scope="row" fw={500}>
                {inv.number}
              </Table.Th>
              <Table.Td>{formatDate(inv.invoiceDate)}</Table.Td>
              <Table.Td>{formatDate(inv.periodStart)}</Table.Td>
              <Table.Td>{formatDate(inv.periodEnd)}</Table.Td>
              <Table.Td ta="right">{formatKr(inv.amount, { decimals: 2 })}</Table.Td>
              <Table.Td ta="right">{formatKr(inv.check.expected, { decimals: 2 })}</Table.Td>
              <Table.Td ta="right">{formatKr(inv.check.deviation, { decimals: 2 })}</Table.Td>
              <Table.Td>
                {inv.check.flagged ? (
                  <Badge
                    color="red"
                    variant="filled"
                    title={t('invoices.flaggedLong', {
                      percent: pct(inv.check.deviationPercent),
                      tolerance: pct(inv.check.tolerancePercent),
                    })}
                  >
                    {t('invoices.flagged')}
                  </Badge>
                ) : (
                  <Badge color="green" variant="light">
                    {t('invoices.ok')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
