import { detectGenericKind, mapGenericColumns } from './generic-columns';
import { planProjectImport, type ProjectSnapshot } from './generic-project-plan';
import { detectImportKind } from './import-kinds';
import type { RawCell } from './kitos-cells';

const OWNER = '00000000-0000-4000-8000-000000000001';
const LEAD = '00000000-0000-4000-8000-000000000002';
const PROGRAMME = '00000000-0000-4000-8000-000000000003';
const OLD_PROGRAMME = '00000000-0000-4000-8000-000000000004';
const S1 = '00000000-0000-4000-8000-000000000005';
const S2 = '00000000-0000-4000-8000-000000000006';
const USAGE = '00000000-0000-4000-8000-000000000007';
const rows = (...cells: RawCell[][]) => cells.map((c, i) => ({ row: i + 2, cells: c }));
const headers = [
  'Projekt',
  'Fase',
  'Projektejer (e-mail)',
  'Projektleder (e-mail)',
  'Startdato',
  'Slutdato',
  'Budget (kr.)',
  'Program',
  'Strategier',
  'Systemer',
];
const mapping = mapGenericColumns('PROJECTS', headers);
const snapshot: ProjectSnapshot = {
  projects: [
    {
      id: 'p1',
      version: 3,
      name: 'Ny ESDH',
      description: '',
      phase: 'analysis',
      ownerUserId: OWNER,
      leadUserId: null,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      budget: 500000,
      programmeId: PROGRAMME,
      strategyIds: [S1, S2],
      usageIds: [USAGE],
    },
  ],
  phases: [
    { key: 'idea', names: ['Idé', 'Idea'] },
    { key: 'analysis', names: ['Analyse', 'Analysis'] },
    { key: 'execution', names: ['Gennemførelse', 'Execution'] },
  ],
  members: [
    { userId: OWNER, email: 'ejer@kommune.dk', name: 'Eva Ejer' },
    { userId: LEAD, email: 'leder@kommune.dk', name: 'Lars Leder' },
  ],
  programmes: [
    { id: PROGRAMME, name: 'Digitalisering', archived: false },
    { id: OLD_PROGRAMME, name: 'Gammelt program', archived: true },
  ],
  strategies: [
    { id: S2, name: 'Digital strategi' },
    { id: S1, name: 'Grøn omstilling' },
  ],
  usages: [{ id: USAGE, names: ['ESDH', 'Vores ESDH'] }],
};
const same: RawCell[] = [
  'Ny ESDH',
  'Analyse',
  'ejer@kommune.dk',
  '',
  '01-01-2026',
  new Date(Date.UTC(2026, 11, 31)),
  '500.000',
  'Digitalisering',
  'Digital strategi, Grøn omstilling',
  'ESDH',
];
const withCell = (i: number, v: RawCell) => same.map((c, j) => (j === i ? v : c));

describe('planning a project sheet', () => {
  it('is its own kind in either language; a benefit file naming projects stays a benefit file', () => {
    expect(detectGenericKind(headers)).toBe('PROJECTS');
    expect(detectImportKind(['Project', 'Phase'])).toBe('PROJECTS');
    expect(detectImportKind(['Gevinst', 'Gevinsttype', 'Projekt'])).toBe('BENEFITS');
    expect(detectGenericKind(['Projekt'])).toBeNull();
  });

  it('leaves a project as stored unchanged (sets compare in any order, an empty lead leaves it)', () => {
    const [line] = planProjectImport(mapping, rows(same), snapshot);
    expect(line).toMatchObject({ status: 'UNCHANGED', errors: [], warnings: [], changes: [], action: null });
  });

  it('updates fields, lead and links, never the phase', () => {
    const row = withCell(3, 'LEDER@kommune.dk');
    row[6] = 650000;
    row[8] = 'Digital strategi';
    row[9] = '';
    const [line] = planProjectImport(mapping, rows(row), snapshot);
    expect(line.status).toBe('UPDATE');
    expect(line.changes).toEqual(['projectLeadEmail', 'budget', 'strategies', 'projectSystems']);
    expect(line.action).toMatchObject({
      projectId: 'p1',
      version: 3,
      phase: null,
      data: { leadUserId: LEAD, budget: 650000, strategyIds: [S2], usageIds: [] },
    });
  });

  it('creates a project in the phase named by key or label in either language, or the first', () => {
    const lines = planProjectImport(
      mapping,
      rows(
        [
          'Borgerportal',
          'Execution',
          'ejer@kommune.dk',
          'ukendt@andet.dk',
          46023,
          '',
          0,
          '',
          '',
          'Vores ESDH',
        ],
        ['Chatbot', '', '', '', '', '', '', 'Digitalisering', '', ''],
        ['Robot', 'IDEA', '', '', '', '', '', '', '', ''],
      ),
      snapshot,
    );
    expect(lines.map((l) => l.status)).toEqual(['CREATE', 'CREATE', 'CREATE']);
    expect(lines[0].action).toEqual({
      projectId: null,
      version: null,
      phase: 'execution',
      data: {
        name: 'Borgerportal',
        ownerUserId: OWNER,
        startDate: '2026-01-01',
        endDate: null,
        budget: 0,
        programmeId: null,
        strategyIds: [],
        usageIds: [USAGE],
      },
    });
    // A lead who is no member is noted, as the KITOS import notes a role holder.
    expect(lines[0].warnings).toEqual([
      {
        column: 'Projektleder (e-mail)',
        message: 'import.warning.personNotMember',
        params: { name: 'ukendt@andet.dk' },
      },
    ]);
    expect(lines[1].action).toMatchObject({ phase: null, data: { programmeId: PROGRAMME } });
    expect(lines[2].action!.phase).toBe('idea');
  });

  it('refuses another phase on a project, unknown names, an archived programme and what the form refuses', () => {
    const lines = [
      withCell(1, 'Gennemførelse'),
      withCell(1, 'Drift'),
      withCell(7, 'Gammelt program'),
      withCell(8, 'Digital strategi, Ukendt'),
      withCell(5, '31-12-2025'),
      withCell(6, -1),
    ].map((row) => planProjectImport(mapping, rows(row), snapshot)[0]);
    expect(lines.map((l) => l.status)).toEqual(Array(6).fill('ERROR'));
    expect(lines[0].errors).toEqual([{ column: 'Fase', message: 'import.error.phaseChange' }]);
    expect(lines[1].errors).toEqual([
      {
        column: 'Fase',
        message: 'import.error.enumValue',
        params: { value: 'Drift', allowed: 'Idé, Analyse, Gennemførelse' },
      },
    ]);
    expect(lines[2].errors).toEqual([{ column: 'Program', message: 'import.error.programmeArchived' }]);
    expect(lines[3].errors).toEqual([
      { column: 'Strategier', message: 'import.error.unknownReference', params: { value: 'Ukendt' } },
    ]);
    expect(lines[4].errors).toEqual([{ column: 'Slutdato', field: 'endDate', message: 'field.dateOrder' }]);
    expect(lines[5].errors[0]).toMatchObject({
      column: 'Budget (kr.)',
      field: 'budget',
      message: 'field.min',
    });
    // A project may stay in the archived programme it already belongs to.
    const kept = planProjectImport(mapping, rows(same), {
      ...snapshot,
      programmes: [{ id: PROGRAMME, name: 'Digitalisering', archived: true }],
    })[0];
    expect(kept.status).toBe('UNCHANGED');
  });
});
