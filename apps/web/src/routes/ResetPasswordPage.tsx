import { useMutation, useQuery } from '@apollo/client/react';
import { checkRules, resetPasswordSchema } from '@overblik/domain';
import { Button, Loader, PasswordInput, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SIGN_IN_PATH } from '../app/areas';
import { LinkProblem } from '../features/account/components/LinkProblem';
import { PublicPageFrame } from '../features/account/components/PublicPageFrame';
import { OneTimeLinkDocument, ResetPasswordDocument } from '../features/account/graphql/account.documents';
import type { SignInNotice } from '../features/account/paths';
import { apiFieldErrors } from '../ui/error-message';
import { useRuleErrors } from '../ui/useRuleErrors';

/** `/nulstil-adgangskode/:token`: a new password from a single-use reset link. */
export function ResetPasswordPage() {
  const { t } = useTranslation(['account', 'auth']);
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const rules = useRuleErrors();
  const link = useQuery(OneTimeLinkDocument, { variables: { token } });
  const [reset, resetting] = useMutation(ResetPasswordDocument);
  const [password, setPassword] = useState('');
  const info = link.data?.oneTimeLink;
  const apiErrors = apiFieldErrors(resetting.error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!rules.passes(checkRules(resetPasswordSchema, { password }))) return;
    const result = await reset({ variables: { token, password } }).catch(() => null);
    if (!result?.data) return;
    const state: SignInNotice = { notice: t('reset.done') };
    await navigate(SIGN_IN_PATH, { replace: true, state });
  };

  return (
    <PublicPageFrame title={t('reset.title')}>
      {link.loading && <Loader size="sm" aria-label={t('reset.loading')} />}
      {link.error && <LinkProblem error={link.error} />}
      {info && (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Text size="sm" mb="md" c="dimmed">
            {t('invitation.email', { email: info.email })}
          </Text>
          {resetting.error && !Object.keys(apiErrors).length && <LinkProblem error={resetting.error} />}
          <input type="hidden" name="username" autoComplete="username" value={info.email} readOnly />
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
          <Button type="submit" fullWidth loading={resetting.loading}>
            {t('reset.submit')}
          </Button>
        </form>
      )}
    </PublicPageFrame>
  );
}
