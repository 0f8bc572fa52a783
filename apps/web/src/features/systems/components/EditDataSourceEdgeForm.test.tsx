import { fireEvent, screen, waitFor } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { UpdateUsageDataSourceDocument } from '../graphql/edge-edit.documents';
import { EditDataSourceEdgeForm, EditDataSourceEdgeForm_edge } from './EditDataSourceEdgeForm';

const COPY = '33333333-3333-4333-8333-333333333333';
const CPR = '44444444-4444-4444-8444-444444444444';

const fields = {
  id: '55555555-5555-4555-8555-555555555555',
  version: 2,
  dataSourceId: COPY,
  dataSourceName: 'CPR-kopi',
  purpose: 'Borgeropslag',
  access: 'READ',
  volume: '',
  switchingCost: 0,
  channel: 'FILE_TRANSFER',
  yearlyCost: 120_000,
  authoritative: false,
  plannedTargetSourceId: null,
  plannedSwitchDate: null,
  dataTypes: ['PERSON'],
  registerFamilies: ['CPR'],
} as const;
const edge = makeFragmentData(
  { ...fields, dataTypes: [...fields.dataTypes], registerFamilies: [...fields.registerFamilies] },
  EditDataSourceEdgeForm_edge,
);

describe('EditDataSourceEdgeForm', () => {
  it('shows the shared rule’s message at the field without calling the API', async () => {
    const sent = jest.fn(() => ({ data: { updateUsageDataSource: { id: fields.id, version: 3 } } }));
    const onDone = jest.fn();
    renderWithProviders(
      <EditDataSourceEdgeForm
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

  it('sends the access, volume and switching cost with the rest', async () => {
    const sent = jest.fn(() => ({ errors: [{ message: 'stop here' }] }));
    renderWithProviders(
      <EditDataSourceEdgeForm
        edge={edge}
        dataSources={[{ id: COPY, name: 'CPR-kopi' }]}
        onDone={jest.fn()}
      />,
      {
        mocks: [
          viewerMock(null),
          { request: { query: UpdateUsageDataSourceDocument, variables: () => true }, result: sent },
        ],
      },
    );
    fireEvent.change(screen.getByRole('textbox', { name: /^Volumen/ }), {
      target: { value: '40.000 opslag/md.' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /^Skifteomkostning/ }), {
      target: { value: '75000' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect((sent.mock.calls[0] as unknown[])[0]).toMatchObject({
      input: {
        id: fields.id,
        version: 2,
        access: 'READ',
        volume: '40.000 opslag/md.',
        switchingCost: 75_000,
      },
    });
  });
});
