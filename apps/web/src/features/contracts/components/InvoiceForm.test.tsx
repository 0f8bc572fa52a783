import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { RegisterInvoiceDocument } from '../graphql/contracts.documents';
import { InvoiceForm } from './InvoiceForm';

const CONTRACT = '44444444-4444-4444-8444-444444444444';

describe('InvoiceForm', () => {
  it('shows the shared invoice rules at the fields and sends nothing while they are broken', async () => {
    const onSaved = jest.fn();
    // No response for RegisterInvoice: a request would fail the form with an error alert.
    renderWithProviders(<InvoiceForm contractId={CONTRACT} onSaved={onSaved} />, {
      mocks: [viewerMock(null)],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Registrér faktura' }));
    // Number, invoice date, both period dates and the amount are required.
    expect(await screen.findAllByText('Skal udfyldes.')).toHaveLength(5);
    expect(screen.getByLabelText(/^Beløb/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText(/^Fakturanummer/), { target: { value: 'F-1' } });
    fireEvent.change(screen.getByLabelText(/^Fakturadato/), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText(/^Periode fra/), { target: { value: '2026-02-01' } });
    fireEvent.change(screen.getByLabelText(/^Periode til/), { target: { value: '2026-01-31' } });
    fireEvent.change(screen.getByLabelText(/^Beløb/), { target: { value: '1000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrér faktura' }));
    expect(await screen.findByText('Slutdatoen skal ligge efter startdatoen.')).toBeTruthy();
    expect(screen.queryByText('Skal udfyldes.')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('sends a valid invoice with its amount as a number', async () => {
    const onSaved = jest.fn();
    const input = {
      contractId: CONTRACT,
      number: 'F-2',
      invoiceDate: '2026-03-01',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      amount: -250.5,
    };
    const registered = {
      request: { query: RegisterInvoiceDocument, variables: { input } },
      result: {
        data: {
          registerInvoice: {
            __typename: 'Invoice',
            id: '55555555-5555-4555-8555-555555555555',
            number: 'F-2',
            invoiceDate: '2026-03-01',
            periodStart: '2026-01-01',
            periodEnd: '2026-03-31',
            amount: -250.5,
            check: {
              __typename: 'InvoiceCheck',
              expected: null,
              deviation: null,
              deviationPercent: null,
              flagged: false,
              tolerancePercent: 10,
            },
          },
        },
      },
    };
    renderWithProviders(<InvoiceForm contractId={CONTRACT} onSaved={onSaved} />, {
      mocks: [viewerMock(null), registered],
    });
    fireEvent.change(screen.getByLabelText(/^Fakturanummer/), { target: { value: 'F-2' } });
    fireEvent.change(screen.getByLabelText(/^Fakturadato/), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText(/^Periode fra/), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText(/^Periode til/), { target: { value: '2026-03-31' } });
    fireEvent.change(screen.getByLabelText(/^Beløb/), { target: { value: '-250.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrér faktura' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(screen.getByRole('status').textContent).toContain('F-2');
  });
});
