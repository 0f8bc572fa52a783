import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../ui/QueryState';
import { RagBadge } from '../../../ui/RagBadge';
import { useFormatters } from '../../../ui/useFormatters';
import { ProgrammesDocument } from '../graphql/programme.documents';
import { ScrollTable } from '../../../ui/ScrollTable';

/** The organisation's programmes with each one's roll-up at a glance. */
export function ProgrammeList() {
  const { t } = useTranslation('portfolio');
  const { formatKr, formatNumber } = useFormatters();
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, loading, error, refetch } = useQuery(ProgrammesDocument, { variables: { includeArchived } });
  const programmes = data?.programmes ?? [];
  return (
    <Stack gap="sm">
      <Switch
        label={t('programmes.showArchived')}
        checked={includeArchived}
        onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
      />
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={!!data && programmes.length === 0}
        loadingLabel={t('programmes.loading')}
        emptyText={t('programmes.empty')}
      >
        <ScrollTable label={t('programmes.caption')} minWidth={560} exportName={t('programmes.caption')}>
          <Table striped>
            <Table.Caption>{t('programmes.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('programmes.name')}</Table.Th>
                <Table.Th scope="col">{t('programmes.lead')}</Table.Th>
                <Table.Th scope="col">{t('programmes.projectCount')}</Table.Th>
                <Table.Th scope="col">{t('programmes.rollup.worst')}</Table.Th>
                <Table.Th scope="col">{t('programmes.rollup.spend')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.map((p) => (
                <Table.Tr key={p.id} data-testid="programme-row">
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/portefolje/programmer/${p.id}`}>
                      {p.name}
                    </Anchor>{' '}
                    {p.archived && (
                      <Badge color="gray" variant="light">
                        {t('programmes.archived')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{p.lead?.name ?? '–'}</Table.Td>
                  <Table.Td>{p.rollup.projectCount}</Table.Td>
                  <Table.Td>
                    {p.rollup.status.worst ? (
                      <RagBadge rag={p.rollup.status.worst} />
                    ) : (
                      <Text size="sm">{t('programmes.rollup.noReports')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {t('programmes.spendOf', {
                      spent: formatKr(p.rollup.spend.spent),
                      budget: formatKr(p.rollup.spend.budget),
                    })}
                    {p.rollup.spend.spentPercent !== null &&
                      ` (${formatNumber(Math.round(p.rollup.spend.spentPercent))} %)`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
    </Stack>
  );
}
