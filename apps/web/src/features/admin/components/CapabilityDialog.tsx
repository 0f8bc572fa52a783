import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { capabilityPlacementProblem } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { CapabilityDialog_CapabilityFragment } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import {
  AdminCapabilitiesDocument,
  CreateCapabilityDocument,
  MoveCapabilityDocument,
  RenameCapabilityDocument,
} from '../graphql/capability.documents';

export const CapabilityDialog_capability = graphql(`
  fragment CapabilityDialog_capability on Capability {
    id
    version
    name
    parentId
    archived
  }
`);

export type AdminCapability = CapabilityDialog_CapabilityFragment;
type Ref = FragmentType<typeof CapabilityDialog_capability>;

export interface CapabilityDialogProps {
  /** The whole taxonomy, for the parents that keep it a tree. */
  nodes: readonly Ref[];
  /** Absent: create a new capability. */
  capability?: Ref;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/**
 * Creates a capability, or renames and moves one. Parents that would make a cycle or are archived are
 * not offered (the same domain rule the API enforces); the API's refusal is shown if the tree changed meanwhile.
 */
export function CapabilityDialog({ nodes: refs, capability: ref, onClose, onSaved }: CapabilityDialogProps) {
  const nodes = getFragmentData(CapabilityDialog_capability, refs);
  const capability = getFragmentData(CapabilityDialog_capability, ref);
  const { t } = useTranslation('admin');
  const describeError = useErrorMessage();
  const [name, setName] = useState(capability?.name ?? '');
  const [parentId, setParentId] = useState<string | null>(capability?.parentId ?? null);
  // A new capability adds a row to the taxonomy; a rename or move comes back with the views' fragments.
  const [create, created] = useMutation(CreateCapabilityDocument, {
    refetchQueries: [AdminCapabilitiesDocument],
    awaitRefetchQueries: true,
  });
  const [rename, renamed] = useMutation(RenameCapabilityDocument);
  const [move, moved] = useMutation(MoveCapabilityDocument);
  const error = created.error ?? renamed.error ?? moved.error;
  const fieldErrors = apiFieldErrors(error);
  const parents = nodes
    .filter((n) => capabilityPlacementProblem(nodes, capability?.id ?? null, n.id) === null)
    .map((n) => ({ value: n.id, label: n.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'da'));

  const save = async () => {
    if (!capability) {
      const result = await create({ variables: { input: { name, parentId } } });
      return result.data?.createCapability.name;
    }
    let version = capability.version;
    if (name !== capability.name) {
      const result = await rename({ variables: { input: { id: capability.id, version, name } } });
      version = result.data?.renameCapability.version ?? version;
    }
    if (parentId !== capability.parentId) {
      await move({ variables: { input: { id: capability.id, version, parentId } } });
    }
    return name.trim();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save().catch(() => null);
    if (saved) onSaved(saved);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        capability ? t('capabilities.editTitle', { name: capability.name }) : t('capabilities.createTitle')
      }
      closeButtonProps={{ 'aria-label': t('capabilities.close') }}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('capabilities.name')}
            required
            data-autofocus
            value={name}
            error={fieldErrors.name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Select
            label={t('capabilities.parent')}
            placeholder={t('capabilities.noParent')}
            data={parents}
            value={parentId}
            clearable
            searchable
            error={fieldErrors.parentId}
            onChange={setParentId}
          />
          {error && !Object.keys(fieldErrors).length && (
            <Alert color="red" role="alert">
              {describeError(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('capabilities.cancel')}
            </Button>
            <Button type="submit" loading={created.loading || renamed.loading || moved.loading}>
              {t('capabilities.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
