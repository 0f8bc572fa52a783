import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { DeleteContractDocument } from '../graphql/contracts.documents';

/** Deletes the contract after a confirmation; the version loaded is sent, so a stale one is refused. */
export function DeleteContractButton({
  contract,
  onDeleted,
}: {
  contract: { id: string; name: string; version: number };
  onDeleted: () => void;
}) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [remove, { loading, error, reset }] = useMutation(DeleteContractDocument, {
    refetchQueries: ['ContractsOverview'],
  });
  const close = () => {
    setOpen(false);
    reset();
  };
  const confirm = () =>
    void remove({ variables: { id: contract.id, version: contract.version } })
      .then((result) => result.data?.deleteContract && onDeleted())
      .catch(() => null);

  return (
    <>
      <Button color="red" variant="outline" onClick={() => setOpen(true)}>
        {t('delete.open')}
      </Button>
      <Modal
        opened={open}
        onClose={close}
        title={t('delete.title')}
        closeButtonProps={{ 'aria-label': t('delete.close') }}
      >
        <Stack gap="md">
          {error && (
            <Alert color="red" role="alert">
              {describeError(error)}
            </Alert>
          )}
          <Text>{t('delete.confirm', { name: contract.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('detail.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={confirm}>
              {t('delete.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
