import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { canAdministerOrganisation, LIFECYCLES } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lifecycle } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { CreateItSystemDocument, CreateSystemUsageDocument } from '../graphql/create-system.documents';
import { SystemEditOptionsDocument, SystemsTableDocument } from '../graphql/systems.documents';
import { CatalogueEntryFields, extrasInput, NO_EXTRAS, type CatalogueExtras } from './CatalogueEntryFields';
import { CatalogueSystemPicker } from './CatalogueSystemPicker';
import { useActor } from '../../../app/useActor';

/**
 * "Nyt system": the organisation starts using a catalogue system (picked, or created here as a
 * new catalogue entry) with its local facts. Calls back with the new usage's id.
 */
export function CreateSystemUsageForm({ onCreated }: { onCreated: (usageId: string) => void }) {
  const { t } = useTranslation('systems');
  const options = useQuery(SystemEditOptionsDocument);
  const [createSystem] = useMutation(CreateItSystemDocument);
  const [createUsage] = useMutation(CreateSystemUsageDocument, {
    // A new usage adds a row to the systems table.
    refetchQueries: [SystemsTableDocument],
  });
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [systemId, setSystemId] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [newDescription, setNewDescription] = useState('');
  const [shared, setShared] = useState(false);
  const [extras, setExtras] = useState<CatalogueExtras>(NO_EXTRAS);
  // The catalogue entry made by an earlier attempt whose usage failed: a retry reuses it.
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [localName, setLocalName] = useState('');
  const [lifecycle, setLifecycle] = useState<Lifecycle>('IN_USE');
  const [unitId, setUnitId] = useState<string | null>(null);
  const actor = useActor();
  // A system owner registers usages they will keep (ADR 0029): they start as its owner.
  const [ownerId, setOwnerId] = useState<string | null>(
    canAdministerOrganisation(actor.roles) ? null : actor.viewerId || null,
  );
  const [userCount, setUserCount] = useState<number | string>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const fail = (error: unknown, prefix = '') => {
    const fields = apiFieldErrors(error);
    setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [prefix + k, v])));
    setFormError(apiErrorMessage(error) ?? t('form.failed'));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    if (mode === 'existing' && !systemId) {
      setErrors({ systemId: t('form.required') });
      return;
    }
    setSaving(true);
    try {
      let catalogueId = systemId;
      if (mode === 'new' && created?.name === newName) catalogueId = created.id;
      else if (mode === 'new') {
        try {
          const result = await createSystem({
            variables: {
              input: {
                name: newName,
                description: newDescription,
                ...extrasInput(extras),
                visibility: shared ? 'SHARED' : 'LOCAL',
              },
            },
          });
          catalogueId = result.data!.createItSystem.id;
          setCreated({ id: catalogueId, name: newName });
        } catch (error) {
          fail(error, 'new.');
          return;
        }
      }
      const result = await createUsage({
        variables: {
          input: {
            systemId: catalogueId!,
            localName: localName.trim() || null,
            lifecycle,
            responsibleUnitId: unitId,
            ownerUserId: ownerId,
            userCount: userCount === '' ? null : Number(userCount),
          },
        },
      });
      onCreated(result.data!.createSystemUsage.id);
    } catch (error) {
      fail(error);
    } finally {
      setSaving(false);
    }
  };

  const people = (options.data?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }));
  const units = (options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('create.title')}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <SegmentedControl
          aria-label={t('create.source')}
          value={mode}
          onChange={(v) => setMode(v)}
          data={[
            { value: 'existing', label: t('create.fromCatalogue') },
            { value: 'new', label: t('create.newCatalogue') },
          ]}
        />
        {mode === 'existing' ? (
          <CatalogueSystemPicker value={systemId} onChange={setSystemId} error={errors.systemId} />
        ) : (
          <>
            <TextInput
              label={t('create.newName')}
              required
              value={newName}
              onChange={(e) => setNewName(e.currentTarget.value)}
              error={errors['new.name']}
            />
            <Textarea
              label={t('create.newDescription')}
              value={newDescription}
              onChange={(e) => setNewDescription(e.currentTarget.value)}
              error={errors['new.description']}
            />
            <CatalogueEntryFields
              value={extras}
              onChange={(patch) => setExtras((v) => ({ ...v, ...patch }))}
              error={(field) => errors[`new.${field}`]}
            />
            <Checkbox
              label={t('create.shared')}
              checked={shared}
              onChange={(e) => setShared(e.currentTarget.checked)}
            />
          </>
        )}
        <TextInput
          label={t('create.localName')}
          description={t('create.localNameHint')}
          value={localName}
          onChange={(e) => setLocalName(e.currentTarget.value)}
          error={errors.localName}
        />
        <Group grow align="flex-start">
          <Select
            label={t('columns.lifecycle')}
            data={LIFECYCLES.map((l) => ({ value: l, label: t(`lifecycle.${l}`) }))}
            value={lifecycle}
            allowDeselect={false}
            onChange={(v) => v && setLifecycle(v)}
            error={errors.lifecycle}
          />
          <NumberInput
            label={t('columns.userCount')}
            value={userCount}
            min={0}
            allowDecimal={false}
            onChange={setUserCount}
            error={errors.userCount}
          />
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('columns.responsibleUnit')}
            data={units}
            value={unitId}
            onChange={setUnitId}
            searchable
            clearable
            error={errors.responsibleUnitId}
          />
          <Select
            label={t('columns.owner')}
            data={people}
            value={ownerId}
            onChange={setOwnerId}
            searchable
            clearable
            error={errors.ownerUserId}
          />
        </Group>
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
