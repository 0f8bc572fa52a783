import { fireEvent, screen } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { SystemEditOptionsDocument } from '../graphql/systems.documents';
import { SystemEditForm, SystemEditForm_usage } from './SystemEditForm';

const usage = makeFragmentData(
  {
    id: 'u1',
    version: 3,
    localName: 'ESDH',
    lifecycle: 'IN_USE',
    owner: null,
    custodian: null,
    responsibleUnit: null,
    inUseFrom: '2024-01-01',
    inUseUntil: '2023-12-31',
    userCount: null,
    migrationMonths: null,
    capabilityIds: [],
    switchingCost: 0,
    architectureFitNote: '',
    asIs: '',
    toBe: '',
    workflows: '',
  },
  SystemEditForm_usage,
);

const options = {
  request: { query: SystemEditOptionsDocument },
  result: { data: { units: [], members: [] } },
};

describe('SystemEditForm', () => {
  it('shows the shared rules’ messages at the fields before sending', async () => {
    const onDone = jest.fn();
    renderWithProviders(<SystemEditForm usage={usage} onDone={onDone} />, {
      mocks: [viewerMock(null), options],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Slutdatoen skal ligge efter startdatoen.')).toBeTruthy();
    expect(screen.getByLabelText(/^I brug til/).getAttribute('aria-invalid')).toBe('true');
    expect(onDone).not.toHaveBeenCalled();
  });
});
