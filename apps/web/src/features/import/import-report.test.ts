import { importReportColumns } from './import-report';

describe('the import result report', () => {
  it('has one spreadsheet row per imported row, with the outcome, the changed fields and the reasons by cell', () => {
    const columns = importReportColumns(
      [
        {
          row: 2,
          name: 'SagsPortal',
          status: 'UPDATE',
          changes: ['lifecycle', 'unit'],
          errors: [],
          warnings: [],
        },
        {
          row: 3,
          name: 'Løn',
          status: 'ERROR',
          changes: [],
          errors: [{ column: 'Livscyklus', message: 'Ukendt livscyklus' }],
          warnings: [{ column: '', message: 'Bemærk' }],
        },
      ],
      {
        row: 'Række',
        name: 'Navn',
        status: 'Udfald',
        changes: 'Ændringer',
        errors: 'Fejl',
        warnings: 'Advarsler',
        statusValue: (s) => (s === 'ERROR' ? 'Fejl' : 'Opdateres'),
        field: (f) => ({ lifecycle: 'Livscyklus', unit: 'Enhed' })[f] ?? f,
      },
    );
    expect(columns.map((c) => [c.header, c.values])).toEqual([
      ['Række', [2, 3]],
      ['Navn', ['SagsPortal', 'Løn']],
      ['Udfald', ['Opdateres', 'Fejl']],
      ['Ændringer', ['Livscyklus, Enhed', '']],
      ['Fejl', ['', 'Livscyklus: Ukendt livscyklus']],
      ['Advarsler', ['', 'Bemærk']],
    ]);
  });
});
