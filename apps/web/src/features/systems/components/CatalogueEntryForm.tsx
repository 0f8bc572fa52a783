import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { catalogueEntryRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { UpdateItSystemDocument } from '../graphql/catalogue-entry.documents';
import { CatalogueEntryFields, extrasInput, type CatalogueExtras } from './CatalogueEntryFields';

export const CatalogueEntryForm_system = graphql(`
  fragment CatalogueEntryForm_system on ItSystem {
    id
    version
    name
    formerName
    description
    businessType
    supplierId
    parentSystem {
      id
      name
    }
  }
`);

/** Edits a catalogue entry's KITOS facts; checks the shared rules first, shows the API's field errors after. */
export function CatalogueEntryForm({
  system: ref,
  onDone,
}: {
  system: FragmentType<typeof CatalogueEntryForm_system>;
  onDone: () => void;
}) {
  const system = getFragmentData(CatalogueEntryForm_system, ref);
  const { t } = useTranslation('systems');
  const [update, { loading }] = useMutation(UpdateItSystemDocument);
  const [name, setName] = useState(system.name);
  const [description, setDescription] = useState(system.description);
  const [extras, setExtras] = useState<CatalogueExtras>({
    formerName: system.formerName ?? '',
    supplierId: system.supplierId ?? null,
    businessType: system.businessType ?? null,
    parentSystemId: system.parentSystem?.id ?? null,
  });
  const rules = useRuleErrors();
  const [apiErrors, setApiErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const error = (field: string) => rules.message(field) ?? apiErrors[field];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name, description, ...extrasInput(extras) };
    setApiErrors({});
    setFormError(null);
    if (!rules.check(catalogueEntryRuleErrors(input))) return;
    try {
      await update({ variables: { input: { ...input, id: system.id, version: system.version } } });
      onDone();
    } catch (e) {
      setApiErrors(apiFieldErrors(e));
      setFormError(apiErrorMessage(e) ?? t('form.failed'));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('catalogue.formTitle')}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('catalogue.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error('name')}
        />
        <Textarea
          label={t('catalogue.descriptionLabel')}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={error('description')}
        />
        <CatalogueEntryFields
          value={extras}
          onChange={(patch) => setExtras((v) => ({ ...v, ...patch }))}
          error={error}
          selfId={system.id}
          currentParent={system.parentSystem}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
