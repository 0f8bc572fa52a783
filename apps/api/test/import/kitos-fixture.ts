import ExcelJS from 'exceljs';

/** Cell values as a KITOS workbook holds them: text, numbers, dates, or a formula. */
export type FixtureCell = string | number | Date | null | { formula: string; result?: string | number };

/** The IT-system usage overview columns KITOS exports, in its order (a realistic subset). */
export const USAGE_HEADERS = [
  'Status',
  'Lokal System ID',
  'IT-System (UUID)',
  'IT System',
  'Lokal kaldenavn',
  'Leverandør',
  'Ansv. organisationsenhed',
  'Livscyklus',
  'Ibrugtagningsdato',
  'Slutdato for anvendelse',
  'Arkiveringspligt',
  'Databehandleraftale er indgået',
  'Forretningskritisk IT-system',
  'Samfundskritisk IT-system',
  'Anvendte systemer',
  'IT Kontrakter',
  'Systemejer',
  'Systemejer Email#',
  'Sidst redigeret: Dato',
];

export const SAG_UUID = '0b6a5c52-1d2e-4f3a-9b8c-7d6e5f4a3b21';
export const POST_UUID = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

/** Three usages as KITOS exports them: a date cell, an Excel serial, Danish text dates, Ja/Nej. */
export function usageRows(ownerEmail: string): FixtureCell[][] {
  return [
    [
      'Aktiv',
      'L-1',
      SAG_UUID,
      'SagsPortal',
      'Sag',
      'Digitalsoft A/S',
      'Borgerservice',
      'I drift',
      new Date(Date.UTC(2021, 0, 4)),
      null,
      'B',
      'Ja',
      'Ja',
      'Nej',
      'DigiPost, Kalender',
      'Rammeaftale drift',
      'Ida Admin',
      ownerEmail,
      '01-12-2025',
    ],
    [
      'Aktiv',
      'L-2',
      POST_UUID,
      'DigiPost',
      '',
      'Postfirma ApS',
      'Borgerservice',
      'Under udfasning',
      44197,
      '31-12-2027',
      'K',
      'Nej',
      'Nej',
      'Ja',
      '',
      '',
      'Bo Ekstern',
      'bo@leverandoer.dk',
      null,
    ],
    [
      'Aktiv',
      'L-3',
      null,
      'Kalender',
      'Mødebooking',
      '',
      'Administration',
      'Under indfasning',
      '1. marts 2026',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      null,
    ],
  ];
}

/** KITOS's contract overview columns, in its order (a realistic subset; "Anskaffelse." as KITOS titles it). */
export const CONTRACT_HEADERS = [
  'Gyldig/Ikke Gyldig',
  'Kontrakt ID',
  'IT Kontrakt',
  'Gyldig fra',
  'Gyldig til',
  'Kritikalitet',
  'Ansvarlig org. enhed',
  'Leverandør',
  'Kontrakttype',
  'Kontraktskabelon',
  'Indkøbsform',
  'IT Systemer',
  'Anskaffelse.',
  'Drift/år',
  'Varighed',
  'Option',
  'Opsigelse (måneder)',
  'Uopsigelig til',
  'Opsagt',
  'Kontraktejer',
  'Kontraktejer Email#',
];

/** Two contracts as KITOS exports them, and one without a start date (which Overblik refuses). */
export function contractRows(ownerEmail: string, systems = 'SagsPortal'): FixtureCell[][] {
  return [
    [
      'Gyldig',
      'K-100',
      'Driftsaftale ESDH',
      new Date(Date.UTC(2023, 0, 1)),
      '31-12-2027',
      '3',
      'IT og Digitalisering',
      'Digitalsoft A/S',
      'Hovedkontrakt',
      'K02',
      'EU udbud',
      systems,
      '250.000,00',
      120000,
      '5 år',
      '2 x 1 år',
      '6',
      '31-12-2025',
      null,
      'Ida Admin',
      ownerEmail,
    ],
    [
      'Gyldig',
      'K-101',
      'Supportaftale',
      '01-03-2024',
      '',
      '1',
      '',
      'Ny Leverandør ApS',
      'Serviceaftale',
      'Leverandør',
      'Direkte tildeling',
      '',
      null,
      '12.000',
      'Løbende',
      '',
      '3',
      null,
      null,
      '',
      '',
    ],
    [
      'Ikke gyldig',
      'K-102',
      'Kladde uden start',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      null,
      null,
      '',
      '',
      '',
      null,
      null,
      '',
      '',
    ],
  ];
}

/** KITOS's contract import template (sheet "IT Kontrakter"), its header row as KITOS ships it. */
export const CONTRACT_TEMPLATE_HEADERS = [
  'Id',
  'IT Kontrakt Navn (påkrævet)',
  'IT Kontrakt Id',
  'Bemærkning',
  'Indgået',
  'Uopsigeligt til',
  'Udløbsdato',
  'Kontrakten opsagt',
];

/** KITOS's interface overview columns (its grid's titles, including the old "Snidtflade ID" spelling). */
export const INTERFACE_HEADERS = [
  'Snidtflade ID',
  'Snitflade',
  'Version',
  'Synlighed',
  'Snitfladetype',
  'Rettighedshaver',
  'Udstillet af',
  'TSA',
  'Datatype',
  'Oprettet af: Organisation',
];

/** KITOS's user import template (sheet "Brugere"), lower-case titles as in KITOS's file. */
export const USER_HEADERS = ['id', 'fornavn', 'efternavn', 'email', 'telefon'];

/** A workbook with one sheet: the header row, then the rows; empty trailing rows as KITOS leaves them. */
export async function kitosWorkbook(
  headers: string[],
  rows: FixtureCell[][],
  sheetName = 'IT Systemer',
  trailingEmptyRows = 2,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  for (let i = 0; i < trailingEmptyRows; i++) sheet.addRow(headers.map(() => ''));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const base64 = (b: Buffer) => b.toString('base64');

/** The first sheet of an XLSX file as text rows (for checking a downloaded report). */
export async function readFirstSheet(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const values: string[][] = [];
  workbook.worksheets[0].eachRow((row) =>
    values.push(
      (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v as string | number))),
    ),
  );
  return values;
}
