import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, PasswordInput, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KitosConnectionQuery } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { SaveKitosConnectionDocument } from '../graphql/kitos-sync.documents';

type Connection = NonNullable<KitosConnectionQuery['kitosConnection']>;

/**
 * The connection's settings. The e-mail and password are write-only: the fields start empty, and
 * left empty they keep what is stored (the API says only whether each is set). Keyed by the
 * connection's version, so a saved edit starts a fresh form from the stored values; that is why
 * "saved" is the panel's state, not the form's: the form is a new one once the save has landed.
 */
export function KitosConnectionForm({
  connection,
  saved,
  onSubmit,
  onSaved,
}: {
  connection: Connection | null;
  saved: boolean;
  onSubmit: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('import');
  const errorMessage = useErrorMessage();
  const [save, saving] = useMutation(SaveKitosConnectionDocument);
  const [form, setForm] = useState({
    baseUrl: connection?.baseUrl ?? '',
    kitosOrganisationUuid: connection?.kitosOrganisationUuid ?? '',
    email: '',
    password: '',
    nightly: connection?.nightly ?? false,
  });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setFields({});
    onSubmit();
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
      onSaved();
    } catch (e) {
      setFields(apiFieldErrors(e));
      setProblem(errorMessage(e));
    }
  };

  // The value is read in the handler: the event is gone by the time an updater runs.
  const set =
    (key: 'baseUrl' | 'kitosOrganisationUuid' | 'email' | 'password') =>
    (e: ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [key]: value }));
    };
  const stored = t('kitosSync.stored');

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
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
          onChange={(e) => {
            const nightly = e.currentTarget.checked;
            setForm((f) => ({ ...f, nightly }));
          }}
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
  );
}
