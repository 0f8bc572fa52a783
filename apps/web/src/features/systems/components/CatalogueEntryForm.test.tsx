import { fireEvent, screen, waitFor } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { CatalogueEntryOptionsDocument, UpdateItSystemDocument } from '../graphql/catalogue-entry.documents';
import { CatalogueSearchDocument } from '../graphql/create-system.documents';
import { CatalogueEntryForm, CatalogueEntryForm_system } from './CatalogueEntryForm';

const SELF = '11111111-1111-4111-8111-111111111111';
const MAIN = '22222222-2222-4222-8222-222222222222';
const MODULE = '33333333-3333-4333-8333-333333333333';
const SUPPLIER = '44444444-4444-4444-8444-444444444444';

const system = makeFragmentData(
  {
    id: SELF,
    version: 2,
    name: 'Omsorgssystem',
    formerName: null,
    description: 'Pleje og omsorg.',
    businessType: null,
    supplierId: SUPPLIER,
    parentSystem: null,
  },
  CatalogueEntryForm_system,
);

const options = {
  request: { query: CatalogueEntryOptionsDocument },
  result: {
    data: {
      suppliers: {
        __typename: 'SupplierPage' as const,
        items: [{ __typename: 'Supplier' as const, id: SUPPLIER, name: 'OmsorgsIT A/S' }],
      },
    },
  },
};

const catalogue = {
  request: { query: CatalogueSearchDocument, variables: () => true },
  result: {
    data: {
      itSystems: {
        __typename: 'ItSystemPage' as const,
        items: [
          { __typename: 'ItSystem' as const, id: SELF, name: 'Omsorgssystem', category: null },
          { __typename: 'ItSystem' as const, id: MAIN, name: 'Fælles omsorgsplatform', category: null },
          { __typename: 'ItSystem' as const, id: MODULE, name: 'Omsorg – ruter', category: null },
        ],
      },
    },
  },
  maxUsageCount: Infinity,
};

const choose = async (label: string, option: string) => {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
};

describe('CatalogueEntryForm', () => {
  it('shows the shared rules’ messages at the fields before sending', async () => {
    const sent = jest.fn();
    renderWithProviders(<CatalogueEntryForm system={system} onDone={jest.fn()} />, {
      mocks: [
        viewerMock(null),
        options,
        catalogue,
        { request: { query: UpdateItSystemDocument, variables: () => true }, result: sent },
      ],
    });
    fireEvent.change(screen.getByRole('textbox', { name: /^Navn/ }), { target: { value: ' ' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Tidligere navn/ }), {
      target: { value: 'x'.repeat(201) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Skal udfyldes.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Tidligere navn/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(sent).not.toHaveBeenCalled();
  });

  it('offers every other catalogue system as parent and sends the KITOS facts', async () => {
    const onDone = jest.fn();
    const sent = jest.fn(() => ({
      data: {
        updateItSystem: {
          __typename: 'ItSystem' as const,
          id: SELF,
          version: 3,
          name: 'Omsorgssystem',
          formerName: 'Omsorg 1',
          description: 'Pleje og omsorg.',
          businessType: 'CASE_HANDLING' as const,
          canEdit: true,
          supplierId: SUPPLIER,
          supplier: { __typename: 'Supplier' as const, id: SUPPLIER, name: 'OmsorgsIT A/S' },
          parentSystem: { __typename: 'ItSystem' as const, id: MAIN, name: 'Fælles omsorgsplatform' },
          childSystems: [],
        },
      },
    }));
    renderWithProviders(<CatalogueEntryForm system={system} onDone={onDone} />, {
      mocks: [
        viewerMock(null),
        options,
        catalogue,
        { request: { query: UpdateItSystemDocument, variables: () => true }, result: sent },
      ],
    });
    fireEvent.change(screen.getByRole('textbox', { name: /^Tidligere navn/ }), {
      target: { value: 'Omsorg 1' },
    });
    await choose('Forretningstype', 'Sagsbærende fagsystem');
    fireEvent.click(screen.getByRole('combobox', { name: /^Overordnet system/ }));
    await screen.findByRole('option', { name: 'Fælles omsorgsplatform', hidden: true });
    // Not itself: a system cannot be its own parent.
    expect(screen.queryByRole('option', { name: 'Omsorgssystem', hidden: true })).toBeNull();
    fireEvent.click(screen.getByRole('option', { name: 'Fælles omsorgsplatform', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect((sent.mock.calls[0] as unknown[])[0]).toEqual({
      input: {
        id: SELF,
        version: 2,
        name: 'Omsorgssystem',
        description: 'Pleje og omsorg.',
        formerName: 'Omsorg 1',
        supplierId: SUPPLIER,
        businessType: 'CASE_HANDLING',
        parentSystemId: MAIN,
      },
    });
  });

  it('shows the API’s refusal of a cycle at the parent field and stays open', async () => {
    const onDone = jest.fn();
    const cycle = 'Et system kan ikke være overordnet for sig selv eller for et af sine egne delsystemer.';
    renderWithProviders(<CatalogueEntryForm system={system} onDone={onDone} />, {
      mocks: [
        viewerMock(null),
        options,
        catalogue,
        {
          request: { query: UpdateItSystemDocument, variables: () => true },
          result: {
            errors: [
              {
                message: 'Oplysningerne er ikke gyldige.',
                extensions: {
                  code: 'VALIDATION_FAILED',
                  fields: [{ field: 'parentSystemId', message: cycle }],
                },
              },
            ],
          },
        },
      ],
    });
    fireEvent.click(screen.getByRole('combobox', { name: /^Overordnet system/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Omsorg – ruter', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));

    expect(await screen.findByText(cycle)).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Oplysningerne er ikke gyldige.');
    expect(screen.getByRole('combobox', { name: /^Overordnet system/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(onDone).not.toHaveBeenCalled();
  });
});
