import { fireEvent, screen } from '@testing-library/react';
import { RequestPasswordResetDocument } from '../features/account/graphql/account.documents';
import { renderWithProviders, viewerMock } from '../test/render-with-providers';
import { ForgotPasswordPage } from './ForgotPasswordPage';

describe('ForgotPasswordPage', () => {
  beforeEach(() => window.localStorage.clear());

  it('checks the e-mail, then gives the one answer that never tells whether the account exists', async () => {
    renderWithProviders(<ForgotPasswordPage />, {
      mocks: [
        viewerMock(null),
        {
          request: { query: RequestPasswordResetDocument, variables: { email: 'anne@nordby.dk' } },
          result: { data: { requestPasswordReset: true } },
        },
      ],
    });
    const email = screen.getByRole('textbox', { name: /^E-mail/ });
    fireEvent.change(email, { target: { value: 'anne' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send link' }));
    expect(await screen.findByText('Skal være en gyldig e-mailadresse.')).toBeTruthy();

    fireEvent.change(email, { target: { value: ' anne@nordby.dk ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send link' }));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Hvis der findes en konto med den e-mail, er der nu sendt et link. Tjek din indbakke.',
    );
    expect(screen.getByRole('link', { name: 'Tilbage til log ind' })).toBeTruthy();
  });
});
