import { Table } from '@mantine/core';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders, viewerMock } from '../test/render-with-providers';
import { ScrollTable } from './ScrollTable';
import { SectionTable } from './SectionTable';

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
  it('is a group keyboard users can reach, named after the table, apart from the section around it', () => {
    renderTable('da');
    const group = screen.getByRole('group', { name: 'Kontrakter' });
    expect(group.getAttribute('tabindex')).toBe('0');
    expect(group.textContent).toContain('KT-17');
    expect(screen.getByRole('region', { name: 'Kontrakter' })).not.toBe(group);
  });
});

/** The files the page hands the browser to download: name and text. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  };
  return files;
}

describe('ScrollTable export', () => {
  it('exports the table as it shows: row actions left out, exact values where a cell gives one', async () => {
    const files = captureDownloads();
    renderWithProviders(
      <ScrollTable label="Personer" minWidth={400} exportName="Personer">
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Navn</Table.Th>
              <Table.Th>Timer pr. uge</Table.Th>
              <Table.Th data-export="skip">Handlinger</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">Åse Ørum</Table.Th>
              <Table.Td data-export-value="37.5">37,5 t</Table.Td>
              <Table.Td>
                <button type="button">Rediger</button>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td colSpan={3}>En note over hele tabellen</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ScrollTable>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Eksportér CSV' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0].name).toBe('Personer.csv');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsText(files[0].blob);
    });
    expect(text.replace('\uFEFF', '').split('\r\n')).toEqual(['Navn,Timer pr. uge', 'Åse Ørum,37.5']);
    // These tables show every field they have: no choice between shown and all columns.
    expect(screen.queryByRole('radio', { name: 'Alle' })).toBeNull();
  });

  it('gives every section table an export named after its title, and none when it is empty', () => {
    const { unmount } = renderWithProviders(
      <SectionTable
        id="readers"
        title="Læsere"
        empty="Ingen læsere"
        headers={['System', 'Enhed']}
        rows={[{ key: '1', cells: ['ESDH', 'Borgerservice'] }]}
      />,
    );
    expect(screen.getByRole('button', { name: 'Eksportér Excel' })).toBeTruthy();
    unmount();
    renderWithProviders(
      <SectionTable id="readers" title="Læsere" empty="Ingen læsere" headers={['System']} rows={[]} />,
    );
    expect(screen.queryByRole('button', { name: 'Eksportér CSV' })).toBeNull();
  });
});
