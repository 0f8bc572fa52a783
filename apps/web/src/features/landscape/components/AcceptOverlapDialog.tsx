import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { checkRules, overlapAcceptFields } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, makeFragmentData } from '../../../gql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { AcceptOverlapDocument, OverlapsDocument } from '../graphql/landscape.documents';
import { OverlapView_analysis } from './OverlapView';

export interface AcceptOverlapDialogProps {
  overlap: { capabilityId: string; capability: string; usageIds: string[] };
  onClose: () => void;
  onAccepted: () => void;
}

/** Accepts an overlap with a reason: it leaves the open list and stays in the history. */
export function AcceptOverlapDialog({ overlap, onClose, onAccepted }: AcceptOverlapDialogProps) {
  const { t } = useTranslation('landscape');
  const describeError = useErrorMessage();
  const [reason, setReason] = useState('');
  const rules = useRuleErrors();
  // The accepted overlap leaves the open list and joins the history (newest first). No refetch: the
  // server splits open from accepted by the standing acceptances alone, so moving the entry is exact.
  const [accept, { loading, error }] = useMutation(AcceptOverlapDocument, {
    update(cache, { data }) {
      const acceptance = data?.acceptOverlap;
      if (!acceptance) return;
      cache.updateQuery({ query: OverlapsDocument }, (current) => {
        if (!current) return current;
        const overlaps = getFragmentData(OverlapView_analysis, current.overlaps);
        return {
          ...current,
          overlaps: makeFragmentData(
            {
              ...overlaps,
              capabilities: overlaps.capabilities.filter((c) => c.capabilityId !== overlap.capabilityId),
            },
            OverlapView_analysis,
          ),
          overlapAcceptances: [acceptance, ...current.overlapAcceptances],
        };
      });
    },
  });
  const fieldErrors = apiFieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The API's own rules (a reason, at most 2,000 characters), shown at the field before sending.
    const checked = checkRules(overlapAcceptFields, {
      capabilityId: overlap.capabilityId,
      usageIds: overlap.usageIds,
      reason,
    });
    if (!rules.passes(checked)) return;
    const result = await accept({ variables: { input: checked.data } }).catch(() => null);
    if (result?.data?.acceptOverlap) onAccepted();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('overlap.acceptTitle', { capability: overlap.capability })}
      closeButtonProps={{ 'aria-label': t('overlap.cancel') }}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('overlap.reason')}
            description={t('overlap.reasonHint')}
            required
            data-autofocus
            autosize
            minRows={3}
            value={reason}
            error={rules.message('reason') ?? fieldErrors.reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          {error && !fieldErrors.reason && (
            <Alert color="red" role="alert">
              {describeError(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('overlap.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('overlap.accept')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
