import { Alert, Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SIGN_IN_PATH } from '../../../app/areas';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { FORGOT_PASSWORD_PATH } from '../paths';

/** A used, expired or unknown link: the API's localised reason and the ways on. */
export function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('account');
  const describeError = useErrorMessage();
  return (
    <>
      <Alert color="red" title={t('linkFailedTitle')} role="alert">
        {describeError(error)}
      </Alert>
      <Group gap="md">
        <Anchor component={Link} to={FORGOT_PASSWORD_PATH}>
          {t('forgot.link')}
        </Anchor>
        <Anchor component={Link} to={SIGN_IN_PATH}>
          {t('forgot.backToSignIn')}
        </Anchor>
      </Group>
    </>
  );
}
