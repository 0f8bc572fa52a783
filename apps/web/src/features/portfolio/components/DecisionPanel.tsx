import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { decisionRuleErrors, type ApprovalStage, type ProposalAction } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import {
  ApproveProposalDocument,
  BoardAgendaDocument,
  DeferProposalDocument,
  PrequalifyProposalDocument,
  RejectProposalDocument,
  ReturnProposalDocument,
} from '../graphql/proposal.documents';
import { PortfolioBoardDocument } from '../graphql/portfolio.documents';

/**
 * The council's (pre-qualify / return) or the board's (approve / reject / defer) decision on one
 * proposal, with the reason the API requires for everything but a yes.
 */
export function DecisionPanel({
  proposalId,
  version,
  stage,
  name,
}: {
  proposalId: string;
  version: number;
  stage: ApprovalStage;
  name: string;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const [reason, setReason] = useState('');
  const rules = useRuleErrors();
  // The proposal's own row updates from the result (AgendaItem_proposal). Every decision moves the
  // proposal to the other agenda list or off the agenda, and changes the board's ranking: both lists
  // are read again (the board by document, as its scenario is the ranking board's own variable).
  const options = { refetchQueries: [BoardAgendaDocument, PortfolioBoardDocument] };
  const [prequalify, pq] = useMutation(PrequalifyProposalDocument, options);
  const [sendBack, rt] = useMutation(ReturnProposalDocument, options);
  const [approve, ap] = useMutation(ApproveProposalDocument, options);
  const [reject, rj] = useMutation(RejectProposalDocument, options);
  const [defer, df] = useMutation(DeferProposalDocument, options);
  const states = [pq, rt, ap, rj, df];
  const error = states.find((s) => s.error)?.error;
  const busy = states.some((s) => s.loading);
  const input = { proposalId, version, reason: reason.trim() || null };
  const run = (
    action: Exclude<ProposalAction, 'SUBMIT'>,
    fn: (o: { variables: { input: typeof input } }) => Promise<unknown>,
  ) => {
    // The approval path's reason rule, as the API checks it: shown at the field, nothing sent.
    if (!rules.check(decisionRuleErrors(action, reason))) return;
    void fn({ variables: { input } }).catch(() => undefined);
  };

  return (
    <Stack gap="xs" className="no-print">
      <Textarea
        label={t('decision.reason')}
        description={t('decision.reasonHelp')}
        value={reason}
        error={rules.message('reason')}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
        aria-label={t('decision.reasonFor', { name })}
      />
      {error && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      <Group gap="xs">
        {stage === 'COUNCIL' ? (
          <>
            <Button loading={busy} onClick={() => run('PREQUALIFY', prequalify)}>
              {t('decision.prequalify')}
            </Button>
            <Button variant="default" loading={busy} onClick={() => run('RETURN', sendBack)}>
              {t('decision.return')}
            </Button>
          </>
        ) : (
          <>
            <Button loading={busy} onClick={() => run('APPROVE', approve)}>
              {t('decision.approve')}
            </Button>
            <Button variant="default" loading={busy} onClick={() => run('DEFER', defer)}>
              {t('decision.defer')}
            </Button>
            <Button variant="default" color="red" loading={busy} onClick={() => run('REJECT', reject)}>
              {t('decision.reject')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
