import type { Page } from '@playwright/test';
import {
  CONTRACT_HEADERS,
  contractRows,
  kitosWorkbook,
  readFirstSheet,
  type FixtureCell,
} from '../apps/api/test/import/kitos-fixture';
import { answered, expect, test } from './fixtures';

const HEADERS = [
  'IT-System (UUID)',
  'IT System',
  'Lokal kaldenavn',
  'Leverandør',
  'Ansv. organisationsenhed',
  'Livscyklus',
  'Ibrugtagningsdato',
  'Arkiveringspligt',
  'Samfundskritisk IT-system',
  'Anvendte systemer',
  'Systemejer',
  'Systemejer Email#',
  'Kaffemærke',
];

/** A KITOS-like usage overview: two good rows (one uses the other) and one with an unknown lifecycle. */
function rows(ownerEmail: string): FixtureCell[][] {
  return [
    [
      '5f0c6a1e-8d2b-4c3a-9e1f-0a2b3c4d5e6f',
      'KITOS Sagssystem',
      'Sager',
      'Sagsfirma A/S',
      'Borgerservice',
      'I drift',
      44927,
      'B',
      'Ja',
      'KITOS Booking',
      'Admin',
      ownerEmail,
      'Java',
    ],
    [
      null,
      'KITOS Booking',
      '',
      '',
      'Borgerservice',
      'Under indfasning',
      '01-03-2026',
      '',
      'Nej',
      '',
      '',
      '',
      '',
    ],
    [null, 'KITOS Gammel', '', '', '', 'Snart væk', '', '', '', '', '', '', ''],
  ];
}

async function upload(page: Page, buffer: Buffer) {
  const planned = answered(page, 'ImportKitos');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'kitos-anvendelser.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await planned;
}

/** The downloaded report's rows, read back with exceljs. */
async function reportRows(page: Page, button: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const values = await readFirstSheet(await file.path());
  return { name: file.suggestedFilename(), values };
}

test('an administrator imports a KITOS export: kind and columns, a dry run, skip bad rows, the report as XLSX', async ({
  page,
  world,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=import');
  await expect(page.getByRole('tab', { name: 'Import', selected: true })).toBeVisible();
  await expectAccessible();

  await upload(page, await kitosWorkbook(HEADERS, rows(world.email('admin@norddal.dk'))));
  await expect(
    page.getByRole('heading', { name: 'Fundet: KITOS-oversigt over IT-systemanvendelser' }),
  ).toBeVisible();
  const columns = page.getByRole('table', { name: 'Kolonner i filen og hvor de hører til' });
  await expect(columns.getByRole('row', { name: /Kaffemærke/ })).toContainText('Ukendt kolonne');
  await expect(
    columns.getByRole('combobox', { name: 'Felt for kolonnen Ansv. organisationsenhed' }),
  ).toHaveValue('Ansvarlig enhed');
  const plan = page.getByRole('table', { name: 'Prøvekørsel: hvad hver række vil gøre' });
  await expect(plan.getByRole('row', { name: /KITOS Sagssystem/ })).toContainText('Oprettes');
  await expect(plan.getByRole('row', { name: /KITOS Gammel/ })).toContainText('Fejl');
  await expect(plan.getByRole('row', { name: /KITOS Gammel/ })).toContainText(
    'Livscyklus: Ukendt livscyklus "Snart væk"',
  );
  await expect(page.getByText('2 oprettes, 0 opdateres, 0 uændrede, 1 med fejl.')).toBeVisible();
  await expectAccessible();

  // Stop on the first error: nothing lands.
  const stopped = answered(page, 'ImportKitos');
  await page.getByRole('button', { name: 'Importér' }).click();
  await stopped;
  await expect(page.getByRole('status').filter({ hasText: 'Intet er importeret' })).toBeVisible();

  // Skip bad rows, chosen by keyboard: the good rows land, the bad one is reported.
  await page.getByRole('radio', { name: /Stop ved første fejl/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Spring fejlrækker over/ })).toBeChecked();
  const applied = answered(page, 'ImportKitos');
  await page.getByRole('button', { name: 'Importér' }).click();
  await applied;
  const done = page.getByRole('status').filter({ hasText: 'Importen er gennemført' });
  await expect(done).toContainText('2 oprettes, 0 opdateres, 0 uændrede, 1 med fejl.');
  await expectAccessible();
  const report = await reportRows(page, 'Hent rapport (XLSX)');
  expect(report.name).toBe('kitos-import-rapport.xlsx');
  expect(report.values.map((r) => r.slice(0, 3))).toEqual([
    ['Række', 'Navn', 'Udfald'],
    ['2', 'KITOS Sagssystem', 'Oprettes'],
    ['3', 'KITOS Booking', 'Oprettes'],
    ['4', 'KITOS Gammel', 'Fejl'],
  ]);

  // The imported system is in the landscape, with its KITOS facts kept on its page.
  await page.goto('/systemer');
  // The list names a usage by its local name (Lokal kaldenavn) when it has one.
  await page.getByRole('link', { name: 'Sager', exact: true }).first().click();
  const facts = page.getByRole('region', { name: 'KITOS-oplysninger' });
  await expect(facts.getByRole('row', { name: /Arkiveringspligt/ })).toContainText('B');
  await expect(facts.getByRole('row', { name: /Samfundskritisk IT-system/ })).toContainText('Ja');
  await expectAccessible();
});

