import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProviderStatusActions } from './ProviderStatusActions';

/**
 * The end of an identity-provider form, the same for OIDC and SAML: the error not tied to a field,
 * the saved notice, save/create, and (for a saved provider) enable, disable and delete.
 */
export function ProviderFormFooter(props: {
  /** The form-level error, already described; null when none or when fields carry the errors. */
  error: string | null;
  saved: boolean;
  saving: boolean;
  provider: { id: string; version: number; enabled: boolean; name: string } | null;
}) {
  const { t } = useTranslation('admin');
  const { error, saved, saving, provider } = props;
  return (
    <>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {saved && (
        <Alert color="green" role="status">
          {t('signIn.saved')}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={saving}>
          {provider ? t('signIn.save') : t('signIn.create')}
        </Button>
        {provider && (
          <ProviderStatusActions
            id={provider.id}
            version={provider.version}
            enabled={provider.enabled}
            name={provider.name}
          />
        )}
      </Group>
    </>
  );
}
