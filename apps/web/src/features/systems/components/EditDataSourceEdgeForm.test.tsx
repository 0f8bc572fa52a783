import { fireEvent, screen } from '@testing-library/react';
import type { SystemDetailQuery } from '../../../gql/graphql';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { UpdateUsageDataSourceDocument } from '../graphql/edge-edit.documents';
import { EditDataSourceEdgeForm } from './EditDataSourceEdgeForm';

const COPY = '33333333-3333-4333-8333-333333333333';
const CPR = '44444444-4444-4444-8444-444444444444';

const edge = {
  id: '55555555-5555-4555-8555-555555555555',
  version: 2,
  dataSourceId: COPY,
  dataSourceName: 'CPR-kopi',
  purpose: 'Borgeropslag',
  channel: 'FILE_TRANSFER',
  yearlyCost: 120_000,
  authoritative: false,
  plannedTargetSourceId: null,
  plannedSwitchDate: null,
  dataTypes: ['PERSON'],
  registerFamilies: ['CPR'],
} as unknown as SystemDetailQuery['systemUsage']['dataSources'][number];

describe('EditDataSourceEdgeForm', () => {
  it('shows the shared switch rule at the target field without calling the API', async () => {
    const sent = jest.fn(() => ({ data: { updateUsageDataSource: { id: edge.id, version: 3 } } }));
    const onDone = jest.fn();
    renderWithProviders(
      <EditDataSourceEdgeForm
        usageId="66666666-6666-4666-8666-666666666666"
        edge={edge}
        dataSources={[
          { id: COPY, name: 'CPR-kopi' },
          { id: CPR, name: 'CPR' },
        ]}
        onDone={onDone}
      />,
      {
        mocks: [
          viewerMock(null),
          { request: { query: UpdateUsageDataSourceDocument, variables: () => true }, result: sent },
        ],
      },
    );
    fireEvent.change(screen.getByLabelText('Planlagt skiftedato'), { target: { value: '2027-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));

    expect(
      await screen.findByText('Vælg den datakilde, der skiftes til, når du angiver en skiftedato.'),
    ).toBeTruthy();
    expect(
      screen.getByRole('combobox', { name: 'Planlagt skift til datakilde' }).getAttribute('aria-invalid'),
    ).toBe('true');
    expect(sent).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });
});
