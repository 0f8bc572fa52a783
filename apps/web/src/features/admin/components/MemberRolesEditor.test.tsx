import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { makeFragmentData } from '../../../gql';
import { SetMemberRolesDocument } from '../graphql/admin.documents';
import { MemberRolesEditor, MemberRolesEditor_member } from './MemberRolesEditor';

const member = makeFragmentData(
  {
    id: 'm1',
    version: 3,
    roles: ['READER'],
    user: { id: 'u1', name: 'Anne Larsen' },
  },
  MemberRolesEditor_member,
);

describe('MemberRolesEditor', () => {
  beforeEach(() => window.localStorage.clear());

  it('says clearly that a stale edit was refused and offers to load the latest roles', async () => {
    const onReload = jest.fn();
    renderWithProviders(<MemberRolesEditor member={member} onReload={onReload} />, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: {
            query: SetMemberRolesDocument,
            variables: { id: 'm1', version: 3, roles: ['SYSTEM_OWNER', 'READER'] },
          },
          result: {
            errors: [new GraphQLError('Forældet version.', { extensions: { code: 'STALE_VERSION' } })],
          },
        },
      ],
    });

    const save = screen.getByRole('button', { name: 'Gem roller for Anne Larsen' });
    expect(save.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('combobox', { name: 'Roller for Anne Larsen' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Systemejer' }));
    fireEvent.click(save);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Anne Larsen er blevet ændret af en anden, efter du hentede siden.');
    fireEvent.click(screen.getByRole('button', { name: 'Hent de nyeste oplysninger' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
