import type { APIRequestContext, Page } from '@playwright/test';
import { answered, expect, test } from './fixtures';

type Answer = {
  data?: { systemUsages: { totalCount: number } } | null;
  errors?: { extensions?: { code?: string } }[];
};

/** An integration's request: the token only — the `request` fixture shares no cookie with the page. */
async function readWithToken(request: APIRequestContext, secret: string) {
  const res = await request.post('/graphql', {
    headers: { authorization: `Bearer ${secret}` },
    data: { query: '{ systemUsages(limit: 1) { totalCount } }' },
  });
  return { status: res.status(), body: (await res.json()) as Answer };
}

async function secretShown(page: Page) {
  const secret = (await page.getByTestId('api-token-secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^ovb_[A-Za-z0-9_-]{43}$/);
  return secret;
}

test('an administrator creates an API token, an integration reads with it, and revoking stops it', async ({
  page,
  request,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=tokens');
  await expect(page.getByRole('tab', { name: 'API-nøgler', selected: true })).toBeVisible();
  await expect(page.getByText('Organisationen har ingen API-nøgler endnu. Opret en nedenfor.')).toBeVisible();
  await expectAccessible();

  const form = page.getByRole('form', { name: 'Opret API-nøgle' });
  // Nothing is sent without a name; the field says why.
  await form.getByRole('button', { name: 'Opret nøgle' }).click();
  await expect(form.getByText('Skal udfyldes.')).toBeVisible();
  await form.getByRole('textbox', { name: /^Navn/ }).fill('Power BI');
  await form.getByRole('radio', { name: 'Læse', exact: true }).check();
  const created = answered(page, 'CreateApiToken');
  await form.getByRole('button', { name: 'Opret nøgle' }).click();
  await created;
  const shown = page.getByRole('status').filter({ hasText: 'API-nøglen «Power BI» er oprettet' });
  await expect(shown).toContainText('Den vises kun denne ene gang');
  const secret = await secretShown(page);
  const table = page.getByRole('table', { name: 'API-nøgler i Norddal Kommune' });
  const row = table.getByRole('row', { name: /Power BI/ });
  await expect(row).toContainText('Læse');
  await expect(row).toContainText('Aktiv');
  await expect(row).toContainText('Aldrig');
  await expectAccessible();

  const read = await readWithToken(request, secret);
  expect(read.status).toBe(200);
  expect(read.body.errors).toBeUndefined();
  expect(read.body.data!.systemUsages.totalCount).toBeGreaterThan(0);
  // The list shows the use after a reload (the secret is gone from the page for good).
  await page.reload();
  await expect(page.getByTestId('api-token-secret')).toHaveCount(0);
  await expect(row).not.toContainText('Aldrig');

  await row.getByRole('button', { name: 'Tilbagekald API-nøglen Power BI' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tilbagekald API-nøglen Power BI' });
  await expect(dialog).toContainText('bliver afvist fra deres næste forespørgsel');
  await expectAccessible();
  const revoked = answered(page, 'RevokeApiToken');
  await dialog.getByRole('button', { name: 'Tilbagekald' }).click();
  await revoked;
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Tilbagekaldt');
  await expect(row.getByRole('button')).toHaveCount(0);

  const refused = await readWithToken(request, secret);
  expect(refused.status).toBe(401);
  expect(refused.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
});

test('in English, by keyboard: a read-and-write token is created, copied, used and revoked', async ({
  page,
  context,
  request,
  signInAs,
  expectAccessible,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=tokens');
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('tab', { name: 'API tokens', selected: true })).toBeVisible();

  const form = page.getByRole('form', { name: 'Create API token' });
  await form.getByRole('textbox', { name: /^Name/ }).fill('ServiceNow sync');
  await page.keyboard.press('Tab');
  // The scope radios are one group: the arrow keys move between them.
  await expect(form.getByRole('radio', { name: 'Read', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('radio', { name: 'Read and write' })).toBeChecked();
  await form.getByRole('textbox', { name: /^Name/ }).press('Enter');
  const shown = page.getByRole('status').filter({ hasText: 'The API token “ServiceNow sync” was created' });
  await expect(shown).toContainText('It is shown this once only');
  const secret = await secretShown(page);
  await shown.getByRole('button', { name: 'Copy the token' }).press('Enter');
  await expect(shown.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await expectAccessible();

  const table = page.getByRole('table', { name: 'API tokens in Norddal Kommune' });
  const row = table.getByRole('row', { name: /ServiceNow sync/ });
  await expect(row).toContainText('Read and write');
  expect((await readWithToken(request, secret)).status).toBe(200);

  await row.getByRole('button', { name: 'Revoke the API token ServiceNow sync' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Revoke the API token ServiceNow sync' });
  await expect(dialog).toBeVisible();
  await expectAccessible();
  // Cancel has the focus; the next button is the revoke.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Revoke' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Revoked');
  expect((await readWithToken(request, secret)).status).toBe(401);
});
