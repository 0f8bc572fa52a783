import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { DeleteUnitDocument } from '../graphql/admin.documents';
import type { AdminUnit } from './UnitTable';

export interface DeleteUnitDialogProps {
  unit: AdminUnit;
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before deleting; a unit still in use (conflict) or changed meanwhile is reported, kept. */
export function DeleteUnitDialog({ unit, onClose, onDeleted }: DeleteUnitDialogProps) {
  const { t } = useTranslation('admin');
  const describeError = useErrorMessage();
  const [deleteUnit, { loading, error }] = useMutation(DeleteUnitDocument);

  const confirm = async () => {
    const result = await deleteUnit({ variables: { id: unit.id, version: unit.version } }).catch(() => null);
    if (result?.data?.deleteUnit) onDeleted();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('units.deleteUnit', { name: unit.name })}
      closeButtonProps={{ 'aria-label': t('units.close') }}
      centered
    >
      <Stack gap="sm">
        <Text size="sm">{t('units.deleteConfirm', { name: unit.name })}</Text>
        {error && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('units.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            {t('units.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
