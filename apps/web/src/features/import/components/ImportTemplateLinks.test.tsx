import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ImportColumnsTable } from './ImportColumnsTable';
import { ImportTemplateLinks } from './ImportTemplateLinks';

describe('ImportTemplateLinks', () => {
  it('offers each template as Excel and CSV with Danish headers in Danish', () => {
    renderWithProviders(<ImportTemplateLinks />);
    const section = screen.getByRole('region', { name: 'Skabeloner' });
    expect(
      within(section)
        .getByRole('link', { name: 'Overblik-skabelon for datakilder (Excel)' })
        .getAttribute('href'),
    ).toBe('/transfer/import-templates/DATA_SOURCES?lang=da&format=xlsx');
    expect(
      within(section)
        .getByRole('link', { name: 'Overblik-skabelon for datakilder (CSV)' })
        .getAttribute('href'),
    ).toBe('/transfer/import-templates/DATA_SOURCES?lang=da&format=csv');
    expect(
      within(section)
        .getByRole('link', { name: 'Overblik-skabelon for gevinster (Excel)' })
        .getAttribute('href'),
    ).toBe('/transfer/import-templates/BENEFITS?lang=da&format=xlsx');
    for (const [name, kind] of [
      ['systemer', 'SYSTEMS'],
      ['systemers datakilder', 'DATA_SOURCE_EDGES'],
      ['integrationer', 'INTEGRATIONS'],
    ]) {
      expect(
        within(section)
          .getByRole('link', { name: `Overblik-skabelon for ${name} (CSV)` })
          .getAttribute('href'),
      ).toBe(`/transfer/import-templates/${kind}?lang=da&format=csv`);
    }
    expect(
      within(section)
        .getByRole('link', { name: 'Overblik-skabelon for kontrakter (CSV)' })
        .getAttribute('href'),
    ).toBe('/transfer/import-templates/CONTRACTS?lang=da&format=csv');
    expect(
      within(section)
        .getByRole('link', { name: 'Overblik-skabelon for projekter (Excel)' })
        .getAttribute('href'),
    ).toBe('/transfer/import-templates/PROJECTS?lang=da&format=xlsx');
  });

  it('asks for English headers in English', () => {
    renderWithProviders(<ImportTemplateLinks />, { locale: 'en' });
    const link = screen.getByRole('link', { name: 'Overblik template for data sources (Excel)' });
    expect(link.getAttribute('href')).toBe('/transfer/import-templates/DATA_SOURCES?lang=en&format=xlsx');
    expect(link.hasAttribute('download')).toBe(true);
    expect(
      screen.getByRole('link', { name: 'Overblik template for integrations (Excel)' }).getAttribute('href'),
    ).toBe('/transfer/import-templates/INTEGRATIONS?lang=en&format=xlsx');
    expect(
      screen.getByRole('link', { name: 'Overblik template for projects (CSV)' }).getAttribute('href'),
    ).toBe('/transfer/import-templates/PROJECTS?lang=en&format=csv');
    expect(
      screen.getByRole('link', { name: 'Overblik template for contracts (Excel)' }).getAttribute('href'),
    ).toBe('/transfer/import-templates/CONTRACTS?lang=en&format=xlsx');
  });
});

describe('ImportColumnsTable for a template', () => {
  it('offers the kind fields and ignoring, but no read-only attribute', async () => {
    const changed: [string, string | null][] = [];
    renderWithProviders(
      <ImportColumnsTable
        columns={[
          { column: 0, title: 'Datakilde', target: 'name', note: null },
          { column: 1, title: 'Noget andet', target: null, note: 'unknown' },
        ]}
        fields={['name', 'kind', 'copyOf']}
        attributes={false}
        onChange={(title, target) => changed.push([title, target])}
      />,
    );
    expect(screen.getByText('Ukendt kolonne')).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: 'Felt for kolonnen Noget andet' }));
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Navn', 'Datakildetype', 'Kopi af', 'Ignorér']);
    fireEvent.click(options[2]);
    expect(changed).toEqual([['Noget andet', 'copyOf']]);
  });
});
