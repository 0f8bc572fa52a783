import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { configure, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type InitialEntry, type RouteObject } from 'react-router';
import { createI18n, type Locale } from '../app/i18n';
import { cssVariablesResolver, theme } from '../app/theme';
import { ViewerDocument, ViewerProvider } from '../app/ViewerContext';

// Route pages are lazy imports that jest transforms on first use; on a loaded machine that alone
// can exceed the default 1 s of `findBy…`, so waits get 5 s (a failing wait still fails).
configure({ asyncUtilTimeout: 5000 });

export const anOrganisation = (overrides: Partial<{ id: string; name: string }> = {}) => ({
  __typename: 'Organisation' as const,
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Nordby Kommune',
  ...overrides,
});

export const aViewer = (
  overrides: Partial<{
    id: string;
    name: string;
    email: string;
    locale: string;
    installationAdmin: boolean;
  }> = {},
  organisations = [anOrganisation()],
) => ({
  __typename: 'Viewer' as const,
  id: '22222222-2222-4222-8222-222222222222',
  name: 'Anne Andersen',
  email: 'anne@nordby.dk',
  locale: 'da',
  installationAdmin: false,
  memberships: organisations.map((organisation) => ({
    __typename: 'Membership' as const,
    roles: ['ADMINISTRATOR' as const],
    organisation,
  })),
  ...overrides,
});

/** The viewer query, answered as often as it is asked. */
export const viewerMock = (viewer: ReturnType<typeof aViewer> | null): MockLink.MockedResponse => ({
  request: { query: ViewerDocument },
  result: { data: { viewer } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export interface RenderOptions {
  mocks?: MockLink.MockedResponse[];
  locale?: Locale;
  /** Routes to mount; by default `ui` at every path. */
  routes?: RouteObject[];
  initialEntries?: InitialEntry[];
  /** Warn about operations without a mock (off where a page's own queries are beside the point). */
  showWarnings?: boolean;
}

/** Providers as in the app (i18n, Mantine, Apollo mocks, viewer) around a memory router. */
export function renderWithProviders(ui: ReactElement | null, options: RenderOptions = {}) {
  const i18n = createI18n(options.locale ?? 'da');
  const router = createMemoryRouter(options.routes ?? [{ path: '*', element: ui }], {
    initialEntries: options.initialEntries ?? ['/'],
  });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <MockedProvider mocks={options.mocks ?? []} showWarnings={options.showWarnings ?? true}>
          <ViewerProvider>
            <RouterProvider router={router} />
          </ViewerProvider>
        </MockedProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n, router };
}
