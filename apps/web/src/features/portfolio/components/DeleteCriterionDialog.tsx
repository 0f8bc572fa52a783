import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { DeleteCriterionDocument } from '../graphql/prioritisation.documents';
import type { Criterion } from './CriterionDraftFields';

/** Asks before deleting a criterion; a stale version is reported and nothing is deleted. */
export function DeleteCriterionDialog({
  criterion,
  onClose,
  onDeleted,
}: {
  criterion: Criterion;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('portfolio');
  const [remove, { loading, error }] = useMutation(DeleteCriterionDocument);
  const confirm = async () => {
    const result = await remove({ variables: { id: criterion.id, version: criterion.version } }).catch(
      () => null,
    );
    if (result?.data?.deleteCriterion) onDeleted();
  };
  return (
    <ConfirmDeleteModal
      title={t('prioritisation.delete', { name: criterion.name })}
      message={t('prioritisation.deleteConfirm', { name: criterion.name })}
      labels={{
        close: t('prioritisation.close'),
        cancel: t('prioritisation.cancel'),
        confirm: t('prioritisation.delete', { name: criterion.name }),
      }}
      error={error}
      loading={loading}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
