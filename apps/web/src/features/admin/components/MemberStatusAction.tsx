import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../../../gql/graphql';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { DeactivateMemberDocument, ReactivateMemberDocument } from '../graphql/admin.documents';

export interface MemberStatusActionProps {
  member: { id: string; version: number; status: MemberStatus; user: { name: string } };
}

/**
 * Deactivates a member after asking (they are signed out at once), or reactivates a deactivated
 * one. The loaded version goes along, so a stale change is refused.
 */
export function MemberStatusAction({ member }: MemberStatusActionProps) {
  const { t } = useTranslation('admin');
  const describeError = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [deactivate, deactivation] = useMutation(DeactivateMemberDocument);
  const [reactivate, reactivation] = useMutation(ReactivateMemberDocument);
  const name = member.user.name;
  const variables = { id: member.id, version: member.version };

  if (member.status === 'DEACTIVATED') {
    const run = async () => {
      try {
        await reactivate({ variables });
        notifications.show({ color: 'green', message: t('members.reactivated', { name }) });
      } catch (error) {
        notifications.show({ color: 'red', message: describeError(error) });
      }
    };
    return (
      <Button
        size="xs"
        variant="light"
        loading={reactivation.loading}
        aria-label={t('members.reactivateLabel', { name })}
        onClick={() => void run()}
      >
        {t('members.reactivate')}
      </Button>
    );
  }

  const confirm = async () => {
    const result = await deactivate({ variables }).catch(() => null);
    if (!result?.data) return;
    setConfirming(false);
    notifications.show({ color: 'green', message: t('members.deactivated', { name }) });
  };
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="red"
        aria-label={t('members.deactivateLabel', { name })}
        onClick={() => {
          deactivation.reset();
          setConfirming(true);
        }}
      >
        {t('members.deactivate')}
      </Button>
      {confirming && (
        <ConfirmDeleteModal
          title={t('members.deactivateLabel', { name })}
          message={t('members.deactivateConfirm', { name })}
          labels={{ close: t('units.close'), cancel: t('units.cancel'), confirm: t('members.deactivate') }}
          error={deactivation.error}
          loading={deactivation.loading}
          onConfirm={() => void confirm()}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}
