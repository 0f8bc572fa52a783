import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { checkRules, supplierFields } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { CreateSupplierDocument, UpdateSupplierDocument } from '../graphql/suppliers.documents';

interface Props {
  /** The supplier to edit; none to register a new one. */
  supplier?: { id: string; version: number; name: string; cvr: string | null };
  onDone: (id: string) => void;
  onCancel: () => void;
}

/** Name and CVR of a supplier; the shared rules run before sending, the API refuses a second entry for one company. */
export function SupplierForm({ supplier, onDone, onCancel }: Props) {
  const { t } = useTranslation('suppliers');
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const [name, setName] = useState(supplier?.name ?? '');
  const [cvr, setCvr] = useState(supplier?.cvr ?? '');
  const [apiErrors, setApiErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, created] = useMutation(CreateSupplierDocument, { refetchQueries: ['SuppliersList'] });
  const [update, updated] = useMutation(UpdateSupplierDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiErrors({});
    setFormError(null);
    const checked = checkRules(supplierFields, { name, cvr });
    if (!rules.passes(checked)) return;
    const input = { name: checked.data.name, cvr: checked.data.cvr };
    try {
      if (supplier) {
        await update({ variables: { input: { ...input, id: supplier.id, version: supplier.version } } });
        onDone(supplier.id);
      } else {
        const result = await create({ variables: { input } });
        onDone(result.data!.createSupplier.id);
      }
    } catch (error) {
      setApiErrors(apiFieldErrors(error));
      setFormError(describeError(error));
    }
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={supplier ? t('form.edit') : t('form.create')}
    >
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('form.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={rules.message('name') ?? apiErrors.name}
        />
        <TextInput
          label={t('form.cvr')}
          description={t('form.cvrHint')}
          inputMode="numeric"
          value={cvr}
          onChange={(e) => setCvr(e.currentTarget.value)}
          error={rules.message('cvr') ?? apiErrors.cvr}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={created.loading || updated.loading}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
