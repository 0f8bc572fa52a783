import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { checkRules, externalReferenceFields } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';

export interface ReferenceValues {
  title: string;
  documentId: string;
  url: string;
}

interface Props {
  initial?: ReferenceValues;
  /** The form's accessible name, e.g. "Ny reference" or "Ret Databehandleraftale". */
  label: string;
  onSave: (values: ReferenceValues) => Promise<unknown>;
  onCancel: () => void;
}

/** Title, ESDH document id or case number, and URL; checks the shared rules before sending. */
export function ReferenceForm({ initial, label, onSave, onCancel }: Props) {
  const { t } = useTranslation('references');
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const [values, setValues] = useState<ReferenceValues>(initial ?? { title: '', documentId: '', url: '' });
  const [apiErrors, setApiErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const field = (key: keyof ReferenceValues) => ({
    value: values[key],
    error: rules.message(key) ?? apiErrors[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [key]: value }));
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiErrors({});
    setFormError(null);
    const checked = checkRules(externalReferenceFields, values);
    if (!rules.passes(checked)) return;
    setSaving(true);
    try {
      await onSave(checked.data);
    } catch (error) {
      setApiErrors(apiFieldErrors(error));
      setFormError(describeError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={label}>
      <Stack gap="xs">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('title')} required {...field('title')} />
        <Group grow align="flex-start">
          <TextInput label={t('documentId')} description={t('documentIdHint')} {...field('documentId')} />
          <TextInput label={t('url')} description={t('urlHint')} type="url" {...field('url')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
