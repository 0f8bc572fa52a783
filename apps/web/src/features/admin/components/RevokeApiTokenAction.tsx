import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { RevokeApiTokenDocument } from '../graphql/api-token.documents';

/** Revokes a token after asking: integrations using it are refused from their next request. */
export function RevokeApiTokenAction({ token }: { token: { id: string; name: string } }) {
  const { t } = useTranslation('admin');
  const [confirming, setConfirming] = useState(false);
  const [revoke, { loading, error, reset }] = useMutation(RevokeApiTokenDocument);
  const { name } = token;

  const confirm = async () => {
    const result = await revoke({ variables: { id: token.id } }).catch(() => null);
    if (!result?.data) return;
    setConfirming(false);
    notifications.show({ color: 'green', message: t('tokens.revoked', { name }) });
  };
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="red"
        aria-label={t('tokens.revokeLabel', { name })}
        onClick={() => {
          reset();
          setConfirming(true);
        }}
      >
        {t('tokens.revoke')}
      </Button>
      {confirming && (
        <ConfirmDeleteModal
          title={t('tokens.revokeLabel', { name })}
          message={t('tokens.revokeConfirm', { name })}
          labels={{ close: t('units.close'), cancel: t('units.cancel'), confirm: t('tokens.revoke') }}
          error={error}
          loading={loading}
          onConfirm={() => void confirm()}
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}
