import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { canKeepReferences, type ReferenceSubject } from '@overblik/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/useActor';
import { getFragmentData } from '../../../gql';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { QueryState } from '../../../ui/QueryState';
import {
  CreateExternalReferenceDocument,
  DeleteExternalReferenceDocument,
  ExternalReferenceRow,
  ExternalReferencesDocument,
  UpdateExternalReferenceDocument,
} from '../graphql/references.documents';
import { ReferenceForm } from './ReferenceForm';

interface Props {
  subject: ReferenceSubject;
  subjectId: string;
  /** False where a rule on the record itself refuses the viewer (a system usage they do not keep). */
  editable?: boolean;
}

/**
 * The organisation's references to documents outside Overblik (ESDH document or case, a web page) on a
 * system, data source, contract, project or benefit, as KITOS keeps them; kept here by whoever edits the area.
 */
export function ExternalReferencesSection({ subject, subjectId, editable = true }: Props) {
  const { t } = useTranslation('references');
  const headingId = useId();
  const canKeep = useCan(canKeepReferences(subject)) && editable;
  const variables = { subject, subjectId };
  const { data, loading, error, refetch } = useQuery(ExternalReferencesDocument, { variables });
  const refetchList = {
    refetchQueries: [{ query: ExternalReferencesDocument, variables }],
    awaitRefetchQueries: true,
  };
  const [create] = useMutation(CreateExternalReferenceDocument, refetchList);
  const [update] = useMutation(UpdateExternalReferenceDocument);
  const [remove, removing] = useMutation(DeleteExternalReferenceDocument, refetchList);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const rows = getFragmentData(ExternalReferenceRow, data?.externalReferences ?? []);
  const deleting = rows.find((r) => r.id === deletingId);

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id={headingId}>
            {t('heading')}
          </Title>
          {canKeep && !adding && (
            <Button variant="default" size="xs" onClick={() => setAdding(true)}>
              {t('add')}
            </Button>
          )}
        </Group>
        <QueryState
          loading={loading && !data}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={t('loading')}
        >
          {rows.length === 0 && !adding && <Text c="dimmed">{t('empty')}</Text>}
          {rows.length > 0 && (
            <Table aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('title')}</Table.Th>
                  <Table.Th>{t('documentId')}</Table.Th>
                  {canKeep && <Table.Th>{t('actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) =>
                  editingId === r.id ? (
                    <Table.Tr key={r.id}>
                      <Table.Td colSpan={3}>
                        <ReferenceForm
                          label={t('editNamed', { name: r.title })}
                          initial={{ title: r.title, documentId: r.documentId, url: r.url }}
                          onCancel={() => setEditingId(null)}
                          onSave={async (values) => {
                            await update({
                              variables: { input: { ...values, id: r.id, version: r.version } },
                            });
                            setEditingId(null);
                          }}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ) : (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        {r.url ? (
                          <Anchor href={r.url} target="_blank" rel="noopener noreferrer">
                            {r.title}
                          </Anchor>
                        ) : (
                          r.title
                        )}
                      </Table.Td>
                      <Table.Td>{r.documentId || '–'}</Table.Td>
                      {canKeep && (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('editNamed', { name: r.title })}
                              onClick={() => setEditingId(r.id)}
                            >
                              ✎
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={t('removeNamed', { name: r.title })}
                              onClick={() => setDeletingId(r.id)}
                            >
                              ✕
                            </ActionIcon>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ),
                )}
              </Table.Tbody>
            </Table>
          )}
        </QueryState>
        {adding && (
          <ReferenceForm
            label={t('new')}
            onCancel={() => setAdding(false)}
            onSave={async (values) => {
              await create({ variables: { input: { ...values, subject, subjectId } } });
              setAdding(false);
            }}
          />
        )}
      </Stack>
      {deleting && (
        <ConfirmDeleteModal
          title={t('removeNamed', { name: deleting.title })}
          message={t('removeConfirm', { name: deleting.title })}
          labels={{ close: t('close'), cancel: t('cancel'), confirm: t('remove') }}
          error={removing.error}
          loading={removing.loading}
          onConfirm={() =>
            void remove({ variables: { id: deleting.id, version: deleting.version } })
              .then(() => setDeletingId(null))
              .catch(() => undefined)
          }
          onClose={() => setDeletingId(null)}
        />
      )}
    </Paper>
  );
}
