import { Table } from '@mantine/core';
import { screen } from '@testing-library/react';
import { renderWithProviders, viewerMock } from '../test/render-with-providers';
import { ScrollTable } from './ScrollTable';

const renderTable = (locale: 'da' | 'en') =>
  renderWithProviders(
    <section aria-label="Kontrakter">
      <ScrollTable label="Kontrakter" minWidth={720}>
        <Table>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>KT-17</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </section>,
    { mocks: [viewerMock(null)], locale },
  );

describe('ScrollTable', () => {
  it('is a region keyboard users can reach, named apart from the section around it', () => {
    renderTable('da');
    const region = screen.getByRole('region', { name: 'Kontrakter (tabel, kan rulles)' });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.textContent).toContain('KT-17');
    expect(screen.getByRole('region', { name: 'Kontrakter' })).not.toBe(region);
  });

  it('names the region in English', () => {
    renderTable('en');
    expect(screen.getByRole('region', { name: 'Kontrakter (table, scrollable)' })).toBeTruthy();
  });
});
