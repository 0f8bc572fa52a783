import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { AdminUnitsDocument, DeleteUnitDocument } from '../graphql/admin.documents';
import type { AdminUnit } from './UnitTable';

export interface DeleteUnitDialogProps {
  unit: AdminUnit;
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before deleting; a unit still in use (conflict) or changed meanwhile is reported, kept. */
export function DeleteUnitDialog({ unit, onClose, onDeleted }: DeleteUnitDialogProps) {
  const { t } = useTranslation('admin');
  // The deleted unit leaves the tree.
  const [deleteUnit, { loading, error }] = useMutation(DeleteUnitDocument, {
    refetchQueries: [AdminUnitsDocument],
    awaitRefetchQueries: true,
  });

  const confirm = async () => {
    const result = await deleteUnit({ variables: { id: unit.id, version: unit.version } }).catch(() => null);
    if (result?.data?.deleteUnit) onDeleted();
  };

  return (
    <ConfirmDeleteModal
      title={t('units.deleteUnit', { name: unit.name })}
      message={t('units.deleteConfirm', { name: unit.name })}
      labels={{ close: t('units.close'), cancel: t('units.cancel'), confirm: t('units.delete') }}
      error={error}
      loading={loading}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
