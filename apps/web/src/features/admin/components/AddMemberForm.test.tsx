import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { AddMemberDocument } from '../graphql/admin.documents';
import { AddMemberForm } from './AddMemberForm';

describe('AddMemberForm', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows the API field error on the field it concerns and adds nothing', async () => {
    renderWithProviders(<AddMemberForm />, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: {
            query: AddMemberDocument,
            variables: {
              input: { email: 'ny@nordby.dk', name: 'Nina Nielsen', roles: [], initialPassword: 'kort' },
            },
          },
          result: {
            errors: [
              new GraphQLError('Oplysningerne er ikke gyldige.', {
                extensions: {
                  code: 'VALIDATION_FAILED',
                  fields: [{ field: 'initialPassword', message: 'Skal være mindst 12 tegn.' }],
                },
              }),
            ],
          },
        },
      ],
    });

    fireEvent.change(screen.getByRole('textbox', { name: /^E-mail/ }), { target: { value: 'ny@nordby.dk' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Navn/ }), { target: { value: 'Nina Nielsen' } });
    const password = screen.getByLabelText(/^Startadgangskode/);
    fireEvent.change(password, { target: { value: 'kort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj medlem' }));

    await screen.findByText('Skal være mindst 12 tegn.');
    const describedBy = password.getAttribute('aria-describedby') ?? '';
    const descriptions = describedBy.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(descriptions).toContain('Skal være mindst 12 tegn.');
    // Only that field is marked: the e-mail field is described by nothing but its label.
    expect(screen.getByRole('textbox', { name: /^E-mail/ }).getAttribute('aria-describedby')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
