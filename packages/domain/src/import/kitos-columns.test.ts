import { detectKitosKind, mapColumns, missingRequiredFields } from './kitos-columns';

describe('KITOS workbook kinds and columns', () => {
  it('tells the kinds apart by their header row', () => {
    expect(detectKitosKind(['Status', 'Lokal System ID', 'IT System', 'Livscyklus', 'IT Kontrakter'])).toBe(
      'USAGE_OVERVIEW',
    );
    expect(detectKitosKind(['Kontrakt ID', 'IT Kontrakt', 'Gyldig fra', 'IT Systemer'])).toBe(
      'CONTRACT_OVERVIEW',
    );
    expect(detectKitosKind(['Id', 'IT Kontrakt Navn (påkrævet)', 'Indgået'])).toBe('CONTRACT_TEMPLATE');
    expect(detectKitosKind(['id', 'overordnet enhed', 'navn', 'EAN'])).toBe('UNIT_TEMPLATE');
    expect(detectKitosKind(['id', 'fornavn', 'efternavn', 'email', 'telefon'])).toBe('USER_TEMPLATE');
    expect(detectKitosKind(['Snitflade ID', 'Snitflade', 'Snitfladetype', 'Udstillet af'])).toBe(
      'INTERFACE_OVERVIEW',
    );
    expect(detectKitosKind(['Fakturanummer', 'Beløb'])).toBeNull();
  });
  it('maps by title, keeps KITOS-only facts as attributes and lists the unknown', () => {
    const m = mapColumns('USAGE_OVERVIEW', [
      'Status',
      'IT System',
      'Arkiveringspligt',
      'Systemejer',
      'Systemejer Email#',
      'Dataejer Email#',
      'Kaffemærke',
      'Hemmelig rolle Email#',
      '',
    ]);
    expect(m.map((c) => [c.title, c.target, c.note])).toEqual([
      ['Status', null, 'ignored'],
      ['IT System', 'systemName', null],
      ['Arkiveringspligt', 'attribute', null],
      ['Systemejer', 'owner', null],
      ['Systemejer Email#', 'ownerEmail', null],
      ['Dataejer Email#', 'attribute', null],
      ['Kaffemærke', null, 'unknown'],
      ['Hemmelig rolle Email#', null, 'unknownRole'],
    ]);
  });
  it('lets a column be re-mapped or ignored, one column per field', () => {
    const m = mapColumns(
      'USAGE_OVERVIEW',
      ['IT System', 'Kaldenavn', 'Arkiveringspligt', 'Lokal kaldenavn'],
      {
        Kaldenavn: 'localName',
        Arkiveringspligt: null,
        'IT System': 'nonsense',
      },
    );
    expect(m.map((c) => c.target)).toEqual(['systemName', 'localName', null, 'attribute']);
    expect(missingRequiredFields('USAGE_OVERVIEW', m)).toEqual([]);
    expect(
      missingRequiredFields(
        'USAGE_OVERVIEW',
        mapColumns('USAGE_OVERVIEW', ['IT System'], { 'IT System': null }),
      ),
    ).toEqual(['systemName']);
  });
});
