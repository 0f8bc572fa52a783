import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { MySessionsDocument, RevokeSessionDocument } from '../graphql/account.documents';
import { SessionsPanel } from './SessionsPanel';

const aSession = (id: string, createdAt: string, current: boolean) => ({
  __typename: 'AccountSession' as const,
  id,
  createdAt,
  expiresAt: '2026-12-08T08:00:00.000Z',
  current,
});

describe('SessionsPanel', () => {
  beforeEach(() => window.localStorage.clear());

  it('marks this session, and signs out another one', async () => {
    const sessions = [
      aSession('s1', '2026-12-07T07:00:00.000Z', true),
      aSession('s2', '2026-12-06T07:00:00.000Z', false),
    ];
    renderWithProviders(<SessionsPanel />, {
      mocks: [
        viewerMock(aViewer()),
        { request: { query: MySessionsDocument }, result: { data: { mySessions: sessions } } },
        {
          request: { query: RevokeSessionDocument, variables: { id: 's2' } },
          result: { data: { revokeSession: true } },
        },
        { request: { query: MySessionsDocument }, result: { data: { mySessions: [sessions[0]] } } },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Steder, du er logget ind' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Denne session');
    expect(rows[1].textContent).not.toContain('Denne session');
    fireEvent.click(within(rows[1]).getByRole('button', { name: /^Log sessionen fra .* ud$/ }));
    // The list is fetched again without the signed-out session.
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('button', { name: 'Log ud alle steder' })).toBeTruthy();
  });
});
