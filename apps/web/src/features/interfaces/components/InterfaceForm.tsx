import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { interfaceRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { Visibility } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { PayloadFields, type Payload } from '../../../ui/PayloadFields';
import { useRuleErrorTexts } from '../../../ui/useRuleMessage';
import {
  CreateInterfaceDocument,
  InterfacesTableDocument,
  UpdateInterfaceDocument,
} from '../graphql/interfaces.documents';
import { ProviderSystemPicker } from './ProviderSystemPicker';

export const InterfaceForm_entry = graphql(`
  fragment InterfaceForm_entry on Interface {
    id
    version
    name
    description
    protocol
    dataDescription
    providerSystemId
    providerSystemName
    dataTypes
    registerFamilies
  }
`);

interface Props {
  /** The interface to edit; omitted to create a new one. */
  entry?: FragmentType<typeof InterfaceForm_entry>;
  /** Called with the id of the saved interface. */
  onDone: (id: string | null) => void;
}

/** Creates or edits a catalogue interface; checks the shared rules first, then shows the API's field errors. */
export function InterfaceForm({ entry: ref, onDone }: Props) {
  const entry = getFragmentData(InterfaceForm_entry, ref);
  const { t } = useTranslation('interfaces');
  // A new interface adds a row to the catalogue; an edit comes back with the views' fragments and
  // updates the table and the detail page through the normalised cache.
  const [create, creating] = useMutation(CreateInterfaceDocument, {
    refetchQueries: [InterfacesTableDocument],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(UpdateInterfaceDocument);
  const [name, setName] = useState(entry?.name ?? '');
  const [description, setDescription] = useState(entry?.description ?? '');
  const [protocol, setProtocol] = useState(entry?.protocol ?? '');
  const [dataDescription, setDataDescription] = useState(entry?.dataDescription ?? '');
  const [providerSystemId, setProviderSystemId] = useState<string | null>(entry?.providerSystemId ?? null);
  const [visibility, setVisibility] = useState<Visibility>('SHARED');
  const [payload, setPayload] = useState<Payload>({
    dataTypes: entry?.dataTypes ?? [],
    registerFamilies: entry?.registerFamilies ?? [],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const ruleErrorTexts = useRuleErrorTexts();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const fields = {
      name: name.trim(),
      description,
      protocol: protocol.trim() || null,
      dataDescription,
      providerSystemId,
      ...payload,
    };
    // The shared rules (`@overblik/domain`) the API checks again.
    const local = ruleErrorTexts(interfaceRuleErrors(fields));
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      if (entry) {
        await update({ variables: { input: { ...fields, id: entry.id, version: entry.version } } });
        onDone(entry.id);
      } else {
        const result = await create({ variables: { input: { ...fields, visibility } } });
        onDone(result.data?.createInterface.id ?? null);
      }
    } catch (error) {
      setErrors(apiFieldErrors(error));
      setFormError(apiErrorMessage(error) ?? t('form.failed'));
    }
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={entry ? t('form.editNamed', { name: entry.name }) : t('form.create')}
    >
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('columns.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <Textarea
          label={t('form.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors.description}
          autosize
          minRows={2}
        />
        <ProviderSystemPicker
          value={providerSystemId}
          valueName={entry?.providerSystemName ?? null}
          onChange={setProviderSystemId}
          error={errors.providerSystemId}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('columns.protocol')}
            description={t('form.protocolHint')}
            value={protocol}
            onChange={(e) => setProtocol(e.currentTarget.value)}
            error={errors.protocol}
          />
          <TextInput
            label={t('columns.data')}
            value={dataDescription}
            onChange={(e) => setDataDescription(e.currentTarget.value)}
            error={errors.dataDescription}
          />
        </Group>
        <PayloadFields value={payload} onChange={setPayload} errors={errors} />
        {!entry && (
          <Radio.Group label={t('form.visibility')} value={visibility} onChange={(v) => setVisibility(v)}>
            <Group gap="md" mt={4}>
              <Radio value="SHARED" label={t('visibility.SHARED')} />
              <Radio value="LOCAL" label={t('visibility.LOCAL')} />
            </Group>
          </Radio.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
