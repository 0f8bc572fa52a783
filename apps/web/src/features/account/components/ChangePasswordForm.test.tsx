import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { ChangePasswordDocument } from '../graphql/account.documents';
import { ChangePasswordForm } from './ChangePasswordForm';

describe('ChangePasswordForm', () => {
  beforeEach(() => window.localStorage.clear());

  it('wants 12+ characters before sending, and shows a wrong current password at its field', async () => {
    const input = { currentPassword: 'gammelt', newPassword: 'et-nyt-langt-kodeord' };
    renderWithProviders(<ChangePasswordForm />, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: { query: ChangePasswordDocument, variables: { input } },
          result: {
            errors: [
              new GraphQLError('Nogle felter er ikke udfyldt korrekt. Intet er gemt.', {
                extensions: {
                  code: 'VALIDATION_FAILED',
                  fields: [{ field: 'currentPassword', message: 'Den nuværende adgangskode er forkert.' }],
                },
              }),
            ],
          },
        },
      ],
    });
    const current = screen.getByLabelText(/^Nuværende adgangskode/);
    const next = screen.getByLabelText(/^Ny adgangskode/);
    fireEvent.change(current, { target: { value: input.currentPassword } });
    fireEvent.change(next, { target: { value: 'kort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Skift adgangskode' }));
    expect(await screen.findByText('Skal være mindst 12 tegn.')).toBeTruthy();

    fireEvent.change(next, { target: { value: input.newPassword } });
    fireEvent.click(screen.getByRole('button', { name: 'Skift adgangskode' }));
    expect(await screen.findByText('Den nuværende adgangskode er forkert.')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
