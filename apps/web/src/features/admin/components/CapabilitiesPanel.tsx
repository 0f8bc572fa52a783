import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Group, Stack, Table } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { AdminCapabilitiesDocument, SetCapabilityArchivedDocument } from '../graphql/capability.documents';
import { orderUnitTree } from '../unit-tree';
import { CapabilityDialog } from './CapabilityDialog';
import { ScrollTable } from '../../../ui/ScrollTable';

export interface CapabilitiesPanelProps {
  organisationName: string;
  canEdit: boolean;
}

/** The capability taxonomy in tree order; administrators add, rename, move, archive and restore. */
export function CapabilitiesPanel({ organisationName, canEdit }: CapabilitiesPanelProps) {
  const { t, i18n } = useTranslation('admin');
  const describeError = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(AdminCapabilitiesDocument);
  // The capability comes back with its fragments; the tree is ordered here, so nothing is re-read.
  const [setArchived, archiving] = useMutation(SetCapabilityArchivedDocument);
  // The capability being edited, by id, so the dialog reads it from the current list.
  const [dialog, setDialog] = useState<{ id?: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const nodes = useMemo(() => data?.capabilities ?? [], [data]);
  const rows = useMemo(() => orderUnitTree(nodes, i18n.resolvedLanguage), [nodes, i18n.resolvedLanguage]);
  const finish = (message: string) => {
    setDialog(null);
    setDone(message);
  };
  const toggleArchived = async (c: (typeof nodes)[number]) => {
    const result = await setArchived({
      variables: { id: c.id, version: c.version, archived: !c.archived },
    }).catch(() => null);
    if (result) finish(t(c.archived ? 'capabilities.restored' : 'capabilities.archived', { name: c.name }));
  };

  return (
    <Stack gap="xl">
      {done && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel={t('capabilities.close')}
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      {archiving.error && (
        <Alert color="red" role="alert">
          {describeError(archiving.error)}
        </Alert>
      )}
      {canEdit && (
        <Group>
          <Button onClick={() => setDialog({})}>{t('capabilities.create')}</Button>
        </Group>
      )}
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={rows.length === 0}
        loadingLabel={t('capabilities.loading')}
        emptyText={t('capabilities.empty')}
      >
        <ScrollTable
          label={t('capabilities.caption', { organisation: organisationName })}
          minWidth={520}
          exportName={t('capabilities.caption', { organisation: organisationName })}
        >
          <Table striped verticalSpacing="sm" captionSide="top">
            <Table.Caption>{t('capabilities.caption', { organisation: organisationName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('capabilities.name')}</Table.Th>
                <Table.Th scope="col">{t('capabilities.origin')}</Table.Th>
                <Table.Th scope="col">{t('capabilities.usages')}</Table.Th>
                <Table.Th scope="col">{t('capabilities.status')}</Table.Th>
                {canEdit && (
                  <Table.Th scope="col" data-export="skip">
                    {t('capabilities.actions')}
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ unit: c, depth }) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={depth === 0 ? 600 : 400}>
                    <Box pl={depth * 24}>{c.name}</Box>
                  </Table.Th>
                  <Table.Td>{c.kitosBusinessType ? t('capabilities.kitos') : t('capabilities.own')}</Table.Td>
                  <Table.Td>{c.usageCount}</Table.Td>
                  <Table.Td>
                    {c.archived ? t('capabilities.archivedStatus') : t('capabilities.active')}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setDialog({ id: c.id })}>
                          {t('capabilities.edit')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t(
                            c.archived ? 'capabilities.restoreLabel' : 'capabilities.archiveLabel',
                            {
                              name: c.name,
                            },
                          )}
                          onClick={() => void toggleArchived(c)}
                        >
                          {t(c.archived ? 'capabilities.restore' : 'capabilities.archive')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
      {dialog && (
        <CapabilityDialog
          nodes={nodes}
          capability={nodes.find((n) => n.id === dialog.id)}
          onClose={() => setDialog(null)}
          onSaved={(name) => finish(t(dialog.id ? 'capabilities.saved' : 'capabilities.created', { name }))}
        />
      )}
    </Stack>
  );
}
