import { Alert, Button, Checkbox, Popover, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage, apiFieldErrors } from '../error-message';

interface Props {
  canSetDefault: boolean;
  /** Saves the current table state; rejects with the API error. */
  onSave: (name: string, organisationDefault: boolean) => Promise<void>;
}

/** "Save current view as …": a name and, for administrators, "organisation default". */
export function SaveViewForm({ canSetDefault, onSave }: Props) {
  const { t } = useTranslation('savedViews');
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  const [asDefault, setAsDefault] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldErrors = apiFieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave(name, asDefault);
      setOpened(false);
      setName('');
      setAsDefault(false);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" size="xs" onClick={() => setOpened((o) => !o)}>
          {t('saveAs')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('saveAs')}>
          <Stack gap="xs" w={260}>
            {error != null && !Object.keys(fieldErrors).length ? (
              <Alert color="red" role="alert">
                {apiErrorMessage(error) ?? t('failed')}
              </Alert>
            ) : null}
            <TextInput
              label={t('name')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldErrors.name ?? fieldErrors.config}
            />
            {canSetDefault && (
              <Checkbox
                label={t('organisationDefault')}
                description={t('organisationDefaultHint')}
                checked={asDefault}
                onChange={(e) => setAsDefault(e.currentTarget.checked)}
              />
            )}
            <Button type="submit" size="xs" loading={saving}>
              {t('save')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
