import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, type Location } from 'react-router';
import { HOME_PATH, SIGN_IN_PATH } from '../app/areas';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useViewer } from '../app/useViewer';
import { FORGOT_PASSWORD_PATH, type SignInNotice } from '../features/account/paths';
import { SingleSignOnOptions } from '../features/account/SingleSignOnOptions';
import { graphql } from '../gql';
import { apiErrorCode, apiFieldErrors, apiRetryAfterSeconds } from '../ui/error-message';
import { useFormatters } from '../ui/useFormatters';
import { useErrorMessage } from '../ui/useErrorMessage';

export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
    }
  }
`);

// Deliberately loose: the API has the final word; this only catches obvious typos early.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Field = 'email' | 'password';

/** Where to go after signing in: the page the user was sent away from, else the start page for their roles. */
function returnPath(state: unknown): string {
  const from = (state as { from?: Partial<Location> } | null)?.from;
  const path = from?.pathname;
  if (!path || !path.startsWith('/') || path.startsWith('//') || path === SIGN_IN_PATH) return HOME_PATH;
  return `${path}${from.search ?? ''}${from.hash ?? ''}`;
}

export function SignInPage() {
  const { t } = useTranslation(['auth', 'common', 'account']);
  const location = useLocation();
  // Set by the one-time link pages once a password is saved.
  const notice = (location.state as Partial<SignInNotice> | null)?.notice;
  const { viewer, refetch } = useViewer();
  const describeError = useErrorMessage();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Set while the account is blocked after repeated failures: when it may try again.
  const [blockedUntil, setBlockedUntil] = useState<Date | null>(null);
  const { formatDateTime } = useFormatters();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = `${t('title')} – ${t('common:appName')}`;
  }, [t]);

  if (viewer) return <Navigate to={returnPath(location.state)} replace />;

  const validate = (): Partial<Record<Field, string>> => {
    const errors: Partial<Record<Field, string>> = {};
    const trimmed = email.trim();
    if (!trimmed) errors.email = t('emailRequired');
    else if (!EMAIL.test(trimmed)) errors.email = t('emailInvalid');
    if (!password) errors.password = t('passwordRequired');
    return errors;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setBlockedUntil(null);
    const errors = validate();
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    try {
      await signIn({ variables: { email: email.trim(), password } });
      // The viewer query now returns the user; the redirect above takes them on.
      await refetch();
    } catch (error) {
      const fields = apiFieldErrors(error);
      setFieldErrors({ email: fields.email, password: fields.password });
      setFormError(describeError(error));
      const retryAfter = apiRetryAfterSeconds(error);
      if (apiErrorCode(error) === 'TOO_MANY_ATTEMPTS' && retryAfter) {
        setBlockedUntil(new Date(Date.now() + retryAfter * 1000));
      }
    }
  };

  return (
    <Center component="main" id="main" mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="space-between">
          <Text fw={700} fz="xl">
            {t('common:appName')}
          </Text>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form noValidate onSubmit={(event) => void submit(event)}>
            <Stack gap="md">
              <Title order={1} size="h2">
                {t('title')}
              </Title>
              <SingleSignOnOptions reason={new URLSearchParams(location.search).get('sso')} />
              <Text size="sm">{t('intro')}</Text>
              {notice && !formError && (
                <Alert color="green" role="status">
                  {notice}
                </Alert>
              )}
              {formError && (
                <Alert color="red" title={t(blockedUntil ? 'blockedTitle' : 'failedTitle')} role="alert">
                  {formError}
                  {blockedUntil && (
                    <Text size="sm" mt="xs">
                      {t('blockedUntil', { time: formatDateTime(blockedUntil) })}
                    </Text>
                  )}
                </Alert>
              )}
              <TextInput
                ref={emailRef}
                label={t('email')}
                type="email"
                name="email"
                autoComplete="username"
                required
                withAsterisk={false}
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldErrors.email}
              />
              <PasswordInput
                ref={passwordRef}
                label={t('password')}
                name="password"
                autoComplete="current-password"
                visibilityToggleFocusable
                visibilityToggleButtonProps={{ 'aria-label': t('showPassword') }}
                required
                withAsterisk={false}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={fieldErrors.password}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('submit')}
              </Button>
              <Anchor component={Link} to={FORGOT_PASSWORD_PATH} size="sm">
                {t('account:forgot.link')}
              </Anchor>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
