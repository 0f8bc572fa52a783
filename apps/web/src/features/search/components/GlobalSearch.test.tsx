import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { GlobalSearchDocument } from '../graphql/search.documents';
import { GlobalSearch } from './GlobalSearch';

const hit = (kind: string, id: string, name: string, detail: string | null = null) => ({
  __typename: 'SearchHit' as const,
  kind,
  id,
  name,
  detail,
});

const searchMock = (text: string, hits: ReturnType<typeof hit>[]) => ({
  request: { query: GlobalSearchDocument, variables: { text } },
  result: { data: { search: hits } },
});

const typeInSearch = async (value: string) =>
  fireEvent.change(await screen.findByRole('textbox', { name: 'Søg i organisationen' }), {
    target: { value },
  });

describe('GlobalSearch', () => {
  it('opens with Ctrl+K, groups hits by kind and opens the chosen one with the keyboard', async () => {
    const { router } = renderWithProviders(<GlobalSearch />, {
      mocks: [
        viewerMock(aViewer()),
        searchMock('sbsys', [
          hit('SYSTEM', 'u1', 'SBSYS'),
          hit('CONTRACT', 'c1', 'Driftsaftale SBSYS', 'KT-17'),
          hit('SYSTEM', 'u2', 'Sagsbehandling', 'SBSYS Dokumentboks'),
        ]),
      ],
    });
    expect(screen.getByRole('button', { name: /^Søg/ }).getAttribute('aria-keyshortcuts')).toBe('Control+K');
    act(() => {
      fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true });
    });
    await typeInSearch('sbsys');

    const group = await screen.findByRole('group', { name: 'Systemer' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['SBSYS', 'SagsbehandlingSBSYS Dokumentboks']);
    expect(within(screen.getByRole('group', { name: 'Kontrakter' })).getByText('KT-17')).toBeTruthy();

    const input = screen.getByRole('textbox', { name: 'Søg i organisationen' });
    fireEvent.keyDown(input, { key: 'ArrowDown', code: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown', code: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/systemer/u2'));
  });

  it('says when nothing is found, and refuses text over 100 characters without asking the API', async () => {
    renderWithProviders(<GlobalSearch />, {
      mocks: [viewerMock(aViewer()), searchMock('zzz', [])],
    });
    fireEvent.click(screen.getByRole('button', { name: /^Søg/ }));
    expect(await screen.findByText('Skriv et navn, et kontraktnummer eller et CVR-nummer.')).toBeTruthy();
    await typeInSearch('zzz');
    expect(await screen.findByText('Intet fundet for »zzz«.')).toBeTruthy();
    // A second mock for this text does not exist: asking the API would fail the test with a warning.
    await typeInSearch('x'.repeat(101));
    expect(await screen.findByText('Må højst være 100 tegn.')).toBeTruthy();
  });
});
