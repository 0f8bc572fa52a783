import { Alert, Button, Center, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useErrorMessage } from '../ui/useErrorMessage';
import { PageLoader } from '../ui/PageLoader';
import { SIGN_IN_PATH } from './areas';
import { useViewer } from './useViewer';

/** Renders its children for a signed-in user; sends anyone else to sign-in and back afterwards. */
export function RequireViewer({ children }: { children: ReactNode }) {
  const { t } = useTranslation('errors');
  const location = useLocation();
  const { viewer, loading, error, ready, refetch } = useViewer();
  const describeError = useErrorMessage();

  if (viewer && ready) return children;
  if (viewer || loading) return <PageLoader />;
  if (error) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={480}>
          <Alert color="red" title={t('alertTitle')}>
            {describeError(error)}
          </Alert>
          <Button onClick={() => void refetch()}>{t('reload')}</Button>
        </Stack>
      </Center>
    );
  }
  return <Navigate to={SIGN_IN_PATH} replace state={{ from: location }} />;
}
