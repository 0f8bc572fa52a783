import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { DeleteProjectDocument } from '../graphql/project-lifecycle.documents';

/** Asks before deleting an idea or a rejected project, then returns to the portfolio. */
export function DeleteProjectDialog({
  project,
  onClose,
}: {
  project: { id: string; version: number; name: string };
  onClose: () => void;
}) {
  const { t } = useTranslation('portfolio');
  const navigate = useNavigate();
  // The deleted project leaves the cache, so lists and the board no longer show it.
  const [remove, { loading, error }] = useMutation(DeleteProjectDocument, {
    update(cache, result) {
      if (!result.data?.deleteProject) return;
      cache.evict({ id: cache.identify({ __typename: 'Project', id: project.id }) });
      cache.gc();
    },
  });
  const confirm = async () => {
    const result = await remove({ variables: { id: project.id, version: project.version } }).catch(
      () => null,
    );
    if (result?.data?.deleteProject) void navigate('/portefolje');
  };
  return (
    <ConfirmDeleteModal
      title={t('lifecycle.deleteTitle', { name: project.name })}
      message={t('lifecycle.deleteConfirm', { name: project.name })}
      labels={{ close: t('lifecycle.close'), cancel: t('lifecycle.cancel'), confirm: t('lifecycle.delete') }}
      error={error}
      loading={loading}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
