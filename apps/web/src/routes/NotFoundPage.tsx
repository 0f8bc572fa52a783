import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

/** Unknown paths, inside the shell so the navigation stays at hand. */
export function NotFoundPage() {
  const { t } = useTranslation('errors');
  const { pathname } = useLocation();
  return (
    <Stack gap="md" align="flex-start">
      <PageHeader title={t('notFoundTitle')} />
      <Text>{t('notFoundText', { path: pathname })}</Text>
      <Button component={Link} to="/">
        {t('backHome')}
      </Button>
    </Stack>
  );
}
