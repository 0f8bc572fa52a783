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

/** Starts a re-tender proposal for a contract and shows what was prefilled. */
export function RetenderProposalButton({
  contractId,
  size,
  onStarted,
}: {
  contractId: string;
  size?: ButtonProps['size'];
  onStarted?: () => void;
}) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const [start, { data, loading, error, reset }] = useMutation(StartRetenderProposalDocument);
  const proposal = data?.startRetenderProposal;

  const run = async () => {
    const result = await start({ variables: { contractId } }).catch(() => null);
    if (result?.data) onStarted?.();
  };

  return (
    <>
      <Button size={size} onClick={() => void run()} loading={loading}>
        {t('retender.start')}
      </Button>
      {error && (
        <Alert color="red" role="alert" mt="xs">
          {describeError(error)}
        </Alert>
      )}
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
    </>
  );
}
