import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SetLocaleDocument } from '../gql/graphql';
import {
  anOrganisation,
  aViewer,
  renderWithProviders,
  viewerMock,
  type RenderOptions,
} from '../test/render-with-providers';
import { ORGANISATION_STORAGE_KEY } from './organisation-storage';
import { routes } from './router';

/**
 * The real routes. Pages and header widgets owned by other areas (notifications, the landscape
 * page, …) run their own queries; those are their tests' business, so unmatched ones stay quiet.
 */
const renderShell = (options: Omit<RenderOptions, 'routes' | 'showWarnings'>) =>
  renderWithProviders(null, { ...options, routes, showWarnings: false });

describe('AppShell and routes', () => {
  beforeEach(() => window.localStorage.clear());

  it('sends a signed-out user to sign-in', async () => {
    renderShell({ initialEntries: ['/systemer'], mocks: [viewerMock(null)] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeTruthy();
  });

  it('sends / to the landscape', async () => {
    const { router } = renderShell({
      initialEntries: ['/'],
      mocks: [viewerMock(aViewer())],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/landskab'));
    const nav = await screen.findByRole('navigation', { name: 'Hovedmenu' });
    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: 'Landskab' }).getAttribute('aria-current')).toBe('page'),
    );
  });

  it('has a skip link, header, labelled navigation and main', async () => {
    renderShell({
      initialEntries: ['/admin/findes-ikke'],
      mocks: [viewerMock(aViewer())],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('link', { name: 'Gå til indhold' }).getAttribute('href')).toBe('#main');
    const nav = screen.getByRole('navigation', { name: 'Hovedmenu' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Landskab',
      'Systemer',
      'Datakilder',
      'Snitflader',
      'Kontrakter',
      'Leverandører',
      'Portefølje',
      'Ressourcer',
      'Gevinster',
      'Modenhed',
      'Administration',
    ]);
    // The area the user is in is marked, and only that one.
    expect(within(nav).getByRole('link', { name: 'Administration' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(links.filter((link) => link.getAttribute('aria-current'))).toHaveLength(1);
    // One organisation: its name, no switcher.
    expect(screen.getByText('Nordby Kommune')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Brugermenu for Anne Andersen' })).toBeTruthy();
    expect(window.localStorage.getItem(ORGANISATION_STORAGE_KEY)).toBe(anOrganisation().id);
  });

  it('offers an organisation switcher to a member of several organisations', async () => {
    const second = anOrganisation({ id: '33333333-3333-4333-8333-333333333333', name: 'Sydby Kommune' });
    window.localStorage.setItem(ORGANISATION_STORAGE_KEY, second.id);
    renderShell({
      initialEntries: ['/findes-ikke'],
      mocks: [viewerMock(aViewer({}, [anOrganisation(), second]))],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeTruthy();
    const select = screen.getByRole<HTMLInputElement>('combobox', { name: 'Organisation' });
    expect(select.value).toBe('Sydby Kommune');
  });

  it('remembers a newly chosen organisation', async () => {
    const second = anOrganisation({ id: '33333333-3333-4333-8333-333333333333', name: 'Sydby Kommune' });
    renderShell({
      initialEntries: ['/findes-ikke'],
      mocks: [viewerMock(aViewer({}, [anOrganisation(), second]))],
    });
    const select = await screen.findByRole('combobox', { name: 'Organisation' });
    expect((select as HTMLInputElement).value).toBe('Nordby Kommune');

    fireEvent.click(select);
    // The dropdown's opening transition does not finish in jsdom; the option is there all the same.
    fireEvent.click(await screen.findByRole('option', { name: 'Sydby Kommune', hidden: true }));

    await waitFor(() => expect(window.localStorage.getItem(ORGANISATION_STORAGE_KEY)).toBe(second.id));
    await waitFor(() => expect((select as HTMLInputElement).value).toBe('Sydby Kommune'));
  });

  it('shows the 404 page inside the shell for an unknown path', async () => {
    renderShell({ initialEntries: ['/findes-ikke'], mocks: [viewerMock(aViewer())] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Hovedmenu' })).toBeTruthy();
  });

  it('changes language from the header', async () => {
    renderShell({
      initialEntries: ['/findes-ikke'],
      mocks: [
        viewerMock(aViewer()),
        {
          request: { query: SetLocaleDocument, variables: { locale: 'en' } },
          result: { data: { setLocale: { __typename: 'Viewer' as const, id: aViewer().id, locale: 'en' } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeTruthy());
    expect(document.documentElement.lang).toBe('en');
  });
});
