import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import {
  DeleteSignInProviderDocument,
  SetSignInProviderEnabledDocument,
  SignInSettingsDocument,
} from '../graphql/sign-in.documents';

/** Enable/disable and delete a provider; the API refuses to remove the last way in while passwords are off. */
export function ProviderStatusActions(props: {
  id: string;
  version: number;
  enabled: boolean;
  name: string;
}) {
  const { t } = useTranslation('admin');
  const describeError = useErrorMessage();
  const refetch = { refetchQueries: [SignInSettingsDocument] };
  const [setEnabled, toggled] = useMutation(SetSignInProviderEnabledDocument, refetch);
  const [remove, removed] = useMutation(DeleteSignInProviderDocument, refetch);
  const [confirming, setConfirming] = useState(false);
  const error = toggled.error ?? removed.error;
  return (
    <>
      <Button
        variant="default"
        loading={toggled.loading}
        onClick={() =>
          void setEnabled({
            variables: { id: props.id, version: props.version, enabled: !props.enabled },
          }).catch(() => null)
        }
      >
        {props.enabled ? t('signIn.disable') : t('signIn.enable')}
      </Button>
      <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
        {t('signIn.delete')}
      </Button>
      {error && (
        <Text c="red.8" size="sm" role="alert">
          {describeError(error)}
        </Text>
      )}
      {confirming && (
        <ConfirmDeleteModal
          title={t('signIn.deleteTitle', { name: props.name })}
          message={t('signIn.deleteMessage')}
          labels={{ close: t('signIn.close'), cancel: t('signIn.cancel'), confirm: t('signIn.delete') }}
          loading={removed.loading}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void remove({ variables: { id: props.id, version: props.version } }).catch(() => null);
          }}
        />
      )}
    </>
  );
}
