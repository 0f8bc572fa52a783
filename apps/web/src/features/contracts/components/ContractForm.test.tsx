import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { emptyDraft } from '../contract-form-model';
import { CHOICES_LIMIT, ContractFormChoicesDocument } from '../graphql/contracts.documents';
import { ContractForm } from './ContractForm';

const choices = {
  request: { query: ContractFormChoicesDocument, variables: { limit: CHOICES_LIMIT } },
  result: {
    data: {
      systemUsages: { __typename: 'SystemUsagePage', totalCount: 0, items: [] },
      contracts: { __typename: 'ContractPage', totalCount: 0, items: [] },
      suppliers: { __typename: 'SupplierPage', items: [] },
      members: [],
      units: [],
    },
  },
};

describe('ContractForm', () => {
  it('shows the shared rules’ messages at the fields and sends nothing while invalid', async () => {
    const onSubmit = jest.fn();
    renderWithProviders(
      <ContractForm
        initial={{ ...emptyDraft(), startDate: '2026-01-01', endDate: '2025-12-31' }}
        selfId={null}
        submitLabel="Opret kontrakt"
        saving={false}
        error={null}
        onSubmit={onSubmit}
        onCancel={() => undefined}
      />,
      { mocks: [viewerMock(null), choices] },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Opret kontrakt' }));
    expect(await screen.findByText('Skal udfyldes.')).toBeTruthy();
    expect(screen.getByText('Slutdatoen skal ligge efter startdatoen.')).toBeTruthy();
    expect(screen.getByLabelText(/^Slutdato/).getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();

    // The name field is the first of the labels that start with "Kontrakt".
    fireEvent.change(screen.getAllByRole('textbox', { name: /^Kontrakt/ })[0], {
      target: { value: 'Booking' },
    });
    fireEvent.change(screen.getByLabelText(/^Slutdato/), { target: { value: '2027-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opret kontrakt' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Booking', startDate: '2026-01-01', endDate: '2027-12-31' }),
    );
  });
});
