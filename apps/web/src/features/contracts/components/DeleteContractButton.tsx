import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { ContractsOverviewDocument, DeleteContractDocument } from '../graphql/contracts.documents';

export const DeleteContractButton_contract = graphql(`
  fragment DeleteContractButton_contract on Contract {
    id
    version
    name
  }
`);

/** Deletes the contract after a confirmation; the version loaded is sent, so a stale one is refused. */
export function DeleteContractButton({
  contract: ref,
  onDeleted,
}: {
  contract: FragmentType<typeof DeleteContractButton_contract>;
  onDeleted: () => void;
}) {
  const contract = getFragmentData(DeleteContractButton_contract, ref);
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [remove, { loading, error, reset }] = useMutation(DeleteContractDocument, {
    // Lists still holding the contract drop it (Apollo filters dangling references); the
    // overview, when on screen, is read again for its count.
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Contract', id: contract.id }) });
      cache.gc();
    },
    refetchQueries: [ContractsOverviewDocument],
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
