import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo-client';
import { AppProviders } from './AppProviders';
import { currentLocale, i18n } from './i18n';
import { readStoredOrganisation } from './organisation-storage';
import { createAppRouter } from './router';
import { ViewerDocument } from './ViewerContext';

const client = createApolloClient({
  getOrganisationId: readStoredOrganisation,
  getLocale: () => currentLocale(i18n),
  // The session ended: forget the viewer; the authenticated layout then sends the user to sign-in
  // and back to the page they were on afterwards.
  onUnauthenticated: () => client.cache.writeQuery({ query: ViewerDocument, data: { viewer: null } }),
});

const router = createAppRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders client={client} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
