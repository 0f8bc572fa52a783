import { screen, within } from '@testing-library/react';
import { AdminMembersDocument } from '../features/admin/graphql/admin.documents';
import { anOrganisation, aViewer, renderWithProviders, viewerMock } from '../test/render-with-providers';
import { AdminPage } from './AdminPage';

const aMember = (id: string, name: string, email: string, roles: string[], status = 'ACTIVE') => ({
  __typename: 'Member' as const,
  id,
  roles,
  status,
  version: 1,
  user: { __typename: 'UserRef' as const, id: `u-${id}`, name, email },
});

const membersMock = {
  request: { query: AdminMembersDocument },
  result: {
    data: {
      members: [
        aMember('m1', 'Anne Andersen', 'anne@nordby.dk', ['READER']),
        aMember('m2', 'Bo Berg', 'bo@nordby.dk', ['PROJECT_LEAD', 'ADMINISTRATOR']),
        aMember('m3', 'Cai Carlsen', 'cai@nordby.dk', ['READER'], 'DEACTIVATED'),
      ],
    },
  },
};

const withRoles = (roles: string[]) => {
  const viewer = aViewer();
  return { ...viewer, memberships: [{ ...viewer.memberships[0], organisation: anOrganisation(), roles }] };
};

describe('AdminPage', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows a reader the members and their translated roles without any edit controls', async () => {
    renderWithProviders(<AdminPage />, {
      mocks: [viewerMock(withRoles(['READER']) as ReturnType<typeof aViewer>), membersMock],
    });

    const table = await screen.findByRole('table', { name: 'Medlemmer af Nordby Kommune' });
    const bo = within(table).getByRole('row', { name: /Bo Berg/ });
    expect(within(bo).getByText('Administrator, Projektleder')).toBeTruthy();
    expect(within(table).getByRole('row', { name: /Anne Andersen/ }).textContent).toContain('Læser');
    expect(screen.getByText('Du kan se oplysningerne, men kun administratorer kan ændre dem.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Gem roller/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send invitation' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Deaktivér|Genaktivér/ })).toBeNull();
    expect(within(table).getByRole('row', { name: /Cai Carlsen/ }).textContent).toContain('Deaktiveret');
    expect(screen.queryByRole('textbox', { name: /Roller for/ })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Medlemmer', selected: true })).toBeTruthy();
  });

  it('gives an administrator a role editor, deactivate or reactivate per member and the invite form', async () => {
    renderWithProviders(<AdminPage />, { mocks: [viewerMock(aViewer()), membersMock] });

    await screen.findByRole('table', { name: 'Medlemmer af Nordby Kommune' });
    expect(screen.getByRole('button', { name: 'Gem roller for Bo Berg' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deaktivér Anne Andersen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Genaktivér Cai Carlsen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send invitation' })).toBeTruthy();
    expect(screen.queryByText(/kun administratorer kan ændre dem/)).toBeNull();
    // Creating organisations is for installation administrators only.
    expect(screen.queryByRole('tab', { name: 'Organisationer' })).toBeNull();
  });

  it('shows an installation administrator the tab to create organisations', async () => {
    renderWithProviders(<AdminPage />, {
      mocks: [viewerMock(aViewer({ installationAdmin: true })), membersMock],
      initialEntries: ['/admin?tab=organisations'],
    });

    expect(await screen.findByRole('tab', { name: 'Organisationer', selected: true })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^CVR-nummer/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opret organisation' })).toBeTruthy();
  });
});
