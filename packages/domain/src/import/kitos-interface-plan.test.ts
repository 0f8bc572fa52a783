import { mapColumns } from './kitos-columns';
import type { RawCell } from './kitos-cells';
import { planInterfaceImport, type InterfaceSnapshot } from './kitos-interface-plan';

const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));
const mapping = mapColumns('INTERFACE_OVERVIEW', [
  'Snidtflade ID',
  'Snitflade',
  'Version',
  'Snitfladetype',
  'Udstillet af',
  'Datatype',
  'Sidst redigeret: Dato',
]);
const snapshot: InterfaceSnapshot = {
  interfaces: [
    {
      id: 'shared',
      name: 'CPR-opslag',
      kitosId: null,
      editable: false,
      providerSystemId: null,
      protocol: 'WS SOAP',
      dataTypes: ['PERSON'],
      kitosAttributes: {},
    },
  ],
  systems: [{ id: 'sp', name: 'Serviceplatformen' }],
};

describe('planning KITOS interfaces', () => {
  it('creates local interfaces with their provider, protocol and data types; notes an unknown provider', () => {
    const lines = planInterfaceImport(
      mapping,
      rows(
        ['SF-1', 'Sagsopslag', '2.0', 'WS REST', 'Serviceplatformen', 'Sag, Dokument', '01-01-2025'],
        ['', 'Lønfil', '', 'CSV', 'Ukendt system', '', ''],
      ),
      snapshot,
    );
    expect(lines[0].status).toBe('CREATE');
    expect(lines[0].action).toEqual({
      interfaceId: null,
      name: 'Sagsopslag',
      kitosId: 'SF-1',
      providerSystemId: 'sp',
      protocol: 'WS REST',
      dataTypes: ['CASE', 'DOCUMENT'],
      kitosAttributes: { Version: '2.0' },
    });
    expect(lines[1].action?.providerSystemId).toBeUndefined();
    expect(lines[1].warnings.map((w) => w.message)).toEqual(['import.warning.providerNotFound']);
  });

  it("leaves someone else's shared interface alone and refuses an unknown data type", () => {
    const lines = planInterfaceImport(
      mapping,
      rows(['', 'CPR-opslag', '', 'WS REST', '', 'Person', ''], ['', 'Andet', '', '', '', 'Hemmeligt', '']),
      snapshot,
    );
    expect([lines[0].status, lines[0].action, lines[0].warnings[0].message]).toEqual([
      'UNCHANGED',
      null,
      'import.warning.sharedInterface',
    ]);
    expect(lines[1].errors.map((e) => [e.column, e.message])).toEqual([
      ['Datatype', 'import.error.dataType'],
    ]);
  });
});
