import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Table } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../ui/error-message';
import { QueryState } from '../../../ui/QueryState';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { HandOverResponsibilitiesDocument, ResponsibilitiesDocument } from '../graphql/hand-over.documents';

export interface Person {
  id: string;
  name: string;
}

export interface HandOverDialogProps {
  from: Person;
  /** The colleagues who can take over (the organisation's other members). */
  colleagues: Person[];
  onClose: () => void;
}

type Item = { kind: string; role: string; id: string; version: number };
const keyOf = (i: Item) => `${i.kind}:${i.id}:${i.role}`;

/**
 * Everything a member holds (systems, contracts, projects, benefits), all ticked, moved to one
 * colleague in a single step; the API refuses the lot if any record changed meanwhile.
 */
export function HandOverDialog({ from, colleagues, onClose }: HandOverDialogProps) {
  const { t } = useTranslation('admin');
  const describeError = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(ResponsibilitiesDocument, {
    variables: { userId: from.id },
    fetchPolicy: 'network-only',
  });
  const items = data?.responsibilities ?? [];
  // Unticked rather than ticked, so every listed responsibility starts ticked.
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [toUserId, setToUserId] = useState<string | null>(null);
  const [done, setDone] = useState<{ count: number; name: string } | null>(null);
  const [handOver, handOverState] = useMutation(HandOverResponsibilitiesDocument);
  const fieldErrors = apiFieldErrors(handOverState.error);
  const ticked = items.filter((i) => !unticked.has(keyOf(i)));

  const toggle = (key: string, on: boolean) => {
    const next = new Set(unticked);
    if (on) next.delete(key);
    else next.add(key);
    setUnticked(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!toUserId || !ticked.length) return;
    const result = await handOver({
      variables: {
        input: {
          fromUserId: from.id,
          toUserId,
          items: ticked.map(({ kind, role, id, version }) => ({ kind, role, id, version })),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setDone({
        count: result.data.handOverResponsibilities,
        name: colleagues.find((c) => c.id === toUserId)?.name ?? '',
      });
      setUnticked(new Set());
      await refetch();
    }
  };

  const title = t('handOver.title', { name: from.name });
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('handOver.close') }}
    >
      <Stack gap="md">
        {done && (
          <Alert color="green" role="status">
            {t('handOver.done', done)}
          </Alert>
        )}
        <QueryState
          loading={loading && !data}
          error={error}
          onRetry={() => void refetch()}
          empty={items.length === 0}
          loadingLabel={t('handOver.loading')}
          emptyText={t('handOver.empty', { name: from.name })}
        >
          <form onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
            <Stack gap="md">
              <Table striped captionSide="top">
                <Table.Caption>{t('handOver.caption', { name: from.name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">
                      <Checkbox
                        aria-label={t('handOver.all')}
                        checked={ticked.length === items.length}
                        indeterminate={ticked.length > 0 && ticked.length < items.length}
                        onChange={(e) =>
                          setUnticked(e.currentTarget.checked ? new Set() : new Set(items.map(keyOf)))
                        }
                      />
                    </Table.Th>
                    <Table.Th scope="col">{t('handOver.kind')}</Table.Th>
                    <Table.Th scope="col">{t('handOver.record')}</Table.Th>
                    <Table.Th scope="col">{t('handOver.role')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((i) => (
                    <Table.Tr key={keyOf(i)}>
                      <Table.Td>
                        <Checkbox
                          aria-label={`${t('handOver.tick')}: ${i.name} (${t(`handOver.roles.${i.role}`)})`}
                          checked={!unticked.has(keyOf(i))}
                          onChange={(e) => toggle(keyOf(i), e.currentTarget.checked)}
                        />
                      </Table.Td>
                      <Table.Td>{t(`handOver.kinds.${i.kind}`)}</Table.Td>
                      <Table.Th scope="row" fw={500}>
                        {i.name}
                      </Table.Th>
                      <Table.Td>{t(`handOver.roles.${i.role}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Select
                label={t('handOver.to')}
                placeholder={t('handOver.toPlaceholder')}
                data={colleagues.map((c) => ({ value: c.id, label: c.name }))}
                value={toUserId}
                onChange={setToUserId}
                searchable
                required
                error={fieldErrors.toUserId}
                maw={360}
              />
              <Group>
                <Button type="submit" disabled={!toUserId || !ticked.length} loading={handOverState.loading}>
                  {t('handOver.submit', { count: ticked.length })}
                </Button>
                <Button variant="default" onClick={onClose}>
                  {t('handOver.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        </QueryState>
        {handOverState.error && !Object.keys(fieldErrors).length && (
          <Alert color="red" role="alert">
            {describeError(handOverState.error)}
          </Alert>
        )}
      </Stack>
    </Modal>
  );
}
