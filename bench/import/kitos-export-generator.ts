import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';

/** The size issue 15 §7 names: 1,500 usages with 6,000 relations, and 400 contracts. */
export const SCALE = { usages: 1_500, relations: 6_000, contracts: 400 } as const;

const LIFECYCLES = ['I drift', 'I drift', 'I drift', 'Under udfasning', 'Under indfasning', 'Ikke i drift'];
const systemName = (i: number) => `System ${String(i + 1).padStart(4, '0')}`;
const contractName = (i: number) => `Kontrakt ${String(i + 1).padStart(3, '0')}`;
const uuid = (kind: number, i: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
const day = (i: number) =>
  `${String((i % 28) + 1).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-${2010 + (i % 14)}`;

/** Writes rows through exceljs's streaming writer (the library the app reads with). */
async function write(file: string, sheet: string, header: string[], rows: Iterable<unknown[]>) {
  const stream = createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => stream.on('close', resolve).on('error', reject));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: false });
  const ws = book.addWorksheet(sheet);
  ws.addRow(header).commit();
  for (const row of rows) ws.addRow(row).commit();
  ws.commit();
  await book.commit();
  await closed;
}

/**
 * A KITOS IT-system usage overview export: each usage names four others under "Anvendte systemer"
 * (6,000 relations), a responsible unit of 40, a supplier of 120, a system owner of 250 (by
 * e-mail) and three GDPR/archiving facts kept as KITOS attributes.
 */
export function writeUsageOverview(file: string): Promise<void> {
  const header = [
    'IT-System (UUID)',
    'IT System',
    'Lokal kaldenavn',
    'Leverandør',
    'Ansv. organisationsenhed',
    'Livscyklus',
    'Ibrugtagningsdato',
    'Slutdato for anvendelse',
    'Anvendte systemer',
    'Systemejer',
    'Systemejer Email#',
    'Forretningskritisk IT-system',
    'Arkiveringspligt',
    'Databehandleraftale er indgået',
  ];
  const perUsage = SCALE.relations / SCALE.usages;
  function* rows() {
    for (let i = 0; i < SCALE.usages; i++) {
      const used = Array.from({ length: perUsage }, (_, k) => systemName((i + 1 + k * 37) % SCALE.usages));
      const owner = i % 250;
      yield [
        uuid(1, i),
        systemName(i),
        i % 3 === 0 ? `Lokalt navn ${i}` : '',
        `Leverandør ${i % 120} A/S`,
        `Enhed ${i % 40}`,
        LIFECYCLES[i % LIFECYCLES.length],
        day(i),
        i % 10 === 0 ? day(i + 5).replace(/\d{4}$/, '2030') : '',
        used.join(', '),
        `Ejer ${owner}`,
        `ejer${owner}@bench.example`,
        i % 4 === 0 ? 'Ja' : 'Nej',
        i % 5 === 0 ? 'B' : 'K',
        i % 2 === 0 ? 'Ja' : 'Nej',
      ];
    }
  }
  return write(file, 'IT Systemer', header, rows());
}

/** A KITOS contract overview export: 400 contracts, each covering up to five of the usages. */
export function writeContractOverview(file: string): Promise<void> {
  const header = [
    'IT Kontrakt',
    'Kontrakt ID',
    'Gyldig fra',
    'Gyldig til',
    'Opsigelse (måneder)',
    'Uopsigelig til',
    'Leverandør',
    'Kontrakttype',
    'IT Systemer',
    'Betalingsmodel',
  ];
  function* rows() {
    for (let i = 0; i < SCALE.contracts; i++) {
      const systems = Array.from({ length: (i % 5) + 1 }, (_, k) =>
        systemName((i * 3 + k * 101) % SCALE.usages),
      );
      yield [
        contractName(i),
        `K-${i + 1}`,
        day(i),
        day(i + 3).replace(/\d{4}$/, String(2027 + (i % 6))),
        (i % 4) * 3,
        '',
        `Leverandør ${i % 120} A/S`,
        i % 2 ? 'Driftsaftale' : 'Licensaftale',
        systems.join(', '),
        'Fast pris',
      ];
    }
  }
  return write(file, 'IT Kontrakter', header, rows());
}
