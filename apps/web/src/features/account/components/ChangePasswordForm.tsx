import { useMutation } from '@apollo/client/react';
import { changePasswordSchema, checkRules } from '@overblik/domain';
import { Alert, Button, Group, PasswordInput, Stack, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { ChangePasswordDocument, MySessionsDocument } from '../graphql/account.documents';

const EMPTY = { currentPassword: '', newPassword: '' };

/** Changes the viewer's password (the current one required); the API ends their other sessions. */
export function ChangePasswordForm() {
  const { t } = useTranslation(['account', 'auth']);
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const titleId = useId();
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState(false);
  // The other sessions end, so the list shrinks.
  const [change, { loading, error }] = useMutation(ChangePasswordDocument, {
    refetchQueries: [MySessionsDocument],
  });
  const apiErrors = apiFieldErrors(error);
  const field = (key: keyof typeof EMPTY) => ({
    value: values[key],
    error: rules.message(key) ?? apiErrors[key],
    onChange: (e: { currentTarget: { value: string } }) =>
      setValues({ ...values, [key]: e.currentTarget.value }),
    visibilityToggleButtonProps: { 'aria-label': t('auth:showPassword') },
    required: true,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!rules.passes(checkRules(changePasswordSchema, values))) return;
    const result = await change({ variables: { input: values } }).catch(() => null);
    if (!result?.data) return;
    setValues(EMPTY);
    setDone(true);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId} maw={420}>
      <Title order={2} size="h4" id={titleId}>
        {t('password.title')}
      </Title>
      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={titleId}>
        <Stack gap="sm">
          <PasswordInput
            label={t('password.current')}
            autoComplete="current-password"
            {...field('currentPassword')}
          />
          <PasswordInput
            label={t('password.new')}
            description={t('password.newHelp')}
            autoComplete="new-password"
            {...field('newPassword')}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {error && !Object.keys(apiErrors).length && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status">
          {t('password.changed')}
        </Alert>
      )}
    </Stack>
  );
}
