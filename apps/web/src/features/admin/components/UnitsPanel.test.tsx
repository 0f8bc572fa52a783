import { fireEvent, screen, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { AdminUnitsDocument, UpdateUnitDocument } from '../graphql/admin.documents';
import { UnitsPanel } from './UnitsPanel';

const aUnit = (id: string, name: string, parentId: string | null, version = 1) => ({
  __typename: 'Unit' as const,
  id,
  version,
  name,
  code: null,
  parentId,
});

describe('UnitsPanel', () => {
  it('shows a renamed unit, re-sorted, from the mutation’s result without reading the units again', async () => {
    renderWithProviders(<UnitsPanel organisationName="Nordby Kommune" canEdit />, {
      mocks: [
        viewerMock(aViewer()),
        // Answered once: a refetch would find no answer and fail the panel.
        {
          request: { query: AdminUnitsDocument },
          result: { data: { units: [aUnit('a', 'Borgerservice', null), aUnit('b', 'IT', null)] } },
        },
        {
          request: {
            query: UpdateUnitDocument,
            variables: { input: { id: 'a', version: 1, name: 'Økonomi', code: null } },
          },
          result: { data: { updateUnit: aUnit('a', 'Økonomi', null, 2) } },
        },
      ],
    });

    const table = await screen.findByRole('table', { name: 'Enheder i Nordby Kommune' });
    fireEvent.click(within(table).getByRole('button', { name: 'Omdøb Borgerservice' }));
    const dialog = await screen.findByRole('dialog', { name: 'Omdøb Borgerservice' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Navn/ }), {
      target: { value: 'Økonomi' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect((await screen.findByRole('status')).textContent).toContain('Borgerservice er omdøbt til Økonomi.');
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names).toEqual(['IT', 'Økonomi']);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
