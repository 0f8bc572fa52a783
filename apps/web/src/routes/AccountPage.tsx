import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../features/account/components/ChangePasswordForm';
import { SessionsPanel } from '../features/account/components/SessionsPanel';
import { PageHeader } from '../ui/PageHeader';

/** `/konto`: the viewer's password and sessions. */
export function AccountPage() {
  const { t } = useTranslation('account');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="xl">
        <ChangePasswordForm />
        <SessionsPanel />
      </Stack>
    </>
  );
}
