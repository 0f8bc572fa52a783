import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'overblik-demo';

/** Signs in through the real sign-in page and waits for the app shell. */
async function signInAs(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel(/e-mail/i).fill(email);
  // The password field has a show/hide button labelled alike; the textbox is the field.
  await page.getByRole('textbox', { name: /^(adgangskode|password)$/i }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /log ind|sign in/i }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Runs axe with the WCAG 2.1 A/AA rules and fails on any violation, listing them. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe WCAG 2.1 AA violations').toEqual([]);
}

/**
 * Picks an option in a searchable Mantine Select by typing part of its name and choosing it with
 * the keyboard. Clicking the option raced the dropdown's repositioning after Playwright scrolled
 * the page: the click could land beside the moved list, close it and leave nothing chosen.
 */
export async function chooseOption(page: Page, combobox: Locator, search: string, option: string | RegExp) {
  await combobox.fill(search);
  const target = page.getByRole('option', { name: option }).first();
  await expect(target).toBeVisible();
  const label = ((await target.textContent()) ?? '').trim();
  // The arrow keys walk the filtered list; stop on the wanted option.
  for (let step = 0; step < 50; step++) {
    if ((await target.getAttribute('data-combobox-selected')) !== null) break;
    await combobox.press('ArrowDown');
  }
  await expect(target).toHaveAttribute('data-combobox-selected');
  await combobox.press('Enter');
  await expect(combobox).toHaveValue(label);
}

export const test = base.extend<{
  signInAs: (email: string) => Promise<void>;
  expectAccessible: () => Promise<void>;
}>({
  signInAs: async ({ page }, use) => use((email) => signInAs(page, email)),
  expectAccessible: async ({ page }, use) => use(() => expectAccessible(page)),
});

export { expect };
