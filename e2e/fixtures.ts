import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

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

export const test = base.extend<{
  signInAs: (email: string) => Promise<void>;
  expectAccessible: () => Promise<void>;
}>({
  signInAs: async ({ page }, use) => use((email) => signInAs(page, email)),
  expectAccessible: async ({ page }, use) => use(() => expectAccessible(page)),
});

export { expect };
