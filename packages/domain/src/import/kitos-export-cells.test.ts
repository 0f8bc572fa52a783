import { detectKitosKind, mapColumns } from './kitos-columns';
import {
  CONTRACT_KITOS_TITLES,
  contractKitosCells,
  KITOS_LIFECYCLE,
  USAGE_KITOS_TITLES,
  usageKitosCells,
} from './kitos-export-cells';
import { planUsageImport } from './kitos-usage-plan';

describe('KITOS-shaped export cells', () => {
  it('titles usage and contract columns with the titles the import reads', () => {
    expect(USAGE_KITOS_TITLES).toEqual([
      'IT-System (UUID)',
      'IT System',
      'Lokal kaldenavn',
      'Leverandør',
      'Ansv. organisationsenhed',
      'Livscyklus',
      'Ibrugtagningsdato',
      'Slutdato for anvendelse',
      'Anvendte systemer',
      'IT Kontrakter',
    ]);
    expect(CONTRACT_KITOS_TITLES).toEqual([
      'IT Kontrakt',
      'Kontrakt ID',
      'Gyldig fra',
      'Gyldig til',
      'Uopsigelig til',
      'Opsigelse (måneder)',
      'Opsagt',
      'Leverandør',
      'IT Systemer',
    ]);
    expect(detectKitosKind(USAGE_KITOS_TITLES)).toBe('USAGE_OVERVIEW');
    expect(detectKitosKind(CONTRACT_KITOS_TITLES)).toBe('CONTRACT_OVERVIEW');
    expect(
      mapColumns('USAGE_OVERVIEW', USAGE_KITOS_TITLES).every((m) => m.target && m.target !== 'attribute'),
    ).toBe(true);
  });

  it('writes a usage in KITOS words, multi-values sorted and comma-separated', () => {
    expect(
      usageKitosCells({
        systemKitosUuid: null,
        systemName: 'Løn',
        localName: 'Lønnen',
        supplierName: 'KMD',
        unitName: 'HR',
        lifecycle: 'PHASING_OUT',
        inUseFrom: '2020-01-01',
        inUseUntil: null,
        usedSystems: ['Økonomi', 'ESDH', 'ESDH'],
        contracts: [],
      }),
    ).toEqual([
      null,
      'Løn',
      'Lønnen',
      'KMD',
      'HR',
      'Under udfasning',
      '2020-01-01',
      null,
      'ESDH, Økonomi',
      '',
    ]);
  });

  it('writes every lifecycle as a Livscyklus the import reads back as the same lifecycle', () => {
    for (const [lifecycle, title] of Object.entries(KITOS_LIFECYCLE)) {
      const columns = mapColumns('USAGE_OVERVIEW', ['IT System', 'Livscyklus']);
      const snapshot = {
        systems: [{ id: 's', name: 'Løn', kitosUuid: null, editable: true, supplierId: null }],
        usages: [],
        units: [],
        suppliers: [],
        members: [],
        people: [],
        contracts: [],
        integrations: [],
      };
      const [line] = planUsageImport(columns, [{ row: 2, cells: ['Løn', title] }], snapshot);
      expect([title, line.action?.fields.lifecycle]).toEqual([title, lifecycle]);
    }
  });

  it('writes a contract’s term fields as they are', () => {
    expect(
      contractKitosCells({
        name: 'Drift',
        reference: 'K-1',
        startDate: '2024-01-01',
        endDate: '2027-12-31',
        irrevocableUntil: null,
        noticePeriodMonths: 6,
        terminatedOn: null,
        supplierName: null,
        systems: ['B', 'A'],
      }),
    ).toEqual(['Drift', 'K-1', '2024-01-01', '2027-12-31', null, 6, null, null, 'A, B']);
  });
});
