import { useMutation } from '@apollo/client/react';
import { checkRules, passwordResetRequestSchema } from '@overblik/domain';
import { Alert, Anchor, Button, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SIGN_IN_PATH } from '../app/areas';
import { PublicPageFrame } from '../features/account/components/PublicPageFrame';
import { RequestPasswordResetDocument } from '../features/account/graphql/account.documents';
import { useErrorMessage } from '../ui/useErrorMessage';
import { useRuleErrors } from '../ui/useRuleErrors';

/** `/glemt-adgangskode`: asks for a reset link. The answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['account', 'auth']);
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const [request, { loading, error, data }] = useMutation(RequestPasswordResetDocument);
  const [email, setEmail] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = email.trim();
    if (!rules.passes(checkRules(passwordResetRequestSchema, { email: trimmed }))) return;
    await request({ variables: { email: trimmed } }).catch(() => null);
  };

  return (
    <PublicPageFrame title={t('forgot.title')}>
      {data ? (
        <Alert color="green" role="status">
          {t('forgot.sent')}
        </Alert>
      ) : (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <Text size="sm" mb="md">
            {t('forgot.intro')}
          </Text>
          {error && (
            <Alert color="red" role="alert" mb="sm">
              {describeError(error)}
            </Alert>
          )}
          <TextInput
            label={t('auth:email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={rules.message('email')}
            mb="md"
          />
          <Button type="submit" fullWidth loading={loading}>
            {t('forgot.submit')}
          </Button>
        </form>
      )}
      <Anchor component={Link} to={SIGN_IN_PATH} size="sm">
        {t('forgot.backToSignIn')}
      </Anchor>
    </PublicPageFrame>
  );
}
