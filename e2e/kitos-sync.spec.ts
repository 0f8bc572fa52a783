import { K, seedKitos, usageDto } from '../apps/api/test/import/kitos-fixture-api';
import { startKitosApiServer, type KitosApiServer } from '../apps/api/test/support/kitos-api-server';
import { answered, expect, gql, test } from './fixtures';

/** The journey's own KITOS: a local server speaking KITOS's API v2, on a free port. */
let kitos: KitosApiServer;
test.beforeEach(async () => {
  kitos = await startKitosApiServer();
});
test.afterEach(async () => {
  await kitos.close();
});

const USAGES = `query($s: String) { systemUsages(filter: { search: $s }) { items { id version localName } } }`;
const RENAME = `mutation($i: SystemUsageUpdateInput!) { updateSystemUsage(input: $i) { id version } }`;

test('an administrator connects KITOS, synchronises, and decides a conflict (Danish)', async ({
  page,
  world,
  signInAs,
  expectAccessible,
}) => {
  seedKitos(kitos, world.email('admin@norddal.dk'));
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=kitos');
  await expect(page.getByRole('tab', { name: 'KITOS', selected: true })).toBeVisible();
  await expect(page.getByText('Der er ikke synkroniseret endnu.')).toBeVisible();
  await expectAccessible();

  await page.getByRole('textbox', { name: 'KITOS-adresse' }).fill(kitos.url);
  await page.getByRole('textbox', { name: 'Organisationens UUID i KITOS' }).fill(kitos.organisationUuid);
  await page.getByRole('textbox', { name: 'API-brugerens e-mail' }).fill(kitos.email);
  await page.getByLabel('API-brugerens adgangskode').fill(kitos.password);
  const saved = answered(page, 'SaveKitosConnection');
  await page.getByRole('button', { name: 'Gem forbindelsen' }).click();
  await saved;
  await expect(page.getByRole('status').filter({ hasText: 'Forbindelsen er gemt.' })).toBeVisible();
  // The credentials are never shown again: only that they are stored.
  await expect(page.getByRole('textbox', { name: 'API-brugerens e-mail' })).toHaveValue('');
  await expect(page.getByText('Gemt krypteret. Lad feltet stå tomt for at beholde det.')).toHaveCount(2);

  const synced = answered(page, 'SyncKitos');
  await page.getByRole('button', { name: 'Synkronisér nu' }).click();
  await synced;
  await expect(page.getByText(/oprettet, 0 opdateret, .* 0 konflikter\./)).toBeVisible();
  await expect(page.getByText('Ingen konflikter: intet er ændret både i KITOS og i Overblik.')).toBeVisible();
  await expectAccessible();

  // Both sides change SagsPortal: Overblik renames it, KITOS too.
  const found = await gql<{ systemUsages: { items: { id: string; version: number }[] } }>(page, USAGES, {
    s: 'SagsPortal',
  });
  const usage = found.systemUsages.items[0];
  await gql(page, RENAME, { i: { id: usage.id, version: usage.version, localName: 'Sager (Overblik)' } });
  kitos.put(
    'usages',
    usageDto(
      K.usageSags,
      { uuid: K.systemSags, name: 'SagsPortal' },
      { localCallName: 'Sager (KITOS)' },
      {
        organizationUsage: {
          usingOrganizationUnits: [],
          responsibleOrganizationUnit: { uuid: K.unitIt, name: 'Digitalisering' },
        },
      },
    ),
  );
  const again = answered(page, 'SyncKitos');
  await page.getByRole('button', { name: 'Synkronisér nu' }).click();
  await again;
  const conflicts = page.getByRole('table', { name: '1 objekt venter på en beslutning' });
  await expect(conflicts.getByRole('row', { name: /SagsPortal/ })).toContainText('Lokalt kaldenavn');
  await expectAccessible();

  const decided = answered(page, 'ResolveKitosConflict');
  await page.getByRole('button', { name: "Brug KITOS' version af SagsPortal" }).click();
  await decided;
  await expect(page.getByText('Ingen konflikter: intet er ændret både i KITOS og i Overblik.')).toBeVisible();
  const after = await gql<{ systemUsages: { items: { localName: string }[] } }>(page, USAGES, {
    s: 'SagsPortal',
  });
  expect(after.systemUsages.items[0].localName).toBe('Sager (KITOS)');
});

test('in English: a refused password is said clearly and nothing is imported', async ({
  page,
  world,
  signInAs,
  expectAccessible,
}) => {
  seedKitos(kitos, world.email('admin@norddal.dk'));
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=kitos');
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('tab', { name: 'KITOS', selected: true })).toBeVisible();

  await page.getByRole('textbox', { name: 'KITOS address' }).fill(kitos.url);
  await page.getByRole('textbox', { name: "The organisation's UUID in KITOS" }).fill(kitos.organisationUuid);
  await page.getByRole('textbox', { name: "API user's e-mail" }).fill(kitos.email);
  await page.getByLabel("API user's password").fill('wrong-password');
  const saved = answered(page, 'SaveKitosConnection');
  await page.getByRole('button', { name: 'Save the connection' }).click();
  await saved;

  const synced = answered(page, 'SyncKitos');
  await page.getByRole('button', { name: 'Synchronise now' }).click();
  await synced;
  await expect(
    page.getByText(
      "KITOS refused the API user's e-mail or password. Correct them under Administration → KITOS – nothing was changed.",
    ),
  ).toHaveCount(2);
  await expect(page.getByText('The last sync failed')).toBeVisible();
  await expectAccessible();
});
