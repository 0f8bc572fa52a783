import { useQuery } from '@apollo/client/react';
import { Alert, Button, Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

export const SignInOptionsDocument = graphql(`
  query SignInOptions {
    signInOptions {
      id
      name
      startUrl
    }
  }
`);

const REASONS = [
  'DOMAIN_NOT_ALLOWED',
  'NO_ROLE',
  'NOT_A_MEMBER',
  'DEACTIVATED',
  'FAILED',
  'EXPIRED',
  'UNAVAILABLE',
  'CANCELLED',
  // SAML names the check that failed (ADR 0028).
  'SIGNATURE',
  'REQUEST_UNKNOWN',
  'AUDIENCE',
  'RECIPIENT',
  'ISSUER',
  'REPLAYED',
  'ENCRYPTION',
  'SCOPE',
  'NO_EMAIL',
  'IDP_ERROR',
  'INVALID',
] as const;

/**
 * The enabled identity providers as "Log ind med …" links (a full page load: the API redirects to
 * the provider), and why a single sign-on came back refused (`?sso=<reason>`; ADR 0027).
 */
export function SingleSignOnOptions({ reason }: { reason: string | null }) {
  const { t } = useTranslation('auth');
  const { data } = useQuery(SignInOptionsDocument);
  const options = data?.signInOptions ?? [];
  const known = REASONS.find((r) => r === reason);
  return (
    <Stack gap="sm">
      {known && (
        <Alert color="red" title={t('failedTitle')} role="alert">
          {t(`sso.${known}`)}
        </Alert>
      )}
      {options.length > 0 && (
        <>
          <Text size="sm">{t('ssoIntro')}</Text>
          {options.map((option) => (
            <Button key={option.id} component="a" href={option.startUrl} variant="outline" fullWidth>
              {t('ssoButton', { name: option.name })}
            </Button>
          ))}
          <Divider label={t('or')} labelPosition="center" />
        </>
      )}
    </Stack>
  );
}
