import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { aViewer, renderWithProviders, viewerMock } from '../test/render-with-providers';
import { SignInDocument, SignInPage } from './SignInPage';

const signInRoutes = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/systemer', element: <p>Systemsiden</p> },
  { path: '/landskab', element: <p>Landskabssiden</p> },
];

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/E-mail/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^(Adgangskode|Password)/), { target: { value: password } });
}

describe('SignInPage', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows the API error message in an alert', async () => {
    renderWithProviders(null, {
      routes: signInRoutes,
      initialEntries: ['/sign-in'],
      mocks: [
        viewerMock(null),
        {
          request: { query: SignInDocument, variables: { email: 'anne@nordby.dk', password: 'forkert' } },
          result: {
            errors: [
              new GraphQLError('Forkert e-mail eller adgangskode.', {
                extensions: { code: 'BAD_CREDENTIALS' },
              }),
            ],
          },
        },
      ],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Log ind' })).toBeTruthy();

    fillIn('anne@nordby.dk', 'forkert');
    fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Du blev ikke logget ind');
    expect(alert.textContent).toContain('Forkert e-mail eller adgangskode.');
  });

  it('shows the error in English when English is chosen', async () => {
    renderWithProviders(null, {
      locale: 'en',
      routes: signInRoutes,
      initialEntries: ['/sign-in'],
      mocks: [
        viewerMock(null),
        {
          request: { query: SignInDocument, variables: { email: 'anne@nordby.dk', password: 'wrong' } },
          result: {
            errors: [
              new GraphQLError('Wrong e-mail or password.', { extensions: { code: 'BAD_CREDENTIALS' } }),
            ],
          },
        },
      ],
    });

    fillIn('anne@nordby.dk', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('You were not signed in');
    expect(alert.textContent).toContain('Wrong e-mail or password.');
  });

  it('tells a blocked account when it may try again', async () => {
    jest.useFakeTimers({
      now: new Date('2026-12-07T11:00:00Z'),
      doNotFake: ['setTimeout', 'setInterval', 'queueMicrotask'],
    });
    try {
      renderWithProviders(null, {
        routes: signInRoutes,
        initialEntries: ['/sign-in'],
        mocks: [
          viewerMock(null),
          {
            request: { query: SignInDocument, variables: { email: 'anne@nordby.dk', password: 'rigtig' } },
            result: {
              errors: [
                new GraphQLError(
                  'For mange forkerte forsøg på at logge ind på denne konto. Prøv igen om 15 minutter.',
                  { extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 900 } },
                ),
              ],
            },
          },
        ],
      });
      fillIn('anne@nordby.dk', 'rigtig');
      fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));

      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('Kontoen er midlertidigt spærret');
      expect(alert.textContent).toContain('Prøv igen om 15 minutter.');
      // 11:00 UTC + 15 minutes is 12:15 in Copenhagen.
      expect(alert.textContent).toMatch(/Du kan prøve igen fra kl\. 7\. dec\. 2026.*12[.:]15/);
    } finally {
      jest.useRealTimers();
    }
  });

  it('explains missing and malformed fields before asking the API', async () => {
    renderWithProviders(null, {
      routes: signInRoutes,
      initialEntries: ['/sign-in'],
      mocks: [viewerMock(null)],
    });

    fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(await screen.findByText('Skriv din e-mailadresse.')).toBeTruthy();
    expect(screen.getByText('Skriv din adgangskode.')).toBeTruthy();
    expect(screen.getByLabelText(/E-mail/).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText(/E-mail/));

    fillIn('anne', 'hemmelig');
    fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(await screen.findByText('Skriv en gyldig e-mailadresse, fx navn@kommune.dk.')).toBeTruthy();
  });

  it('goes back to the page the user came from after signing in', async () => {
    const viewer = aViewer();
    let signedIn = false;
    renderWithProviders(null, {
      routes: signInRoutes,
      initialEntries: [{ pathname: '/sign-in', state: { from: { pathname: '/systemer' } } }],
      mocks: [
        {
          request: { query: viewerMock(null).request.query },
          result: () => ({ data: { viewer: signedIn ? viewer : null } }),
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        {
          request: { query: SignInDocument, variables: { email: 'anne@nordby.dk', password: 'hemmelig' } },
          result: () => {
            signedIn = true;
            return { data: { signIn: { __typename: 'Viewer' as const, id: viewer.id } } };
          },
        },
      ],
    });

    fillIn('anne@nordby.dk', 'hemmelig');
    fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));

    expect(await screen.findByText('Systemsiden')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Log ind' })).toBeNull());
  });
});
