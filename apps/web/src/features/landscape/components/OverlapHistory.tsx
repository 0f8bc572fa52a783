import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import { OverlapsDocument, ReopenOverlapAcceptanceDocument } from '../graphql/landscape.documents';

export const OverlapHistory_acceptance = graphql(`
  fragment OverlapHistory_acceptance on OverlapAcceptance {
    id
    capabilityName
    usageNames
    reason
    acceptedAt
    reopenedAt
    reopenReason
    version
  }
`);

export interface OverlapHistoryProps {
  acceptances: readonly FragmentType<typeof OverlapHistory_acceptance>[];
  /** False for readers: they see the history but cannot reopen. */
  canReopen: boolean;
}

/** Every accepted overlap, standing or reopened; a standing one can be reopened. */
export function OverlapHistory({ acceptances: refs, canReopen }: OverlapHistoryProps) {
  const { t } = useTranslation('landscape');
  const { formatDateTime } = useFormatters();
  const describeError = useErrorMessage();
  // The acceptance's row updates from the mutation's fragment; the refetch is for the open list, to
  // which the reopened overlap returns with consolidations only the server computes.
  const [reopen, { loading, error }] = useMutation(ReopenOverlapAcceptanceDocument, {
    refetchQueries: [{ query: OverlapsDocument }],
    awaitRefetchQueries: true,
  });
  const rows = refs.map((ref) => getFragmentData(OverlapHistory_acceptance, ref));

  return (
    <Stack gap="sm" component="section" aria-labelledby="overlap-history">
      <Title order={2} size="h3" id="overlap-history">
        {t('overlap.history')}
      </Title>
      {error && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      {rows.length === 0 ? (
        <p>{t('overlap.noHistory')}</p>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('overlap.capability')}</Table.Th>
              <Table.Th scope="col">{t('overlap.systemsPlain')}</Table.Th>
              <Table.Th scope="col">{t('overlap.reason')}</Table.Th>
              <Table.Th scope="col">{t('overlap.acceptedAt')}</Table.Th>
              <Table.Th scope="col">{t('overlap.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.capabilityName}</Table.Td>
                <Table.Td>{a.usageNames.join(', ')}</Table.Td>
                <Table.Td>{a.reason}</Table.Td>
                <Table.Td>{formatDateTime(a.acceptedAt)}</Table.Td>
                <Table.Td>
                  {a.reopenedAt ? (
                    t('overlap.reopenedOn', {
                      date: formatDateTime(a.reopenedAt),
                      reason: a.reopenReason ?? '',
                    })
                  ) : canReopen ? (
                    <Button
                      size="xs"
                      variant="default"
                      loading={loading}
                      aria-label={t('overlap.reopenLabel', { capability: a.capabilityName })}
                      onClick={() =>
                        void reopen({ variables: { id: a.id, version: a.version } }).catch(() => null)
                      }
                    >
                      {t('overlap.reopen')}
                    </Button>
                  ) : (
                    t('overlap.standing')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
