import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { SetPasswordSignInDocument, SignInSettingsDocument } from '../graphql/sign-in.documents';
import { OidcProviderForm } from './OidcProviderForm';
import { SamlProviderForm } from './SamlProviderForm';

/**
 * Administration → Log-in: whether passwords are allowed, and the organisation's identity providers,
 * each with the form of its kind (OpenID Connect or SAML 2.0).
 */
export function SignInPanel() {
  const { t } = useTranslation('admin');
  const titleId = useId();
  const describeError = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(SignInSettingsDocument);
  const [adding, setAdding] = useState<'OIDC' | 'SAML' | null>(null);
  const [setPasswords, switched] = useMutation(SetPasswordSignInDocument);
  const policy = data?.passwordPolicy;
  return (
    <QueryState
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel={t('signIn.loading')}
    >
      {data && policy && (
        <Stack gap="lg" component="section" aria-labelledby={titleId}>
          <Title order={2} size="h4" id={titleId}>
            {t('signIn.title')}
          </Title>
          <Text size="sm">{t('signIn.intro')}</Text>
          <Paper withBorder p="md">
            <Stack gap="xs">
              <Switch
                label={t('signIn.passwords')}
                description={
                  policy.canSwitchOff || !policy.passwordSignIn
                    ? t('signIn.passwordsHelp')
                    : t('signIn.passwordsLocked')
                }
                checked={policy.passwordSignIn}
                disabled={switched.loading || (policy.passwordSignIn && !policy.canSwitchOff)}
                onChange={(e) =>
                  void setPasswords({
                    variables: { enabled: e.currentTarget.checked, version: policy.version },
                  }).catch(() => null)
                }
              />
              {switched.error && (
                <Alert color="red" role="alert">
                  {describeError(switched.error)}
                </Alert>
              )}
            </Stack>
          </Paper>
          <Title order={3} size="h5">
            {t('signIn.providers')}
          </Title>
          {data.signInProviders.length === 0 && !adding && <Text size="sm">{t('signIn.empty')}</Text>}
          {data.signInProviders.map((provider) =>
            provider.kind === 'SAML' ? (
              <SamlProviderForm key={provider.id} provider={provider} />
            ) : (
              <OidcProviderForm key={provider.id} provider={provider} />
            ),
          )}
          {adding === 'OIDC' && <OidcProviderForm onCreated={() => setAdding(null)} />}
          {adding === 'SAML' && <SamlProviderForm onCreated={() => setAdding(null)} />}
          {!adding && (
            <Group>
              <Button variant="light" onClick={() => setAdding('OIDC')}>
                {t('signIn.addOidc')}
              </Button>
              <Button variant="light" onClick={() => setAdding('SAML')}>
                {t('signIn.addSaml')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
