import { screen, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { makeFragmentData } from '../../../gql';
import type { LandscapeTableView_EdgeFragment, LandscapeTableView_NodeFragment } from '../../../gql/graphql';
import { LandscapeTableView, LandscapeTableView_edge, LandscapeTableView_node } from './LandscapeTableView';

const node = (id: string, name: string, kind: LandscapeTableView_NodeFragment['kind']) =>
  makeFragmentData(
    {
      id,
      kind,
      name,
      lifecycle: 'IN_USE',
      subKind: null,
      unitName: null,
      yearlyCost: null,
      hasLifecycleConflict: false,
    },
    LandscapeTableView_node,
  );
const edge = (
  id: string,
  kind: LandscapeTableView_EdgeFragment['kind'],
  from: string,
  to: string,
  carries: Partial<LandscapeTableView_EdgeFragment>,
) =>
  makeFragmentData(
    {
      id,
      kind,
      from,
      to,
      direction: 'ONE_WAY',
      channel: null,
      interfaceName: null,
      yearlyCost: null,
      dataTypes: null,
      registerFamilies: null,
      ...carries,
    },
    LandscapeTableView_edge,
  );

describe('LandscapeTableView', () => {
  it('shows what each edge carries, "not declared" for an undeclared payload and nothing for other edges', async () => {
    renderWithProviders(
      <LandscapeTableView
        nodes={[
          node('esdh', 'ESDH', 'USAGE'),
          node('web', 'Hjemmeside', 'USAGE'),
          node('backup', 'Backup', 'USAGE'),
          node('host', 'Driftscenter', 'INFRASTRUCTURE'),
        ]}
        edges={[
          edge('i1', 'INTEGRATION', 'esdh', 'web', {
            dataTypes: ['CASE', 'PERSON'],
            registerFamilies: ['CPR'],
          }),
          edge('i2', 'INTEGRATION', 'esdh', 'backup', { dataTypes: [], registerFamilies: [] }),
          edge('h1', 'INFRASTRUCTURE', 'esdh', 'host', {}),
        ]}
      />,
      { mocks: [viewerMock(aViewer())] },
    );

    const table = await screen.findByRole('table', { name: /forbindelser|kanter/i });
    const rowTo = (name: string) => within(table).getByRole('cell', { name }).closest('tr')!;
    expect(
      within(rowTo('Hjemmeside')).getByRole('cell', { name: 'Sag, Person · CPR (persondata)' }),
    ).toBeTruthy();
    expect(within(rowTo('Backup')).getByRole('cell', { name: 'Ikke angivet' })).toBeTruthy();
    const hosting = within(rowTo('Driftscenter')).getAllByRole('cell');
    expect(hosting.some((c) => /Ikke angivet|Person|Sag/.test(c.textContent ?? ''))).toBe(false);
  });
});
