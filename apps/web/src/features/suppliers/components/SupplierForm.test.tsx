import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { CreateSupplierDocument } from '../graphql/suppliers.documents';
import { SupplierForm } from './SupplierForm';

const created = {
  __typename: 'Supplier' as const,
  id: '56565656-5656-4565-8565-565656565656',
  version: 1,
  name: 'Driftspartner ApS',
  cvr: '29189846',
  ownerOrganisationId: '11111111-1111-4111-8111-111111111111',
};

function fill(name: string, cvr: string) {
  fireEvent.change(screen.getByRole('textbox', { name: /^Navn/ }), { target: { value: name } });
  fireEvent.change(screen.getByRole('textbox', { name: /^CVR-nummer/ }), { target: { value: cvr } });
  fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
}

describe('SupplierForm', () => {
  it('checks the CVR number before sending, then registers the supplier and hands back its id', async () => {
    const sent = jest.fn(() => ({ data: { createSupplier: created } }));
    const onDone = jest.fn();
    renderWithProviders(<SupplierForm onDone={onDone} onCancel={() => undefined} />, {
      mocks: [
        viewerMock(aViewer()),
        { request: { query: CreateSupplierDocument, variables: () => true }, result: sent },
      ],
    });
    // 29189847 fails modulus 11 (weighted sum 188).
    fill(' Driftspartner ApS ', '29189847');
    expect(await screen.findByText('Skal være et gyldigt CVR-nummer på 8 cifre.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();

    fill(' Driftspartner ApS ', '29189846');
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(created.id));
    expect((sent.mock.calls[0] as unknown[])[0]).toEqual({
      input: { name: 'Driftspartner ApS', cvr: '29189846' },
    });
  });

  it("shows the API's refusal of a second entry for the same company and stays open", async () => {
    const message = 'Der findes allerede en leverandør med navnet Driftspartner ApS. Brug den i stedet.';
    const onDone = jest.fn();
    renderWithProviders(<SupplierForm onDone={onDone} onCancel={() => undefined} />, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: {
            query: CreateSupplierDocument,
            variables: { input: { name: 'driftspartner aps', cvr: null } },
          },
          result: { errors: [new GraphQLError(message, { extensions: { code: 'CONFLICT' } })] },
        },
      ],
    });
    fill('driftspartner aps', '');
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(onDone).not.toHaveBeenCalled();
  });
});
