import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { supplierContactFields } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import { useRuleForm } from '../../../ui/useRuleForm';

export interface ContactValues {
  name: string;
  role: string;
  email: string;
  phone: string;
}

interface Props {
  initial?: ContactValues;
  /** The form's accessible name, e.g. "Ny kontaktperson" or "Ret Lise Holm". */
  label: string;
  onSave: (values: {
    name: string;
    role: string;
    email: string | null;
    phone: string | null;
  }) => Promise<unknown>;
  onCancel: () => void;
}

/** Name, role, e-mail and phone of a person at the supplier; checks the shared rules before sending. */
export function ContactForm({ initial, label, onSave, onCancel }: Props) {
  const { t } = useTranslation('suppliers');
  const { field, submit, formError, saving } = useRuleForm(
    supplierContactFields,
    initial ?? { name: '', role: '', email: '', phone: '' },
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
        <Group grow align="flex-start">
          <TextInput label={t('contacts.name')} required {...field('name')} />
          <TextInput label={t('contacts.role')} description={t('contacts.roleHint')} {...field('role')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('contacts.email')} type="email" {...field('email')} />
          <TextInput label={t('contacts.phone')} type="tel" {...field('phone')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
