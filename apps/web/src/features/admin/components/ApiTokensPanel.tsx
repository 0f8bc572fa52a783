import { useQuery } from '@apollo/client/react';
import { Badge, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { useFormatters } from '../../../ui/useFormatters';
import { ApiTokenRowFragment, ApiTokensDocument } from '../graphql/api-token.documents';
import { CreateApiTokenForm } from './CreateApiTokenForm';
import { RevokeApiTokenAction } from './RevokeApiTokenAction';
import { ScrollTable } from '../../../ui/ScrollTable';

/** The organisation's API tokens for integrations and BI: who made them, their reach, expiry and last use. */
export function ApiTokensPanel({ organisationName }: { organisationName: string }) {
  const { t } = useTranslation('admin');
  const { formatDate, formatDateTime } = useFormatters();
  const { data, loading, error, refetch } = useQuery(ApiTokensDocument);
  const tokens = (data?.apiTokens ?? []).map((token) => getFragmentData(ApiTokenRowFragment, token));
  // Expired or not, as of when the panel opened (a token expiring meanwhile is refused by the API anyway).
  const [now] = useState(() => Date.now());

  return (
    <Stack gap="xl">
      <Text size="sm" maw={760}>
        {t('tokens.intro')}
      </Text>
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={tokens.length === 0}
        loadingLabel={t('tokens.loading')}
        emptyText={t('tokens.empty')}
      >
        <ScrollTable label={t('tokens.caption', { organisation: organisationName })} minWidth={900}>
          <Table striped verticalSpacing="sm" captionSide="top">
            <Table.Caption>{t('tokens.caption', { organisation: organisationName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tokens.name')}</Table.Th>
                <Table.Th scope="col">{t('tokens.scope')}</Table.Th>
                <Table.Th scope="col">{t('tokens.createdBy')}</Table.Th>
                <Table.Th scope="col">{t('tokens.expiresAt')}</Table.Th>
                <Table.Th scope="col">{t('tokens.lastUsed')}</Table.Th>
                <Table.Th scope="col">{t('tokens.status')}</Table.Th>
                <Table.Th scope="col">{t('tokens.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((token) => {
                const expired = new Date(token.expiresAt).getTime() <= now;
                const status = token.revokedAt ? 'revoked' : expired ? 'expired' : 'active';
                return (
                  <Table.Tr key={token.id}>
                    <Table.Th scope="row" fw={500}>
                      {token.name}
                    </Table.Th>
                    <Table.Td>{t(`tokens.scopeValue.${token.scope}`)}</Table.Td>
                    <Table.Td>
                      {token.createdByName}
                      <Text size="xs" c="dimmed">
                        {formatDate(token.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDate(token.expiresAt)}</Table.Td>
                    <Table.Td>
                      {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.neverUsed')}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={status === 'active' ? 'green' : 'gray'}>
                        {status === 'revoked'
                          ? t('tokens.revokedAt', { date: formatDateTime(token.revokedAt) })
                          : t(`tokens.statusValue.${status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{status === 'active' && <RevokeApiTokenAction token={token} />}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
      <CreateApiTokenForm />
    </Stack>
  );
}
