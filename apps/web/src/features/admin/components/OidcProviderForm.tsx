import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { checkRules, oidcPartSchema, signInProviderSchema } from '@overblik/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../../gql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import {
  CreateSignInProviderDocument,
  OidcProviderFormFragment,
  SignInSettingsDocument,
  TestOidcIssuerDocument,
  UpdateSignInProviderDocument,
} from '../graphql/sign-in.documents';
import { accessInput, ProviderAccessFields } from './ProviderAccessFields';
import { ProviderFormFooter } from './ProviderFormFooter';

interface Props {
  /** The stored provider; absent for a new one. */
  provider?: FragmentType<typeof OidcProviderFormFragment>;
  onCreated?(): void;
}

/**
 * An OpenID Connect provider's settings (ADR 0027): issuer, client id, the write-only client secret,
 * allowed e-mail domains and the claim → role mapping. The shared domain rules check the input
 * before it is sent; "Test connection" reads the issuer's discovery document.
 */
export function OidcProviderForm(props: Props) {
  const { t } = useTranslation('admin');
  const titleId = useId();
  const describeError = useErrorMessage();
  const provider = props.provider ? getFragmentData(OidcProviderFormFragment, props.provider) : null;
  const [values, setValues] = useState(() => ({
    name: provider?.name ?? '',
    issuer: provider?.oidc?.issuer ?? '',
    clientId: provider?.oidc?.clientId ?? '',
    clientSecret: '',
    domains: (provider?.allowedDomains ?? []).join('\n'),
    roleClaim: provider?.roleClaim ?? 'groups',
    roleMapping: provider?.roleMapping ?? [],
    newUserRole: provider?.newUserRole ?? null,
  }));
  const [saved, setSaved] = useState(false);
  const rules = useRuleErrors();
  const refetch = { refetchQueries: [SignInSettingsDocument] };
  const [create, created] = useMutation(CreateSignInProviderDocument, refetch);
  const [update, updated] = useMutation(UpdateSignInProviderDocument);
  const [testIssuer, tested] = useMutation(TestOidcIssuerDocument);
  const error = created.error ?? updated.error;
  const apiErrors = apiFieldErrors(error);
  const fieldError = (field: string) => rules.message(field) ?? apiErrors[field];
  const callbackUrl = provider?.oidc?.callbackUrl ?? `${window.location.origin}/auth/oidc/callback`;
  const set = (changes: Partial<typeof values>) => {
    setSaved(false);
    setValues({ ...values, ...changes });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const shared = { name: values.name, ...accessInput(values) };
    const oidc = {
      issuer: values.issuer,
      clientId: values.clientId,
      clientSecret: values.clientSecret || null,
    };
    const sharedCheck = checkRules(signInProviderSchema, shared);
    const oidcCheck = checkRules(oidcPartSchema, { oidc });
    if (!rules.check([...sharedCheck.errors, ...oidcCheck.errors])) return;
    const input = { ...shared, newUserRole: shared.newUserRole, oidc };
    const result = provider
      ? await update({ variables: { id: provider.id, version: provider.version, input } }).catch(() => null)
      : await create({ variables: { kind: 'OIDC', input } }).catch(() => null);
    if (result?.data) {
      setSaved(true);
      setValues((v) => ({ ...v, clientSecret: '' }));
      props.onCreated?.();
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={3} size="h5" id={titleId}>
            {provider ? provider.name : t('signIn.newOidc')}
          </Title>
          {provider && (
            <Badge color={provider.enabled ? 'green' : 'gray'}>
              {provider.enabled ? t('signIn.enabled') : t('signIn.disabled')}
            </Badge>
          )}
        </Group>
        <Group gap="xs" align="center">
          <Text size="sm">
            {t('signIn.callbackUrl')}: <code>{callbackUrl}</code>
          </Text>
          <CopyButton value={callbackUrl}>
            {({ copied, copy }) => (
              <Button size="compact-xs" variant="light" onClick={copy}>
                {copied ? t('signIn.copied') : t('signIn.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
          <Stack gap="sm">
            <TextInput
              label={t('signIn.name')}
              description={t('signIn.nameHelp')}
              required
              value={values.name}
              error={fieldError('name')}
              onChange={(e) => set({ name: e.currentTarget.value })}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('signIn.issuer')}
                description={t('signIn.issuerHelp')}
                required
                value={values.issuer}
                error={fieldError('oidc.issuer') ?? (tested.error ? describeError(tested.error) : undefined)}
                onChange={(e) => set({ issuer: e.currentTarget.value })}
              />
              <TextInput
                label={t('signIn.clientId')}
                required
                value={values.clientId}
                error={fieldError('oidc.clientId')}
                onChange={(e) => set({ clientId: e.currentTarget.value })}
              />
            </SimpleGrid>
            <Group>
              <Button
                variant="default"
                size="xs"
                loading={tested.loading}
                onClick={() =>
                  void testIssuer({ variables: { issuer: values.issuer.trim() } }).catch(() => null)
                }
              >
                {t('signIn.testConnection')}
              </Button>
              {tested.data?.testOidcIssuer && !tested.error && (
                <Alert color="green" role="status" py={4}>
                  {t('signIn.connectionOk')}
                </Alert>
              )}
            </Group>
            <PasswordInput
              label={t('signIn.clientSecret')}
              description={
                provider?.oidc?.hasClientSecret
                  ? t('signIn.clientSecretStored')
                  : t('signIn.clientSecretHelp')
              }
              autoComplete="new-password"
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showSecret') }}
              value={values.clientSecret}
              error={fieldError('oidc.clientSecret')}
              onChange={(e) => set({ clientSecret: e.currentTarget.value })}
            />
            <ProviderAccessFields
              values={values}
              onChange={set}
              error={fieldError}
              roleClaimHelp={t('signIn.roleClaimHelp')}
            />
            <ProviderFormFooter
              error={error && !Object.keys(apiErrors).length ? describeError(error) : null}
              saved={saved}
              saving={created.loading || updated.loading}
              provider={provider ?? null}
            />
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
