import { useMutation, useQuery } from '@apollo/client/react';
import { acceptInvitationSchema, checkRules } from '@overblik/domain';
import { Alert, Button, Loader, PasswordInput, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SIGN_IN_PATH } from '../app/areas';
import { LinkProblem } from '../features/account/components/LinkProblem';
import { PublicPageFrame } from '../features/account/components/PublicPageFrame';
import { AcceptInvitationDocument, OneTimeLinkDocument } from '../features/account/graphql/account.documents';
import type { SignInNotice } from '../features/account/paths';
import { apiFieldErrors } from '../ui/error-message';
import { useRuleErrors } from '../ui/useRuleErrors';

/** `/invitation/:token`: an invited person (or the first administrator) gives their name and a password. */
export function InvitationPage() {
  const { t } = useTranslation(['account', 'auth']);
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const rules = useRuleErrors();
  const link = useQuery(OneTimeLinkDocument, { variables: { token } });
  const [accept, accepting] = useMutation(AcceptInvitationDocument);
  const [name, setName] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const info = link.data?.oneTimeLink;
  const shownName = name ?? info?.name ?? '';
  const apiErrors = apiFieldErrors(accepting.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name: shownName, password };
    if (!rules.passes(checkRules(acceptInvitationSchema, input))) return;
    const result = await accept({ variables: { token, input } }).catch(() => null);
    if (!result?.data) return;
    const state: SignInNotice = { notice: t('invitation.done') };
    await navigate(SIGN_IN_PATH, { replace: true, state });
  };

  return (
    <PublicPageFrame title={t('invitation.title')}>
      {link.loading && <Loader size="sm" aria-label={t('invitation.loading')} />}
      {link.error && <LinkProblem error={link.error} />}
      {info && (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Text size="sm" mb="xs">
            {info.organisationName
              ? t('invitation.intro', { organisation: info.organisationName })
              : t('invitation.introNoOrganisation')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('invitation.email', { email: info.email })}
          </Text>
          <Text size="sm" mb="md" c="dimmed">
            {t('invitation.existingAccount')}
          </Text>
          {accepting.error && !Object.keys(apiErrors).length && <LinkProblem error={accepting.error} />}
          <TextInput
            label={t('invitation.name')}
            autoComplete="name"
            required
            value={shownName}
            onChange={(e) => setName(e.currentTarget.value)}
            error={rules.message('name') ?? apiErrors.name}
            mb="sm"
          />
          <PasswordInput
            label={t('password.new')}
            description={t('password.newHelp')}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('auth:showPassword') }}
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={rules.message('password') ?? apiErrors.password}
            mb="md"
          />
          {/* An e-mail field for password managers, so the saved password goes with the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={info.email} readOnly />
          <Button type="submit" fullWidth loading={accepting.loading}>
            {t('invitation.submit')}
          </Button>
        </form>
      )}
      {!link.loading && !link.error && !info && <Alert color="red">{t('linkFailedTitle')}</Alert>}
    </PublicPageFrame>
  );
}
