import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { DeleteBenefitDocument } from '../graphql/benefit-form.documents';

interface Props {
  benefit: { id: string; title: string; version: number; measurementCount: number };
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before deleting a benefit with its profile and measurements; a stale version is reported. */
export function DeleteBenefitDialog({ benefit, onClose, onDeleted }: Props) {
  const { t } = useTranslation('benefits');
  const describeError = useErrorMessage();
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
    <Modal
      opened
      onClose={onClose}
      title={t('editor.deleteTitle', { title: benefit.title })}
      closeButtonProps={{ 'aria-label': t('editor.close') }}
      centered
    >
      <Stack gap="sm">
        <Text size="sm">{t('editor.deleteConfirm', { count: benefit.measurementCount })}</Text>
        {error && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('editor.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            {t('editor.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
