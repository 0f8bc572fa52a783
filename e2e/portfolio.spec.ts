import type { Page } from '@playwright/test';
import { answered, chooseOption, expect, gql, test } from './fixtures';

async function openBoard(page: Page) {
  await page.goto('/portefolje');
  const loaded = answered(page, 'PortfolioBoard');
  await page.getByRole('tab', { name: 'Prioritering' }).click();
  await loaded;
  await expect(page.getByTestId('board-row').first()).toBeVisible();
}

const rowNames = (page: Page) => page.getByTestId('board-row').locator('a').allInnerTexts();
const belowLine = (page: Page) =>
  page.locator('[data-testid="capacity-line"] + [data-testid="board-row"] a').innerText();

test('a proposal goes from project lead through the council to the board', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const name = `Digital borgerpost ${Date.now()}`;
  await signInAs('projektleder@norddal.dk');
  await page.goto('/portefolje');
  await page.getByRole('tab', { name: 'Ny indstilling' }).click();
  await page.getByLabel('Projektets navn').fill(name);
  await page.getByLabel('Problem').fill('Borgerne får breve på papir.');
  await page.getByLabel('Sådan skal det være (to-be)').fill('Alle breve sendes med Digital Post.');
  await page.getByLabel('Engangsomkostning').fill('250000');
  await expectAccessible();
  const submitted = answered(page, 'SubmitProposal');
  await page.getByRole('button', { name: 'Send indstilling' }).click();
  await submitted;
  await expect(page.getByText('Indstillingen er sendt til digitaliseringsrådet.')).toBeVisible();

  await signInAs('raad@norddal.dk');
  await page.goto('/portefolje/moede');
  const council = page.getByRole('region', { name: /Til digitaliseringsrådet/ });
  const item = council.getByRole('article', { name: new RegExp(name) });
  await expect(item).toBeVisible();
  await expectAccessible();
  const prequalified = answered(page, 'PrequalifyProposal');
  await item.getByRole('button', { name: 'Prækvalificér' }).click();
  await prequalified;
  await expect(
    page
      .getByRole('region', { name: /Til porteføljestyregruppen/ })
      .getByRole('article', { name: new RegExp(name) }),
  ).toBeVisible();

  await signInAs('direktion@norddal.dk');
  await page.goto('/portefolje/moede');
  const boardItem = page
    .getByRole('region', { name: /Til porteføljestyregruppen/ })
    .getByRole('article', { name: new RegExp(name) });
  await expect(boardItem).toContainText('Prækvalificeret af');
  await expectAccessible();
  const approved = answered(page, 'ApproveProposal');
  await boardItem.getByRole('button', { name: 'Godkend' }).click();
  await approved;
  await expect(boardItem).toHaveCount(0);

  await page.goto('/portefolje');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const decisions = page.getByRole('table', { name: 'Beslutninger om indstillingen' });
  await expect(decisions).toContainText('Prækvalificeret');
  await expect(decisions).toContainText('Godkendt');
  await expect(page.getByText('Der mangler artefakter, før projektet kan passere')).toBeVisible();
  await expectAccessible();

  // The board appoints the approved project's lead.
  await page.getByRole('button', { name: 'Udpeg projektleder' }).click();
  await chooseOption(page, page.getByRole('combobox', { name: 'Projektleder' }), 'Line', 'Line Pedersen');
  const appointed = answered(page, 'AppointProjectLead');
  await page.getByRole('button', { name: 'Udpeg', exact: true }).click();
  await appointed;
  await expect(page.getByRole('combobox', { name: 'Projektleder' })).toHaveCount(0);
  // The facts show the appointed lead.
  const leadFact = page.getByText('Projektleder', { exact: true }).locator('xpath=..');
  await expect(leadFact).toContainText('Line Pedersen');
});

