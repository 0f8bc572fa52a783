import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';
import { ViewerProvider } from './ViewerContext';

export interface AppProvidersProps {
  client: ApolloClient;
  i18n: I18n;
  children: ReactNode;
}

/** Theme, notifications, Apollo, i18n and the viewer, in the order the app needs them. */
export function AppProviders({ client, i18n, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <Notifications position="top-right" />
        <ApolloProvider client={client}>
          <ViewerProvider>{children}</ViewerProvider>
        </ApolloProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
