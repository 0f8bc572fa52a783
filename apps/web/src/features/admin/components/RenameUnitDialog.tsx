import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { UpdateUnitDocument } from '../graphql/admin.documents';
import type { AdminUnit } from './UnitTable';

export interface RenameUnitDialogProps {
  unit: AdminUnit;
  onClose: () => void;
  /** Gets the unit's new name. */
  onSaved: (newName: string) => void;
}

/** Renames a unit (and its code); a stale version or a duplicate name is reported, nothing saved. */
export function RenameUnitDialog({ unit, onClose, onSaved }: RenameUnitDialogProps) {
  const { t } = useTranslation('admin');
  const describeError = useErrorMessage();
  const [name, setName] = useState(unit.name);
  const [code, setCode] = useState(unit.code ?? '');
  // The unit comes back with the views' fragments; the tree re-sorts itself from the cache.
  const [updateUnit, { loading, error }] = useMutation(UpdateUnitDocument);
  const fieldErrors = apiFieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { id: unit.id, version: unit.version, name, code: code.trim() || null };
    const result = await updateUnit({ variables: { input } }).catch(() => null);
    const saved = result?.data?.updateUnit;
    if (saved) onSaved(saved.name);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('units.renameUnit', { name: unit.name })}
      closeButtonProps={{ 'aria-label': t('units.close') }}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('units.name')}
            required
            data-autofocus
            value={name}
            error={fieldErrors.name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t('units.code')}
            value={code}
            error={fieldErrors.code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          {error && !Object.keys(fieldErrors).length && (
            <Alert color="red" role="alert">
              {describeError(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('units.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('units.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
