import { Alert, Button, Group, Input, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { restoreOrganisation, type RestoredOrganisation } from '../organisation-transfer';

/**
 * Installation administrators restore an organisation export into a new, empty organisation of
 * this installation: all of it or, when the file is refused, nothing.
 */
export function RestoreOrganisationForm() {
  const { t, i18n } = useTranslation('admin');
  const client = useApolloClient();
  const titleId = useId();
  const fileId = useId();
  // A new key empties the file input after a restore.
  const [resetKey, setResetKey] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ file?: string; slug?: string }>({});
  const [restored, setRestored] = useState<RestoredOrganisation | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setRestored(null);
    const required = {
      ...(file ? {} : { file: t('restore.fileRequired') }),
      ...(slug.trim() ? {} : { slug: t('restore.slugRequired') }),
    };
    setMissing(required);
    if (!file || !slug.trim()) return;
    setBusy(true);
    try {
      const result = await restoreOrganisation(file, { slug: slug.trim(), name: name.trim() }, i18n.language);
      if ('error' in result) setError(result.error);
      else {
        setRestored(result.organisation);
        setFile(null);
        setResetKey((k) => k + 1);
        setSlug('');
        setName('');
        await client.refetchQueries({ include: ['InstallationOrganisations'] });
      }
    } catch {
      setError(t('restore.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {t('restore.title')}
      </Title>
      <Text size="sm">{t('restore.intro')}</Text>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={760}>
          {/* A native file input: labelled by its wrapper, keyboard-operable, and named for screen readers. */}
          <Input.Wrapper label={t('restore.file')} required error={missing.file} id={fileId}>
            <input
              key={resetKey}
              id={fileId}
              type="file"
              accept="application/json,.json"
              aria-invalid={missing.file ? true : undefined}
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </Input.Wrapper>
          <TextInput
            label={t('restore.slug')}
            description={t('restore.slugHint')}
            required
            autoComplete="off"
            value={slug}
            onChange={(e) => setSlug(e.currentTarget.value)}
            error={missing.slug}
          />
          <TextInput
            label={t('restore.name')}
            description={t('restore.nameHint')}
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit" loading={busy}>
            {t('restore.submit')}
          </Button>
        </Group>
      </form>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {restored && (
        <Alert color="green" role="status">
          {t('restore.done', { name: restored.name, slug: restored.slug })}
        </Alert>
      )}
    </Stack>
  );
}
