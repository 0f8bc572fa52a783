import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { CHANNELS, DATA_SOURCE_KINDS, LIFECYCLES, dataSourceRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { Channel, DataSourceKind, Lifecycle } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { useRuleErrorTexts } from '../../../ui/useRuleMessage';
import {
  CreateDataSourceDocument,
  DataSourceSupplierOptionsDocument,
  UpdateDataSourceDocument,
} from '../graphql/data-source-form.documents';
import { DataSourcesTableDocument } from '../graphql/data-sources.documents';

export const DataSourceForm_source = graphql(`
  fragment DataSourceForm_source on DataSource {
    id
    version
    name
    description
    kind
    registerFamily
    copyOfId
    defaultChannel
    lifecycle
    endsOn
    costModel
    supplierId
  }
`);

interface Props {
  /** The source to edit; omitted to create a new one. */
  source?: FragmentType<typeof DataSourceForm_source>;
  /** Candidates for "copy of" (the authoritative source a copy register mirrors). */
  sources: readonly { id: string; name: string }[];
  onDone: () => void;
}

/** Creates or edits a data source in the catalogue; checks the shared rules before sending, shows the API's field errors after. */
export function DataSourceForm({ source: ref, sources, onDone }: Props) {
  const source = getFragmentData(DataSourceForm_source, ref);
  const { t } = useTranslation(['dataSources', 'systems']);
  // A new source adds a row to the list; an edit comes back with the views' fragments and
  // updates every view through the normalised cache.
  const [create, creating] = useMutation(CreateDataSourceDocument, {
    refetchQueries: [DataSourcesTableDocument],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(UpdateDataSourceDocument);
  const [name, setName] = useState(source?.name ?? '');
  const [description, setDescription] = useState(source?.description ?? '');
  const [kind, setKind] = useState<DataSourceKind>(source?.kind ?? 'INTERNAL');
  const [registerFamily, setRegisterFamily] = useState(source?.registerFamily ?? '');
  const [copyOfId, setCopyOfId] = useState<string | null>(source?.copyOfId ?? null);
  const [channel, setChannel] = useState<Channel>(source?.defaultChannel ?? 'SERVICEPLATFORMEN');
  const [lifecycle, setLifecycle] = useState<Lifecycle>(source?.lifecycle ?? 'IN_USE');
  const [endsOn, setEndsOn] = useState(source?.endsOn ?? '');
  const [costModel, setCostModel] = useState(source?.costModel ?? '');
  const [supplierId, setSupplierId] = useState<string | null>(source?.supplierId ?? null);
  const suppliers = useQuery(DataSourceSupplierOptionsDocument);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const ruleErrorTexts = useRuleErrorTexts();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const fields = {
      name,
      description,
      kind,
      registerFamily: registerFamily.trim() || null,
      copyOfId: kind === 'COPY_REGISTER' ? copyOfId : null,
      defaultChannel: channel,
      lifecycle,
      endsOn: endsOn || null,
      costModel,
      supplierId,
    };
    // The shared rules (`@overblik/domain`) the API checks again.
    const local = ruleErrorTexts(dataSourceRuleErrors({ ...fields, id: source?.id }));
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      if (source)
        await update({ variables: { input: { ...fields, id: source.id, version: source.version } } });
      else await create({ variables: { input: fields } });
      onDone();
    } catch (error) {
      setErrors(apiFieldErrors(error));
      setFormError(apiErrorMessage(error) ?? t('form.failed'));
    }
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={source ? t('form.editNamed', { name: source.name }) : t('form.create')}
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
        />
        <Group grow align="flex-start">
          <Select
            label={t('columns.kind')}
            data={DATA_SOURCE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(v) => v && setKind(v)}
            error={errors.kind}
          />
          <TextInput
            label={t('columns.registerFamily')}
            value={registerFamily}
            onChange={(e) => setRegisterFamily(e.currentTarget.value)}
            error={errors.registerFamily}
          />
        </Group>
        <Select
          label={t('form.supplier')}
          description={t('form.supplierHint')}
          data={(suppliers.data?.suppliers.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={supplierId}
          onChange={setSupplierId}
          searchable
          clearable
          error={errors.supplierId}
        />
        {kind === 'COPY_REGISTER' && (
          <Select
            label={t('columns.copyOf')}
            data={sources.filter((s) => s.id !== source?.id).map((s) => ({ value: s.id, label: s.name }))}
            value={copyOfId}
            onChange={setCopyOfId}
            searchable
            clearable
            error={errors.copyOfId}
          />
        )}
        <Group grow align="flex-start">
          <Select
            label={t('columns.defaultChannel')}
            data={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            value={channel}
            allowDeselect={false}
            onChange={(v) => v && setChannel(v)}
            error={errors.defaultChannel}
          />
          <Select
            label={t('systems:columns.lifecycle')}
            data={LIFECYCLES.map((l) => ({ value: l, label: t(`systems:lifecycle.${l}`) }))}
            value={lifecycle}
            allowDeselect={false}
            onChange={(v) => v && setLifecycle(v)}
            error={errors.lifecycle}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('form.endsOn')}
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
            error={errors.endsOn}
          />
          <TextInput
            label={t('form.costModel')}
            value={costModel}
            onChange={(e) => setCostModel(e.currentTarget.value)}
            error={errors.costModel}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
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