test('in English: the board appoints the lead of an approved proposal', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const name = `Digital citizen post ${Date.now()}`;
  // The proposal's path up to the board's approval is set up through the API; the Danish journey
  // above clicks it through.
  await signInAs('projektleder@norddal.dk');
  const submitted = await gql<{ submitProposal: { id: string; version: number; projectId: string } }>(
    page,
    `mutation($input: ProposalSubmitInput!) { submitProposal(input: $input) { id version projectId } }`,
    { input: { name, problem: 'Citizens get letters on paper.' } },
  );
  const { id: proposalId, projectId } = submitted.submitProposal;
  const decide = async (who: string, mutation: string, version: number) => {
    await signInAs(who);
    const done = await gql<Record<string, { version: number }>>(
      page,
      `mutation($input: ProposalDecisionInput!) { ${mutation}(input: $input) { version } }`,
      { input: { proposalId, version } },
    );
    return done[mutation].version;
  };
  const prequalified = await decide(
    'raad@norddal.dk',
    'prequalifyProposal',
    submitted.submitProposal.version,
  );
  await decide('direktion@norddal.dk', 'approveProposal', prequalified);

  await gql(page, 'mutation { setLocale(locale: "en") { id } }');
  await page.goto(`/portefolje/projekter/${projectId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Decisions on the proposal' })).toContainText('Approved');
  await page.getByRole('button', { name: 'Appoint project lead' }).click();
  await chooseOption(page, page.getByRole('combobox', { name: 'Project lead' }), 'Line', 'Line Pedersen');
  await expectAccessible();
  const appointed = answered(page, 'AppointProjectLead');
  await page.getByRole('button', { name: 'Appoint', exact: true }).click();
  await appointed;
  await expect(page.getByRole('combobox', { name: 'Project lead' })).toHaveCount(0);
  const leadFact = page.getByText('Project lead', { exact: true }).locator('xpath=..');
  await expect(leadFact).toContainText('Line Pedersen');
  await expectAccessible();
});

test('the board reorders by mouse and by keyboard, and the capacity line moves', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  // Tall enough that the whole board fits on screen, so the mouse can reach from row to row.
  await page.setViewportSize({ width: 1280, height: 2600 });
  await signInAs('direktion@norddal.dk');
  await openBoard(page);
  await expectAccessible();
  const lineBefore = await belowLine(page);

  // Mouse: drag the first project below the line to the top.
  const handle = page.getByRole('button', { name: `Træk ${lineBefore}` });
  const target = page.getByTestId('board-row').first();
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  const saved = answered(page, 'ReorderProject');
  const refreshed = answered(page, 'PortfolioBoard');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, to.y + 2, { steps: 20 });
  await page.mouse.up();
  await saved;
  await refreshed;
  await expect.poll(async () => (await rowNames(page))[0]).toBe(lineBefore);
  await expect.poll(() => belowLine(page)).not.toBe(lineBefore);

  // Keyboard only: the second project moves one place down (space, arrow down, space).
  const before = await rowNames(page);
  const second = page.getByRole('button', { name: `Træk ${before[1]}` });
  // Each key waits for dnd-kit's screen-reader announcement, as a keyboard user hears it.
  const live = page.locator('[id^="DndLiveRegion"]');
  await second.focus();
  await expect(second).toBeFocused();
  const keyed = answered(page, 'ReorderProject');
  await page.keyboard.press('Space');
  await expect(live).toContainText(before[1]);
  const picked = (await live.textContent()) ?? '';
  await page.keyboard.press('ArrowDown');
  await expect(live).not.toHaveText(picked);
  await page.keyboard.press('Space');
  await keyed;
  await expect
    .poll(async () => (await rowNames(page)).slice(0, 3))
    .toEqual([before[0], before[2], before[1]]);

  // The visible buttons do the same.
  const moved = answered(page, 'ReorderProject');
  await page.getByRole('button', { name: `Flyt op: ${before[1]}` }).click();
  await moved;
  await expect.poll(async () => (await rowNames(page)).slice(0, 3)).toEqual(before.slice(0, 3));
  await expectAccessible();
});

test('a scenario is saved and reordered without touching the live ranking', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('direktion@norddal.dk');
  await openBoard(page);
  const live = await rowNames(page);

  await page.getByLabel('Navn på nyt scenarie').fill('Hvad nu hvis');
  const created = answered(page, 'CreateScenario');
  const scenarioBoard = answered(page, 'PortfolioBoard');
  await page.getByRole('button', { name: 'Gem som scenarie' }).click();
  await created;
  await scenarioBoard;
  await expect(page.getByLabel('Vis rangering')).not.toHaveValue('');

  const moved = answered(page, 'ReorderInScenario');
  await page.getByRole('button', { name: `Flyt ned: ${live[0]}` }).click();
  await moved;
  await expect.poll(async () => (await rowNames(page)).slice(0, 2)).toEqual([live[1], live[0]]);
  await expectAccessible();

  // A fresh load shows the server's live ranking, not a cached one: unchanged.
  await openBoard(page);
  await expect(page.getByLabel('Vis rangering')).toHaveValue('');
  await expect.poll(() => rowNames(page)).toEqual(live);
});

/** Each row's staffing sentence and whether the capacity line is drawn above it. */
const rowStories = (page: Page) =>
  page.getByRole('list', { name: /Prioriteret rækkefølge|Ranked order/ }).evaluate((list) => {
    let below = false;
    return Array.from(list.querySelectorAll('li')).map((li) => {
      if (li.querySelector('[data-testid="capacity-line"]')) below = true;
      return {
        below,
        staffing: li.querySelector('[data-testid="board-staffing"]')?.textContent ?? '',
        flags: li.querySelectorAll('[data-testid="board-flag"]').length,
      };
    });
  });

test('the board tells one story: rows agree with the capacity line, one flag each, details on demand, moves on a phone', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 1440, height: 1800 });
  await signInAs('direktion@norddal.dk');
  await openBoard(page);
  const stories = await rowStories(page);
  expect(
    stories.some((s) => s.below),
    'the demo board has a capacity line',
  ).toBe(true);
  for (const story of stories) {
    expect(story.flags).toBeLessThanOrEqual(1);
    if (story.below) expect(story.staffing).toMatch(/^Under kapacitetsgrænsen/);
    else expect(story.staffing).toBe('Kan bemandes');
  }

  // Details on demand: every flag, the score and the staffing behind one button.
  const first = (await rowNames(page))[0];
  await page.getByRole('button', { name: `Detaljer om ${first}` }).click();
  const details = page.getByRole('dialog', { name: `Detaljer om ${first}` });
  await expect(details).toContainText('efter score');
  await expectAccessible();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();

  // A phone: the move buttons are on screen and the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  const down = page.getByRole('button', { name: `Flyt ned: ${first}` });
  await down.scrollIntoViewIfNeeded();
  const box = (await down.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible();
  const moved = answered(page, 'ReorderProject');
  await down.click();
  await moved;
  await expect.poll(async () => (await rowNames(page))[1]).toBe(first);

  // The same story in English.
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('list', { name: 'Ranked order' })).toBeVisible();
  for (const story of await rowStories(page)) {
    if (story.below) expect(story.staffing).toMatch(/^Below the capacity line/);
    else expect(story.staffing).toBe('Can be staffed');
  }
  await expectAccessible();
});
