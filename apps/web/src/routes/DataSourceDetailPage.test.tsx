import { fireEvent, screen } from '@testing-library/react';
import { DataSourceDetailDocument } from '../features/data-sources/graphql/data-source-detail.documents';
import { ChangeHistoryDocument } from '../features/history/graphql/history.documents';
import { aViewer, renderWithProviders, viewerMock } from '../test/render-with-providers';
import { DataSourceDetailPage } from './DataSourceDetailPage';
import { ExternalReferencesDocument } from '../features/references/graphql/references.documents';

const ID = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';

const source = {
  __typename: 'DataSource' as const,
  id: ID,
  name: 'CPR',
  description: 'Personoplysninger',
  kind: 'BASE_REGISTER',
  registerFamily: 'CPR',
  defaultChannel: 'SERVICEPLATFORMEN',
  lifecycle: 'IN_USE',
  endsOn: null,
  costModel: '',
  yearlyCost: 12000,
  uses: [
    {
      __typename: 'UsageDataSource' as const,
      id: 'e1',
      usageId: 'u1',
      usageName: 'SBSYS',
      channel: 'SERVICEPLATFORMEN',
      yearlyCost: 12000,
      authoritative: true,
    },
  ],
};

describe('DataSourceDetailPage', () => {
  it('shows the basics and who uses the source, and its history on the history tab', async () => {
    renderWithProviders(null, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: { query: DataSourceDetailDocument, variables: { id: ID } },
          result: { data: { dataSource: source } },
        },
        {
          request: {
            query: ExternalReferencesDocument,
            variables: { subject: 'DATA_SOURCE', subjectId: ID },
          },
          result: { data: { externalReferences: [] } },
        },
        {
          request: { query: ChangeHistoryDocument, variables: { entity: 'DATA_SOURCE', id: ID } },
          result: { data: { history: [] } },
        },
      ],
      routes: [{ path: '/datakilder/:id', element: <DataSourceDetailPage /> }],
      initialEntries: [`/datakilder/${ID}`],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'CPR' })).toBeTruthy();
    expect(screen.getByText('Grunddataregister')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'SBSYS' }).getAttribute('href')).toBe('/systemer/u1');
    expect(await screen.findByRole('region', { name: 'Referencer' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Historik' }));
    expect(await screen.findByText('Ingen ændringer registreret endnu.')).toBeTruthy();
  });
});
