import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Loader,
  PasswordInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../../gql';
import type { KitosSyncRunFieldsFragment } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { formatDateTime } from '../../../ui/formatters';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import {
  KitosConnectionDocument,
  KitosSyncRunFieldsFragment as RunFragment,
  SaveKitosConnectionDocument,
  SyncKitosDocument,
} from '../graphql/kitos-sync.documents';
import { KitosConflictsTable } from './KitosConflictsTable';

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
  const [save, saving] = useMutation(SaveKitosConnectionDocument);
  const [sync, syncing] = useMutation(SyncKitosDocument);
  // A refetch cut short (the panel left) is no error to report.
  const reload = () =>
    refetch().then(
      () => undefined,
      () => undefined,
    );
  const connection = data?.kitosConnection ?? null;
  const [form, setForm] = useState({
    baseUrl: '',
    kitosOrganisationUuid: '',
    email: '',
    password: '',
    nightly: false,
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [runProblem, setRunProblem] = useState<string | null>(null);

  useEffect(() => {
    if (connection) {
      setForm((f) => ({
        ...f,
        baseUrl: connection.baseUrl,
        kitosOrganisationUuid: connection.kitosOrganisationUuid,
        nightly: connection.nightly,
      }));
    }
  }, [connection]);

  if (loading && !data) return <Loader aria-label={t('kitosSync.loading')} />;
  if (error && !data) return <Alert color="red">{errorMessage(error)}</Alert>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setFields({});
    setSaved(false);
    try {
      await save({
        variables: {
          input: {
            version: connection?.version ?? null,
            baseUrl: form.baseUrl,
            kitosOrganisationUuid: form.kitosOrganisationUuid,
            email: form.email || null,
            password: form.password || null,
            nightly: form.nightly,
          },
        },
      });
      setForm((f) => ({ ...f, email: '', password: '' }));
      setSaved(true);
      await reload();
    } catch (e) {
      setFields(apiFieldErrors(e));
      setProblem(errorMessage(e));
    }
  };

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
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.currentTarget.value }));
  const stored = t('kitosSync.stored');

  return (
    <Stack gap="lg" maw={760}>
      <Text>{t('kitosSync.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('kitosSync.connection')}
          </Title>
          <TextInput
            label={t('kitosSync.baseUrl')}
            value={form.baseUrl}
            onChange={set('baseUrl')}
            error={fields.baseUrl}
            required
          />
          <TextInput
            label={t('kitosSync.organisationUuid')}
            value={form.kitosOrganisationUuid}
            onChange={set('kitosOrganisationUuid')}
            error={fields.kitosOrganisationUuid}
            required
          />
          <TextInput
            label={t('kitosSync.email')}
            description={connection?.emailSet ? stored : undefined}
            value={form.email}
            onChange={set('email')}
            error={fields.email}
            autoComplete="off"
          />
          <PasswordInput
            label={t('kitosSync.password')}
            description={connection?.passwordSet ? stored : undefined}
            value={form.password}
            onChange={set('password')}
            error={fields.password}
            autoComplete="new-password"
          />
          <Switch
            label={t('kitosSync.nightly')}
            checked={form.nightly}
            onChange={(e) => setForm((f) => ({ ...f, nightly: e.currentTarget.checked }))}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          {saved && (
            <Alert color="green" role="status">
              {t('kitosSync.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={saving.loading}>
              {t('kitosSync.save')}
            </Button>
          </Group>
        </Stack>
      </form>

      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('kitosSync.run')}
        </Title>
        <Group>
          <Button onClick={runNow} loading={syncing.loading} disabled={!connection}>
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
