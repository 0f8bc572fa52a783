import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { DeleteBenefitDocument } from '../graphql/benefit-form.documents';

interface Props {
  benefit: { id: string; title: string; version: number; measurementCount: number };
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before deleting a benefit with its profile and measurements; a stale version is reported. */
export function DeleteBenefitDialog({ benefit, onClose, onDeleted }: Props) {
  const { t } = useTranslation('benefits');
  const [remove, { loading, error }] = useMutation(DeleteBenefitDocument, {
    // Lists still holding the benefit drop it (Apollo filters dangling references).
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Benefit', id: benefit.id }) });
      cache.gc();
    },
  });
  const confirm = async () => {
    const result = await remove({ variables: { id: benefit.id, version: benefit.version } }).catch(
      () => null,
    );
    if (result?.data?.deleteBenefit) onDeleted();
  };
  return (
    <ConfirmDeleteModal
      title={t('editor.deleteTitle', { title: benefit.title })}
      message={t('editor.deleteConfirm', { count: benefit.measurementCount })}
      labels={{ close: t('editor.close'), cancel: t('editor.cancel'), confirm: t('editor.delete') }}
      error={error}
      loading={loading}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