test('in English: a wrong file is refused clearly, and the same import again changes nothing', async ({
  page,
  world,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=import');
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('tab', { name: 'Import', selected: true })).toBeVisible();

  // An old binary Excel file (XLS): neither a ZIP archive nor UTF-8 text.
  await upload(
    page,
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]),
  );
  await expect(page.getByRole('alert')).toContainText(
    'The file is neither an Excel workbook (.xlsx) nor a CSV file. Nothing was imported.',
  );
  await expectAccessible();

  const good = rows(world.email('admin@norddal.dk')).slice(0, 2);
  await upload(page, await kitosWorkbook(HEADERS, good));
  await expect(page.getByRole('heading', { name: 'Detected: KITOS IT system usage overview' })).toBeVisible();
  const first = answered(page, 'ImportKitos');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await first;
  await expect(page.getByRole('status').filter({ hasText: 'The import is done' })).toContainText(
    '2 to create',
  );

  await upload(page, await kitosWorkbook(HEADERS, good));
  const plan = page.getByRole('table', { name: 'Dry run: what each row will do' });
  await expect(plan.getByRole('row', { name: /KITOS Sagssystem/ })).toContainText('Unchanged');
  await expect(plan.getByRole('row', { name: /KITOS Booking/ })).toContainText('Unchanged');
  await expect(page.getByText('0 to create, 0 to update, 2 unchanged, 0 with errors.')).toBeVisible();
  await expectAccessible();
});

test('a KITOS contract overview: its term fields mapped, the row without a start refused, then re-imported in English unchanged', async ({
  page,
  world,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=import');
  const file = await kitosWorkbook(
    CONTRACT_HEADERS,
    contractRows(world.email('admin@norddal.dk'), 'Ukendt system'),
    'IT Kontrakter',
  );
  await upload(page, file);
  await expect(page.getByRole('heading', { name: 'Fundet: KITOS-kontraktoversigt' })).toBeVisible();
  const columns = page.getByRole('table', { name: 'Kolonner i filen og hvor de hører til' });
  await expect(columns.getByRole('combobox', { name: 'Felt for kolonnen Opsigelse (måneder)' })).toHaveValue(
    'Opsigelsesfrist (måneder)',
  );
  await expect(columns.getByRole('combobox', { name: 'Felt for kolonnen Ansvarlig org. enhed' })).toHaveValue(
    'KITOS-oplysning (kun læsning)',
  );
  const plan = page.getByRole('table', { name: 'Prøvekørsel: hvad hver række vil gøre' });
  await expect(plan.getByRole('row', { name: /Driftsaftale ESDH/ })).toContainText('Oprettes');
  await expect(plan.getByRole('row', { name: /Driftsaftale ESDH/ })).toContainText(
    'Systemet "Ukendt system" anvendes ikke i organisationen',
  );
  await expect(plan.getByRole('row', { name: /Kladde uden start/ })).toContainText(
    'Gyldig fra: En ny kontrakt skal have en startdato',
  );
  await expectAccessible();

  await page.getByRole('radio', { name: /Spring fejlrækker over/ }).check();
  const applied = answered(page, 'ImportKitos');
  await page.getByRole('button', { name: 'Importér' }).click();
  await applied;
  await expect(page.getByRole('status').filter({ hasText: 'Importen er gennemført' })).toContainText(
    '2 oprettes, 0 opdateres, 0 uændrede, 1 med fejl.',
  );
  await expectAccessible();

  // The same file again, in English: nothing to do for the imported rows.
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await upload(page, file);
  await expect(page.getByRole('heading', { name: 'Detected: KITOS contract overview' })).toBeVisible();
  await expect(page.getByText('0 to create, 0 to update, 2 unchanged, 1 with errors.')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Dry run: what each row will do' })
      .getByRole('row', { name: /Kladde uden start/ }),
  ).toContainText('A new contract needs a start date');
  await expectAccessible();

  await page.goto('/kontrakter');
  await expect(page.getByRole('link', { name: 'Driftsaftale ESDH' })).toBeVisible();
});
