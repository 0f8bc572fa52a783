import { mapGenericColumns } from './generic-columns';
import { planIntegrationImport, type IntegrationSnapshot } from './generic-integration-plan';
import type { RawCell } from './kitos-cells';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [ESDH, LON, SBSYS, API, INT] = [1, 2, 3, 4, 5].map(id);
const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));
const mapping = mapGenericColumns('INTEGRATIONS', [
  'Fra system',
  'Til system',
  'Snitflade',
  'Retning',
  'Migreringstid (måneder)',
]);
const facts = {
  data: '',
  direction: 'ONE_WAY' as const,
  frequency: '',
  migrationMonths: null,
  dataTypes: [],
  registerFamilies: [],
};
const snapshot: IntegrationSnapshot = {
  usages: [
    { id: ESDH, systemName: 'ESDH', localName: 'Sager' },
    { id: LON, systemName: 'Løn', localName: null },
    { id: SBSYS, systemName: 'SBSYS', localName: null },
  ],
  interfaces: [{ id: API, name: 'Sags-API', editable: false }],
  integrations: [
    { ...facts, id: INT, version: 4, fromUsageId: ESDH, toUsageId: LON, interfaceId: API },
    { ...facts, id: id(6), version: 1, fromUsageId: LON, toUsageId: SBSYS, interfaceId: null },
    { ...facts, id: id(7), version: 1, fromUsageId: LON, toUsageId: SBSYS, interfaceId: null },
  ],
};

describe('planning an integration sheet', () => {
  it('matches by both ends and the interface; unchanged, updated and created lines', () => {
    const lines = planIntegrationImport(
      mapping,
      rows(
        ['Sager', 'Løn', 'Sags-API', 'Envejs', ''],
        ['ESDH', 'Løn', 'Sags-API', 'Begge veje', 6],
        // The same ends without the interface are another integration.
        ['ESDH', 'Løn', '', '', '3'],
      ),
      snapshot,
    );
    expect(lines.map((l) => [l.row, l.status, l.changes, l.errors.map((e) => e.message)])).toEqual([
      [2, 'UNCHANGED', [], []],
      [3, 'ERROR', [], ['import.error.duplicateLink']],
      [4, 'CREATE', [], []],
    ]);
    expect(lines[2].action).toEqual({
      integrationId: null,
      version: null,
      fromUsageId: ESDH,
      toUsageId: LON,
      interfaceId: null,
      data: { migrationMonths: 3 },
    });
    const [update] = planIntegrationImport(
      mapping,
      rows(['ESDH', 'Løn', 'Sags-API', 'Both ways', 6]),
      snapshot,
    );
    expect(update).toMatchObject({
      status: 'UPDATE',
      changes: ['direction', 'migrationMonths'],
      action: { integrationId: INT, version: 4, data: { direction: 'BIDIRECTIONAL', migrationMonths: 6 } },
    });
  });

  it('refuses unknown ends and interfaces, an integration to itself, two it cannot tell apart', () => {
    const lines = planIntegrationImport(
      mapping,
      rows(
        ['ESDH', 'Ukendt', 'Ingen', '', ''],
        ['Løn', 'Løn', '', 'Tovejs', '61'],
        ['Løn', 'SBSYS', '', '', ''],
        ['', '', '', '', ' '], // blank: no line
      ),
      snapshot,
    );
    expect(lines.map((l) => [l.row, l.status, l.errors.map((e) => [e.column, e.message])])).toEqual([
      [
        2,
        'ERROR',
        [
          ['Til system', 'import.error.unknownReference'],
          ['Snitflade', 'import.error.unknownReference'],
        ],
      ],
      [
        3,
        'ERROR',
        [
          ['Retning', 'import.error.enumValue'],
          ['Migreringstid (måneder)', 'field.max'],
          ['Til system', 'field.integrationToItself'],
        ],
      ],
      [4, 'ERROR', [['', 'import.error.ambiguousReference']]],
    ]);
  });
});
