import { screen } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { DataSourceSupplierDocument, NodeSupplier, UsageSupplierDocument } from './NodeSupplier';

const USAGE = '78787878-7878-4787-8787-787878787878';
const SUPPLIER = {
  __typename: 'SupplierRef' as const,
  id: '90909090-9090-4909-8909-909090909090',
  name: 'Kommunesoft A/S',
};

describe('NodeSupplier', () => {
  it("links a system's supplier to the supplier page", async () => {
    renderWithProviders(<NodeSupplier id={USAGE} kind="USAGE" />, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: { query: UsageSupplierDocument, variables: { id: USAGE } },
          result: { data: { systemUsage: { __typename: 'SystemUsage', id: USAGE, supplier: SUPPLIER } } },
        },
      ],
    });
    const link = await screen.findByRole('link', { name: 'Kommunesoft A/S' });
    expect(link.getAttribute('href')).toBe(`/leverandoerer/${SUPPLIER.id}`);
  });

  it('says so when a data source has no supplier', async () => {
    renderWithProviders(<NodeSupplier id={USAGE} kind="DATA_SOURCE" />, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: { query: DataSourceSupplierDocument, variables: { id: USAGE } },
          result: { data: { dataSource: { __typename: 'DataSource', id: USAGE, supplier: null } } },
        },
      ],
    });
    expect(await screen.findByText('Leverandør: ikke angivet')).toBeTruthy();
  });

  it('shows nothing for infrastructure, which has no supplier in the register', () => {
    renderWithProviders(<NodeSupplier id={USAGE} kind="INFRASTRUCTURE" />, {
      mocks: [viewerMock(aViewer())],
    });
    expect(screen.queryByText(/Leverandør/)).toBeNull();
  });
});
