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
  it('shows the shared rule’s message at the field without calling the API', async () => {
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
    fireEvent.change(screen.getByRole('textbox', { name: 'Formål' }), {
      target: { value: 'x'.repeat(2_001) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));

    expect(await screen.findByText('Må højst være 2000 tegn.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Formål' }).getAttribute('aria-invalid')).toBe('true');
    expect(sent).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });
});
