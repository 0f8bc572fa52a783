import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { externalReferenceFields } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import { useRuleForm } from '../../../ui/useRuleForm';

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
  const { field, submit, formError, saving } = useRuleForm(
    externalReferenceFields,
    initial ?? { title: '', documentId: '', url: '' },
    onSave,
  );

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
