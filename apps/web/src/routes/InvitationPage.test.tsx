import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AcceptInvitationDocument, OneTimeLinkDocument } from '../features/account/graphql/account.documents';
import { renderWithProviders, viewerMock } from '../test/render-with-providers';
import { InvitationPage } from './InvitationPage';
import { SignInPage } from './SignInPage';

const linkMock = (token: string) => ({
  request: { query: OneTimeLinkDocument, variables: { token } },
  result: {
    data: {
      oneTimeLink: {
        __typename: 'OneTimeLink',
        purpose: 'INVITE',
        email: 'nina@nordby.dk',
        name: 'Nina Nielsen',
        organisationName: 'Nordby Kommune',
      },
    },
  },
});

const routes = [
  { path: '/invitation/:token', element: <InvitationPage /> },
  { path: '/sign-in', element: <SignInPage /> },
];

describe('InvitationPage', () => {
  beforeEach(() => window.localStorage.clear());

  it('greets the invited person, wants 12+ characters, then sends them to sign in with a notice', async () => {
    renderWithProviders(null, {
      routes,
      initialEntries: ['/invitation/tok'],
      mocks: [
        viewerMock(null),
        linkMock('tok'),
        {
          request: {
            query: AcceptInvitationDocument,
            variables: { token: 'tok', input: { name: 'Nina Nielsen', password: 'et-langt-kodeord' } },
          },
          result: { data: { acceptInvitation: true } },
        },
      ],
    });
    expect(
      await screen.findByText('Du er inviteret til Nordby Kommune. Skriv dit navn og vælg en adgangskode.'),
    ).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /^Dit navn/ }).value).toBe('Nina Nielsen');
    const password = screen.getByLabelText(/^Ny adgangskode/);
    fireEvent.change(password, { target: { value: 'kort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));
    expect(await screen.findByText('Skal være mindst 12 tegn.')).toBeTruthy();

    fireEvent.change(password, { target: { value: 'et-langt-kodeord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem og fortsæt' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Din adgangskode er gemt. Log ind for at fortsætte.',
    );
    expect(screen.getByRole('heading', { name: 'Log ind' })).toBeTruthy();
  });

  it('explains a used link and offers the ways on', async () => {
    const message = 'Linket er allerede brugt. Bed om et nyt, hvis du stadig har brug for det.';
    renderWithProviders(null, {
      routes,
      initialEntries: ['/invitation/used'],
      mocks: [
        viewerMock(null),
        {
          request: { query: OneTimeLinkDocument, variables: { token: 'used' } },
          result: { errors: [new GraphQLError(message, { extensions: { code: 'INVALID_TOKEN' } })] },
        },
      ],
    });
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(screen.getByRole('link', { name: 'Glemt adgangskode?' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gem og fortsæt' })).toBeNull();
  });
});
