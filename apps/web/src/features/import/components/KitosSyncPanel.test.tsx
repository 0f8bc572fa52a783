import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import {
  KitosConnectionDocument,
  ResolveKitosConflictDocument,
  SaveKitosConnectionDocument,
  SyncKitosDocument,
} from '../graphql/kitos-sync.documents';
import { KitosSyncPanel } from './KitosSyncPanel';

const conflict = {
  __typename: 'KitosSyncConflict' as const,
  id: 'k1',
  kind: 'USAGE_OVERVIEW' as const,
  kitosUuid: '0b0c0000-0000-4000-8000-000000000030',
  name: 'SagsPortal',
  changes: ['localName'],
  overblikChangedAt: '2026-12-07T10:00:00.000Z',
};
const connection = {
  __typename: 'KitosConnection' as const,
  id: 'c1',
  baseUrl: 'https://kitos.example',
  kitosOrganisationUuid: '0b0c0000-0000-4000-8000-0000000000aa',
  emailSet: true,
  passwordSet: true,
  nightly: true,
  lastRunAt: '2026-12-07T09:00:00.000Z',
  lastRun: {
    __typename: 'KitosSyncRun' as const,
    ok: true,
    created: 7,
    updated: 0,
    unchanged: 2,
    errorCount: 0,
    deleted: 0,
    conflicts: 1,
    message: null,
    problems: [],
  },
  version: 3,
};
const loaded = (conflicts: (typeof conflict)[]) => ({
  request: { query: KitosConnectionDocument },
  result: { data: { kitosConnection: connection, kitosConflicts: conflicts } },
});

describe('KitosSyncPanel', () => {
  it('shows the connection without its credentials, the last result and the conflict, and decides it', async () => {
    renderWithProviders(<KitosSyncPanel />, {
      mocks: [
        viewerMock(aViewer()),
        loaded([conflict]),
        {
          request: { query: ResolveKitosConflictDocument, variables: { id: 'k1', choice: 'TAKE_KITOS' } },
          result: { data: { resolveKitosConflict: 'k1' } },
        },
        loaded([]),
      ],
    });
    expect(await screen.findByDisplayValue('https://kitos.example')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('API-brugerens e-mail').value).toBe('');
    expect(screen.getAllByText('Gemt krypteret. Lad feltet stå tomt for at beholde det.')).toHaveLength(2);
    expect(
      screen.getByText(
        /7 oprettet, 0 opdateret, 2 uændrede, 0 med fejl, 0 markeret som slettet i KITOS, 1 konflikter/,
      ),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: '1 objekt venter på en beslutning' });
    expect(within(table).getByRole('rowheader', { name: 'SagsPortal' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: "Brug KITOS' version af SagsPortal" }));
    expect(
      await screen.findByText('Ingen konflikter: intet er ændret både i KITOS og i Overblik.'),
    ).toBeTruthy();
  });

  it('keeps saying the connection is saved once the saved connection (a new version) is shown', async () => {
    const stored = { ...connection, version: 4, nightly: false };
    renderWithProviders(<KitosSyncPanel />, {
      mocks: [
        viewerMock(aViewer()),
        loaded([]),
        {
          request: {
            query: SaveKitosConnectionDocument,
            variables: {
              input: {
                version: 3,
                baseUrl: 'https://kitos.example',
                kitosOrganisationUuid: connection.kitosOrganisationUuid,
                email: null,
                password: null,
                nightly: false,
              },
            },
          },
          result: {
            data: {
              saveKitosConnection: {
                __typename: 'KitosConnection' as const,
                id: 'c1',
                baseUrl: stored.baseUrl,
                kitosOrganisationUuid: stored.kitosOrganisationUuid,
                emailSet: true,
                passwordSet: true,
                nightly: false,
                version: 4,
              },
            },
          },
        },
        {
          request: { query: KitosConnectionDocument },
          result: { data: { kitosConnection: stored, kitosConflicts: [] } },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('switch', { name: /nat/i }));
    fireEvent.click(screen.getByRole('button', { name: 'Gem forbindelsen' }));
    expect((await screen.findByRole('status')).textContent).toContain('Forbindelsen er gemt.');
    // The form is a fresh one for version 4 (the switch shows the stored value) and the message stays.
    await screen.findByRole('switch', { name: /nat/i, checked: false });
    expect(screen.getByRole('status').textContent).toContain('Forbindelsen er gemt.');
  });

  it('shows why a sync failed', async () => {
    renderWithProviders(<KitosSyncPanel />, {
      mocks: [
        viewerMock(aViewer()),
        loaded([]),
        {
          request: { query: SyncKitosDocument },
          result: {
            errors: [
              new GraphQLError(
                'KITOS kunne ikke nås. Tjek adressen, eller prøv igen senere – intet er ændret.',
                {
                  extensions: { code: 'KITOS_FAILED' },
                },
              ),
            ],
          },
        },
        loaded([]),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Synkronisér nu' }));
    expect(
      await screen.findByText(
        'KITOS kunne ikke nås. Tjek adressen, eller prøv igen senere – intet er ændret.',
      ),
    ).toBeTruthy();
  });
});
