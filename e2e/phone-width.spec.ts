import type { Page } from '@playwright/test';
import { expect, gql, test } from './fixtures';

/**
 * At 390 px (a phone) no page is wider than the screen: wide tables scroll inside their own
 * container, controls stack or wrap (issue 14: check every page at 390 px). Each page is also
 * checked with axe at that width.
 */
const PHONE = { width: 390, height: 844 };

async function pageWidth(page: Page): Promise<number> {
  // Tables and charts may still be arriving: the width is read once the page has settled.
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => document.documentElement.scrollWidth);
}

const AREAS: [string, string[]][] = [
  [
    'landscape, systems, data sources, interfaces',
    ['/', '/landskab', '/systemer', '/datakilder', '/snitflader'],
  ],
  [
    'contracts, suppliers, resources, benefits, maturity',
    ['/kontrakter', '/leverandoerer', '/ressourcer', '/gevinster', '/modenhed'],
  ],
  [
    'portfolio, programmes, synergy, meeting, administration',
    ['/portefolje', '/portefolje/programmer', '/portefolje/synergi', '/portefolje/moede', '/admin'],
  ],
];

for (const [area, paths] of AREAS) {
  test(`on a phone no page is wider than the screen: ${area}`, async ({
    page,
    signInAs,
    expectAccessible,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(PHONE);
    await signInAs('admin@norddal.dk');
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
      // The page itself, not the error boundary's "something went wrong" in its place.
      await expect(page.getByRole('heading', { level: 1, name: 'Noget gik galt' })).toHaveCount(0);
      expect(await pageWidth(page), path).toBeLessThanOrEqual(PHONE.width);
      await expectAccessible();
    }
  });
}

test('on a phone a project page is no wider than the screen (gate checklist, tables)', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize(PHONE);
  await signInAs('admin@norddal.dk');
  const { projects } = await gql<{ projects: { items: { id: string; name: string }[] } }>(
    page,
    'query { projects(limit: 3, sort: { field: NAME, direction: ASC }) { items { id name } } }',
  );
  expect(projects.items.length).toBe(3);
  for (const project of projects.items) {
    await page.goto(`/portefolje/projekter/${project.id}`);
    await expect(page.getByRole('heading', { level: 1, name: project.name })).toBeVisible({
      timeout: 30_000,
    });
    expect(await pageWidth(page), project.name).toBeLessThanOrEqual(PHONE.width);
  }
  await expectAccessible();
});
