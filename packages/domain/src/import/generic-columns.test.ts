import { readEnum, readTemplateDate } from './generic-cells';
import {
  detectGenericKind,
  GENERIC_KINDS,
  genericTemplateHeaders,
  LIFECYCLE_LABELS,
  mapGenericColumns,
  missingGenericFields,
} from './generic-columns';
import { detectImportKind } from './import-kinds';

describe('generic import headers', () => {
  it('tells the kind by its required titles in Danish or English, ignoring case and spaces', () => {
    expect(detectGenericKind(['Datakilde', 'Datakildetype'])).toBe('DATA_SOURCES');
    expect(detectGenericKind(['  data   SOURCE ', 'Data source kind', 'Noise'])).toBe('DATA_SOURCES');
    expect(detectGenericKind(['Datakilde'])).toBeNull();
    // Languages are not mixed within the signature.
    expect(detectGenericKind(['Datakilde', 'Data source kind'])).toBeNull();
  });

  it('tells every template kind apart from the others and from KITOS workbooks', () => {
    for (const kind of GENERIC_KINDS) {
      for (const locale of ['da', 'en'] as const) {
        expect(detectImportKind(genericTemplateHeaders(kind, locale))).toBe(kind);
      }
    }
    expect(detectGenericKind(['Systemnavn'])).toBe('SYSTEMS');
    expect(detectGenericKind(['Using system', 'Data source'])).toBe('DATA_SOURCE_EDGES');
    expect(detectGenericKind(['Fra system', 'Til system', 'Snitflade'])).toBe('INTEGRATIONS');
    // One end is no signature; KITOS's interface overview keeps its own.
    expect(detectGenericKind(['Fra system', 'Snitflade'])).toBeNull();
    expect(detectImportKind(['Snitflade', 'Udstillet af', 'Fra system', 'Til system'])).toBe(
      'INTERFACE_OVERVIEW',
    );
    expect(detectImportKind(['IT System', 'Systemnavn'])).toBe('USAGE_OVERVIEW');
    // KITOS's contract overview and import template carry "Startdato"-free titles of their own.
    expect(detectImportKind(['IT Kontrakt', 'Kontrakt', 'Startdato', 'Leverandør'])).toBe(
      'CONTRACT_OVERVIEW',
    );
    expect(detectImportKind(['IT Kontrakt Navn (påkrævet)', 'Kontrakt', 'Startdato'])).toBe(
      'CONTRACT_TEMPLATE',
    );
    // A benefit sheet names projects but has no phase; a project sheet has no benefit type.
    expect(detectImportKind(['Gevinst', 'Gevinsttype', 'Projekt', 'Startdato'])).toBe('BENEFITS');
    expect(detectImportKind(['Projekt', 'Fase', 'Startdato'])).toBe('PROJECTS');
    expect(detectImportKind(['Kontrakt', 'Fase'])).toBeNull();
  });

  it('leaves KITOS workbooks to KITOS detection', () => {
    expect(detectImportKind(['IT System', 'Datakilde', 'Datakildetype'])).toBe('USAGE_OVERVIEW');
    expect(detectImportKind(['Data source', 'Data source kind'])).toBe('DATA_SOURCES');
  });

  it('maps titles in either language, lists unknown ones, honours overrides and a field only once', () => {
    const mapping = mapGenericColumns(
      'DATA_SOURCES',
      ['Datakilde', 'Type of data', 'Supplier', 'Leverandør', '', 'Kanal'],
      { 'Type of data': 'kind', Kanal: null },
    );
    expect(mapping).toEqual([
      { column: 0, title: 'Datakilde', target: 'name', note: null },
      { column: 1, title: 'Type of data', target: 'kind', note: null },
      { column: 2, title: 'Supplier', target: 'supplier', note: null },
      { column: 3, title: 'Leverandør', target: null, note: 'ignored' },
      { column: 5, title: 'Kanal', target: null, note: 'ignored' },
    ]);
    expect(missingGenericFields('DATA_SOURCES', mapping)).toEqual([]);
    expect(
      missingGenericFields('DATA_SOURCES', mapGenericColumns('DATA_SOURCES', ['Datakilde', 'X'])),
    ).toEqual(['kind']);
    expect(mapGenericColumns('DATA_SOURCES', ['X'])[0]).toEqual({
      column: 0,
      title: 'X',
      target: null,
      note: 'unknown',
    });
  });

  it('writes the template headers in the asked language, and reads them back as the kind', () => {
    const da = genericTemplateHeaders('DATA_SOURCES', 'da');
    const en = genericTemplateHeaders('DATA_SOURCES', 'en');
    expect(da.slice(0, 3)).toEqual(['Datakilde', 'Datakildetype', 'Beskrivelse']);
    expect(en.slice(0, 3)).toEqual(['Data source', 'Data source kind', 'Description']);
    expect(detectGenericKind(da)).toBe('DATA_SOURCES');
    expect(mapGenericColumns('DATA_SOURCES', en).every((m) => m.target)).toBe(true);
  });
});

describe('generic import values', () => {
  const lifecycle = readEnum(LIFECYCLE_LABELS);
  it('reads an enumeration by code or by its Danish or English label', () => {
    expect(lifecycle('IN_USE')).toEqual({ ok: true, value: 'IN_USE' });
    expect(lifecycle('i drift')).toEqual({ ok: true, value: 'IN_USE' });
    expect(lifecycle('Phasing out')).toEqual({ ok: true, value: 'PHASING_OUT' });
    expect(lifecycle('')).toEqual({ ok: true, value: null });
  });

  it('refuses an unknown value naming the allowed ones, and formulas and control characters', () => {
    expect(lifecycle('Måske')).toEqual({
      ok: false,
      problem: {
        message: 'import.error.enumValue',
        params: { value: 'Måske', allowed: 'Planlagt, I drift, Under udfasning, Udfaset' },
      },
    });
    expect(lifecycle({ formula: 'A1' })).toEqual({ ok: false, problem: { message: 'import.error.formula' } });
    expect(lifecycle('I\u0007drift')).toEqual({
      ok: false,
      problem: { message: 'import.error.controlCharacters' },
    });
  });

  it('reads dates as date cells, Excel serials (as numbers or as CSV text) and Danish text', () => {
    expect(readTemplateDate(45292)).toEqual({ ok: true, value: '2024-01-01' });
    expect(readTemplateDate('45292')).toEqual({ ok: true, value: '2024-01-01' });
    expect(readTemplateDate('31-12-2026')).toEqual({ ok: true, value: '2026-12-31' });
    expect(readTemplateDate('2026-12-31')).toEqual({ ok: true, value: '2026-12-31' });
    expect(readTemplateDate(new Date(Date.UTC(2025, 5, 1)))).toEqual({ ok: true, value: '2025-06-01' });
    expect(readTemplateDate('31-02-2026')).toEqual({
      ok: false,
      problem: { message: 'import.error.date', params: { value: '31-02-2026' } },
    });
  });
});
