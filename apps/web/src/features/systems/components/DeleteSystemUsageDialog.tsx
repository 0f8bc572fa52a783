import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { DeleteSystemUsageDocument } from '../graphql/systems.documents';

export interface DeleteSystemUsageDialogProps {
  usage: { id: string; version: number; name: string };
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Asks before removing a system from the organisation's landscape; says what goes with it (its data-source
 * uses, integrations and links to contracts and projects). A stale version is reported and nothing is deleted.
 */
export function DeleteSystemUsageDialog({ usage, onClose, onDeleted }: DeleteSystemUsageDialogProps) {
  const { t } = useTranslation('systems');
  // Lists and the landscape read the usage; they are fetched again rather than patched.
  const [remove, { loading, error }] = useMutation(DeleteSystemUsageDocument, {
    refetchQueries: ['SystemsTable'],
  });
  const confirm = async () => {
    const result = await remove({ variables: { id: usage.id, version: usage.version } }).catch(() => null);
    if (result?.data?.deleteSystemUsage) onDeleted();
  };
  return (
    <ConfirmDeleteModal
      title={t('delete.title', { name: usage.name })}
      message={t('delete.message', { name: usage.name })}
      labels={{ close: t('delete.close'), cancel: t('form.cancel'), confirm: t('delete.confirm') }}
      error={error}
      loading={loading}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
