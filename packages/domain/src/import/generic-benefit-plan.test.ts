import { planBenefitImport, type BenefitSnapshot } from './generic-benefit-plan';
import { detectGenericKind, mapGenericColumns } from './generic-columns';
import type { RawCell } from './kitos-cells';

const PROJECT = '00000000-0000-4000-8000-000000000010';
const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));
const headers = [
  'Benefit',
  'Benefit type',
  'Project',
  'Cashable',
  'Baseline',
  'Target',
  'Direction',
  'Due date',
];
const mapping = mapGenericColumns('BENEFITS', headers);
const snapshot: BenefitSnapshot = {
  benefits: [
    {
      id: 'b1',
      version: 2,
      title: 'Færre porto-udgifter',
      type: 'ECONOMIC_KR',
      description: '',
      projectId: PROJECT,
      cashable: true,
      baseline: 100000,
      target: 40000,
      unitOfMeasure: 'kr.',
      direction: 'DECREASE',
      startDate: null,
      dueDate: '2027-12-31',
    },
  ],
  projects: [
    { id: PROJECT, name: 'Digital post' },
    { id: '00000000-0000-4000-8000-000000000011', name: 'Tvilling' },
    { id: '00000000-0000-4000-8000-000000000012', name: 'Tvilling' },
  ],
};

describe('planning a benefit sheet', () => {
  it('is told apart by its English headers', () => {
    expect(detectGenericKind(headers)).toBe('BENEFITS');
  });

  it('creates, leaves unchanged and updates by exact title; reads Danish amounts and yes/no', () => {
    const lines = planBenefitImport(
      mapping,
      rows(
        [
          'Færre porto-udgifter',
          'Economic (kr.)',
          'Digital post',
          'Ja',
          '100.000',
          40000,
          'Should decrease',
          '31-12-2027',
        ],
        ['Hurtigere svar', 'Kvalitativ', '', 'Nej', '', '', 'Skal stige', 46752],
        [null, null, null, null, null, null, null, null],
      ),
      snapshot,
    );
    expect(lines.map((l) => [l.row, l.status, l.changes])).toEqual([
      [2, 'UNCHANGED', []],
      [3, 'CREATE', []],
    ]);
    expect(lines[1].action?.data).toEqual({
      title: 'Hurtigere svar',
      type: 'QUALITATIVE',
      projectId: null,
      cashable: false,
      baseline: null,
      target: null,
      direction: 'INCREASE',
      dueDate: '2027-12-31',
    });
    const changed = planBenefitImport(
      mapping,
      rows([
        'Færre porto-udgifter',
        'ECONOMIC_KR',
        'Digital post',
        'Ja',
        '100.000',
        '30.000,50',
        'DECREASE',
        '',
      ]),
      snapshot,
    );
    expect(changed[0]).toMatchObject({ status: 'UPDATE', changes: ['target', 'dueDate'] });
    expect(changed[0].action).toMatchObject({
      benefitId: 'b1',
      version: 2,
      data: { target: 30000.5, dueDate: null },
    });
  });

  it("refuses per cell: an unknown or ambiguous project, a bad yes/no, the benefit area's own rules", () => {
    const lines = planBenefitImport(
      mapping,
      rows(
        ['A', 'Kvalitativ', 'Ukendt', '', '', '', '', ''],
        ['B', 'Kvalitativ', 'Tvilling', 'Måske', '', '', '', ''],
        ['C', 'Kvalitativ', '', 'Ja', '', '', '', ''],
        ['D', 'Økonomisk (kr.)', '', '', 100, 200, 'Skal falde', ''],
      ),
      snapshot,
    );
    expect(lines.map((l) => [l.row, l.status, l.errors.map((e) => [e.column, e.message])])).toEqual([
      [2, 'ERROR', [['Project', 'import.error.unknownReference']]],
      [
        3,
        'ERROR',
        [
          ['Cashable', 'import.error.boolean'],
          ['Project', 'import.error.unknownReference'],
        ],
      ],
      [4, 'ERROR', [['Cashable', 'field.cashableNotEconomic']]],
      [5, 'ERROR', [['Target', 'field.targetMustBeBelow']]],
    ]);
  });
});
