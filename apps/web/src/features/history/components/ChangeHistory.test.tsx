import { screen, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { ChangeHistoryDocument } from '../graphql/history.documents';
import { ChangeHistory } from './ChangeHistory';

const entry = (
  id: string,
  action: string,
  entityType: string,
  changes: { field: string; kind: string; before: string | null; after: string | null }[],
) => ({
  __typename: 'HistoryEntryNode' as const,
  id,
  at: '2026-03-12T13:02:00.000Z',
  action,
  entityType,
  authorName: id === '3' ? null : 'Anne Andersen',
  changes: changes.map((c) => ({ __typename: 'FieldChangeNode' as const, ...c })),
});

const historyMock = (history: ReturnType<typeof entry>[]) => ({
  request: { query: ChangeHistoryDocument, variables: { entity: 'CONTRACT', id: 'c1' } },
  result: { data: { history } },
});

describe('ChangeHistory', () => {
  it('shows one row per changed field with a label where one exists, the person and the time', async () => {
    renderWithProviders(<ChangeHistory entity="CONTRACT" id="c1" ownType="Contract" />, {
      mocks: [
        viewerMock(aViewer()),
        historyMock([
          entry('3', 'UPDATE', 'Contract', [
            { field: 'name', kind: 'CHANGED', before: 'Drift', after: 'Driftsaftale' },
            { field: 'options[o1].months', kind: 'CHANGED', before: '12', after: '24' },
            { field: 'retenderPlanNote', kind: 'ADDED', before: null, after: 'Udbud 2027' },
          ]),
          entry('2', 'CREATE', 'ContractOption', []),
        ]),
      ],
    });
    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['12. mar. 2026, 14.02', 'Systemet', 'Ændret', 'Navn', 'Drift', 'Driftsaftale'],
      ['12. mar. 2026, 14.02', 'Systemet', 'Ændret', 'Optioner[o1].months', '12', '24'],
      ['12. mar. 2026, 14.02', 'Systemet', 'Ændret', 'retenderPlanNote', '—', 'Udbud 2027'],
      ['12. mar. 2026, 14.02', 'Anne Andersen', 'Oprettet (ContractOption)', '—', '', ''],
    ]);
    expect(screen.getByRole('heading', { name: 'Historik' })).toBeTruthy();
  });

  it('says when nothing has been recorded', async () => {
    renderWithProviders(<ChangeHistory entity="CONTRACT" id="c1" ownType="Contract" />, {
      mocks: [viewerMock(aViewer()), historyMock([])],
    });
    expect(await screen.findByText('Ingen ændringer registreret endnu.')).toBeTruthy();
  });
});
