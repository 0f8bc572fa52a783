import { useMutation } from '@apollo/client/react';
import { Alert, Button, Loader, Modal, type ButtonProps } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { StartRetenderProposalDocument } from '../graphql/contracts.documents';

// The markdown renderer loads only when a proposal has been started.
const RetenderProposalResult = lazy(() =>
  import('./RetenderProposalResult').then((m) => ({ default: m.RetenderProposalResult })),
);

/**
 * Starting a re-tender proposal and the dialog that shows what was prefilled. The dialog is a
 * separate node so a caller can render it outside a popover that closes when the proposal starts
 * (the notification list).
 */
export function useRetenderProposal() {
  const { t } = useTranslation('contracts');
  const [start, { data, loading, error, reset }] = useMutation(StartRetenderProposalDocument);
  const proposal = data?.startRetenderProposal;
  const run = async (contractId: string, onStarted?: () => void) => {
    const result = await start({ variables: { contractId } }).catch(() => null);
    if (result?.data) onStarted?.();
  };
  const dialog = (
    <Modal
      opened={!!proposal}
      onClose={reset}
      title={t('retender.created')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('retender.close') }}
    >
      {proposal && (
        <Suspense fallback={<Loader size="sm" aria-label={t('retender.created')} />}>
          <RetenderProposalResult proposal={proposal} onClose={reset} />
        </Suspense>
      )}
    </Modal>
  );
  return { run, loading, error, dialog };
}

/** Starts a re-tender proposal for a contract and shows what was prefilled. */
export function RetenderProposalButton({
  contractId,
  size,
}: {
  contractId: string;
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const { run, loading, error, dialog } = useRetenderProposal();
  return (
    <>
      <Button size={size} onClick={() => void run(contractId)} loading={loading}>
        {t('retender.start')}
      </Button>
      {error && (
        <Alert color="red" role="alert" mt="xs">
          {describeError(error)}
        </Alert>
      )}
      {dialog}
    </>
  );
}
