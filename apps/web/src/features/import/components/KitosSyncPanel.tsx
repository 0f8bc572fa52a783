import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../../gql';
import type { KitosSyncRunFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/formatters';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import {
  KitosConnectionDocument,
  KitosSyncRunFieldsFragment as RunFragment,
  SyncKitosDocument,
} from '../graphql/kitos-sync.documents';
import { KitosConflictsTable } from './KitosConflictsTable';
import { KitosConnectionForm } from './KitosConnectionForm';

/** A run's outcome in words: the counts, or why it failed. */
function RunSummary({ run }: { run: KitosSyncRunFieldsFragment }) {
  const { t } = useTranslation('import');
  if (!run.ok) {
    return (
      <Alert color="red" title={t('kitosSync.failed')}>
        {run.message}
      </Alert>
    );
  }
  return (
    <Alert color={run.errorCount || run.conflicts ? 'yellow' : 'green'} title={t('kitosSync.succeeded')}>
      <Text size="sm">{t('kitosSync.counts', { ...run })}</Text>
      {run.problems.map((p) => (
        <Text key={p} size="sm">
          {p}
        </Text>
      ))}
    </Alert>
  );
}

/**
 * Administration → KITOS: the connection to KITOS's API v2 (the credentials are written, never
 * shown: the API only says whether they are set), "Synchronise now", the last result, and the
 * objects changed on both sides for a person to decide.
 */
export function KitosSyncPanel() {
  const { t, i18n } = useTranslation('import');
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(KitosConnectionDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [sync, syncing] = useMutation(SyncKitosDocument);
  // A refetch cut short (the panel left) is no error to report.
  const reload = () =>
    refetch().then(
      () => undefined,
      () => undefined,
    );
  const connection = data?.kitosConnection ?? null;
  const [runProblem, setRunProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  if (loading && !data) return <Loader aria-label={t('kitosSync.loading')} />;
  if (error && !data) return <Alert color="red">{errorMessage(error)}</Alert>;

  const runNow = async () => {
    setRunProblem(null);
    try {
      await sync();
    } catch (e) {
      setRunProblem(errorMessage(e));
    }
    await reload();
  };

  const lastRun = connection?.lastRun ? getFragmentData(RunFragment, connection.lastRun) : null;
  return (
    <Stack gap="lg" maw={760}>
      <Text>{t('kitosSync.intro')}</Text>
      <KitosConnectionForm
        key={connection?.version ?? 'new'}
        connection={connection}
        saved={saved}
        onSubmit={() => setSaved(false)}
        onSaved={() => {
          setSaved(true);
          void reload();
        }}
      />

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('kitosSync.run')}
        </Title>
        <Group>
          <Button onClick={() => void runNow()} loading={syncing.loading} disabled={!connection}>
            {t('kitosSync.syncNow')}
          </Button>
        </Group>
        {runProblem && (
          <Alert color="red" role="alert">
            {runProblem}
          </Alert>
        )}
        {connection?.lastRunAt ? (
          <Text size="sm">
            {t('kitosSync.lastRunAt', {
              at: formatDateTime(connection.lastRunAt, i18n.language === 'en' ? 'en' : 'da'),
            })}
          </Text>
        ) : (
          <Text size="sm">{t('kitosSync.neverRun')}</Text>
        )}
        {lastRun && <RunSummary run={lastRun} />}
      </Stack>

      <KitosConflictsTable conflicts={data?.kitosConflicts ?? []} onDecided={() => void reload()} />
    </Stack>
  );
}
