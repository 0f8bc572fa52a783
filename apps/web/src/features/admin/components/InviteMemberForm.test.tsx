import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { AdminMembersDocument, InviteMemberDocument } from '../graphql/admin.documents';
import { InviteMemberForm } from './InviteMemberForm';

const input = { email: 'ny@nordby.dk', name: 'Nina Nielsen', roles: ['READER'] };

const fill = async () => {
  fireEvent.change(screen.getByRole('textbox', { name: /^E-mail/ }), { target: { value: input.email } });
  fireEvent.change(screen.getByRole('textbox', { name: /^Navn/ }), { target: { value: input.name } });
  fireEvent.click(screen.getByRole('combobox', { name: /^Roller/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Læser' }));
  fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
};

describe('InviteMemberForm', () => {
  beforeEach(() => window.localStorage.clear());

  it('checks the shared rules before sending: a valid e-mail, a name, at least one role', async () => {
    renderWithProviders(<InviteMemberForm />, { mocks: [viewerMock(aViewer())] });
    fireEvent.change(screen.getByRole('textbox', { name: /^E-mail/ }), { target: { value: 'ikke-en-mail' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Skal være en gyldig e-mailadresse.')).toBeTruthy();
    expect(screen.getByText('Skal udfyldes.')).toBeTruthy();
    expect(screen.getByText('Skal være mindst 1.')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the link to pass on when the API could not e-mail it', async () => {
    const link = 'http://localhost:4000/invitation/abc';
    renderWithProviders(<InviteMemberForm />, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: { query: InviteMemberDocument, variables: { input } },
          result: {
            data: {
              inviteMember: {
                __typename: 'InviteResult',
                emailed: false,
                inviteLink: link,
                member: {
                  __typename: 'Member',
                  id: 'm9',
                  status: 'INVITED',
                  user: { __typename: 'UserRef', id: 'u9', name: 'Nina Nielsen' },
                },
              },
            },
          },
        },
        { request: { query: AdminMembersDocument }, result: { data: { members: [] } } },
      ],
    });
    await fill();
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Nina Nielsen er inviteret. Der er ingen mailserver sat op');
    expect(within(status).getByLabelText('Invitationslink').textContent).toBe(link);
  });

  it('shows the API’s refusal of an existing member as an alert', async () => {
    const message = 'Personen med e-mailen ny@nordby.dk er allerede medlem af organisationen.';
    renderWithProviders(<InviteMemberForm />, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: { query: InviteMemberDocument, variables: { input } },
          result: { errors: [new GraphQLError(message, { extensions: { code: 'CONFLICT' } })] },
        },
      ],
    });
    await fill();
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });
});
