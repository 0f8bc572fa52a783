import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

export interface ErrorPageProps {
  /** Outside the shell the page is its own `<main>`; inside, the shell's `<main>` holds it. */
  standalone?: boolean;
}

/** A route failed to load or render: say so, and offer a way back. */
export function ErrorPage({ standalone = false }: ErrorPageProps) {
  const { t } = useTranslation(['errors', 'common']);
  const error = useRouteError();

  useEffect(() => {
    document.title = `${t('errorPageTitle')} – ${t('common:appName')}`;
  }, [t]);

  if (isRouteErrorResponse(error) && error.status === 404) {
    return standalone ? (
      <Center component="main" id="main" mih="50vh" p="md">
        <NotFoundPage />
      </Center>
    ) : (
      <NotFoundPage />
    );
  }

  return (
    <Center component={standalone ? 'main' : 'div'} id={standalone ? 'main' : undefined} mih="50vh" p="md">
      <Stack maw={560} gap="md">
        <Title order={1}>{t('errorPageTitle')}</Title>
        <Text role="alert">{t('errorPageText')}</Text>
        <Group>
          {/* A full reload: whatever broke in this page's state is left behind. */}
          <Button component={Link} to="/" reloadDocument>
            {t('backHome')}
          </Button>
          <Button variant="outline" onClick={() => window.location.reload()}>
            {t('reload')}
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}
