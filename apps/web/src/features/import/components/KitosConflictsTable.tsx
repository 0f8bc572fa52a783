import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KitosConflictChoice, KitosConnectionQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/formatters';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { ResolveKitosConflictDocument } from '../graphql/kitos-sync.documents';

type Conflict = KitosConnectionQuery['kitosConflicts'][number];

/** Objects changed in KITOS and in Overblik since the last sync: a person keeps one side or the other. */
export function KitosConflictsTable({
  conflicts,
  onDecided,
}: {
  conflicts: readonly Conflict[];
  onDecided: () => void;
}) {
  const { t, i18n } = useTranslation('import');
  const errorMessage = useErrorMessage();
  const [resolve, { loading }] = useMutation(ResolveKitosConflictDocument);
  const [problem, setProblem] = useState<string | null>(null);

  const decide = async (id: string, choice: KitosConflictChoice) => {
    setProblem(null);
    try {
      await resolve({ variables: { id, choice } });
      onDecided();
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  return (
    <section aria-labelledby="kitos-conflicts">
      <Title order={2} size="h3" id="kitos-conflicts" mb="sm">
        {t('kitosSync.conflicts.title')}
      </Title>
      {problem && (
        <Alert color="red" role="alert" mb="sm">
          {problem}
        </Alert>
      )}
      {conflicts.length === 0 ? (
        <Text size="sm">{t('kitosSync.conflicts.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped captionSide="top">
            <Table.Caption>{t('kitosSync.conflicts.caption', { count: conflicts.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('kitosSync.conflicts.name')}</Table.Th>
                <Table.Th scope="col">{t('kitosSync.conflicts.kind')}</Table.Th>
                <Table.Th scope="col">{t('kitosSync.conflicts.changes')}</Table.Th>
                <Table.Th scope="col">{t('kitosSync.conflicts.changedHere')}</Table.Th>
                <Table.Th scope="col">{t('kitosSync.conflicts.decide')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {conflicts.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={500}>
                    {c.name}
                  </Table.Th>
                  <Table.Td>{t(`kinds.${c.kind}`)}</Table.Td>
                  <Table.Td>
                    {c.changes.map((f) => t(`fields.${f}`, { defaultValue: f })).join(', ')}
                  </Table.Td>
                  <Table.Td>
                    {formatDateTime(c.overblikChangedAt, i18n.language === 'en' ? 'en' : 'da')}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        loading={loading}
                        aria-label={t('kitosSync.conflicts.keepFor', { name: c.name })}
                        onClick={() => void decide(c.id, 'KEEP_OVERBLIK')}
                      >
                        {t('kitosSync.conflicts.keep')}
                      </Button>
                      <Button
                        size="xs"
                        loading={loading}
                        aria-label={t('kitosSync.conflicts.takeFor', { name: c.name })}
                        onClick={() => void decide(c.id, 'TAKE_KITOS')}
                      >
                        {t('kitosSync.conflicts.take')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
