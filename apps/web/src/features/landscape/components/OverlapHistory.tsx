import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../../gql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import {
  OverlapAcceptanceFieldsFragment,
  ReopenOverlapAcceptanceDocument,
} from '../graphql/landscape.documents';

export interface OverlapHistoryProps {
  acceptances: readonly FragmentType<typeof OverlapAcceptanceFieldsFragment>[];
  /** Absent for readers. */
  onReopened?: () => void;
}

/** Every accepted overlap, standing or reopened; a standing one can be reopened. */
export function OverlapHistory({ acceptances: refs, onReopened }: OverlapHistoryProps) {
  const { t } = useTranslation('landscape');
  const { formatDateTime } = useFormatters();
  const describeError = useErrorMessage();
  const [reopen, { loading, error }] = useMutation(ReopenOverlapAcceptanceDocument);
  const rows = refs.map((ref) => getFragmentData(OverlapAcceptanceFieldsFragment, ref));

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
                  ) : onReopened ? (
                    <Button
                      size="xs"
                      variant="default"
                      loading={loading}
                      aria-label={t('overlap.reopenLabel', { capability: a.capabilityName })}
                      onClick={() =>
                        void reopen({ variables: { id: a.id, version: a.version } })
                          .then(onReopened)
                          .catch(() => null)
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
