import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import {
  InterfaceDetailDocument,
  ProviderCatalogueSearchDocument,
  UpdateInterfaceDocument,
} from '../features/interfaces/graphql/interfaces.documents';
import { anOrganisation, aViewer, renderWithProviders, viewerMock } from '../test/render-with-providers';
import { InterfaceDetailPage } from './InterfaceDetailPage';

const ID = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';

/** Every field the page's fragments select; the save returns the same shape with the saved values. */
const anInterface = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Interface' as const,
  id: ID,
  version: 2,
  name: 'Sags-API',
  description: 'Sager og dokumenter',
  protocol: 'REST',
  dataDescription: 'Sager',
  dataTypes: [],
  registerFamilies: [],
  providerSystemId: null,
  providerSystemName: null,
  providerUsageId: null,
  visibility: 'SHARED',
  ownerOrganisationId: anOrganisation().id,
  usedBy: [],
  ...overrides,
});

const update: MockLink.MockedResponse = {
  request: {
    query: UpdateInterfaceDocument,
    variables: (v: { input: { id: string; version: number; protocol: string } }) =>
      v.input.id === ID && v.input.version === 2 && v.input.protocol === 'SOAP',
  },
  result: { data: { updateInterface: anInterface({ version: 3, protocol: 'SOAP' }) } },
};

describe('InterfaceDetailPage', () => {
  it('shows a saved edit from the mutation’s result, without reading the interface again', async () => {
    renderWithProviders(null, {
      mocks: [
        viewerMock(aViewer()),
        // Answered once: a refetch would find no answer and fail the page.
        {
          request: { query: InterfaceDetailDocument, variables: { id: ID } },
          result: { data: { interface: anInterface() } },
        },
        {
          request: { query: ProviderCatalogueSearchDocument, variables: { search: null } },
          result: { data: { itSystems: { __typename: 'ItSystemPage', items: [] } } },
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
        update,
      ],
      routes: [{ path: '/snitflader/:id', element: <InterfaceDetailPage /> }],
      initialEntries: [`/snitflader/${ID}`],
    });

    const facts = await screen.findByRole('region', { name: 'Fakta om snitfladen' });
    expect(within(facts).getByText('REST')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Redigér' }));
    const form = await screen.findByRole('form', { name: 'Redigér Sags-API' });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Protokol' }), { target: { value: 'SOAP' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));

    expect(await within(facts).findByText('SOAP')).toBeTruthy();
    expect(within(facts).queryByText('REST')).toBeNull();
    expect(screen.queryByRole('form', { name: 'Redigér Sags-API' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
