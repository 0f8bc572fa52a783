import type { Page } from '@playwright/test';
import { answered, chooseOption, expect, test } from './fixtures';
import { anEmptyInstallation, startMailCatcher } from './fresh-installation';

// The whole way from an empty installation: two server starts and many pages on a shared machine.
test.describe.configure({ timeout: 300_000 });

const ADMIN = 'it-chef@vestby.dk';
const COLLEAGUE = 'kim.kollega@vestby.dk';

async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel(/e-mail/i).fill(email);
  // The password field has a show/hide button labelled alike; the textbox is the field.
  await page.getByRole('textbox', { name: /^adgangskode$/i }).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
}

/** Opens a one-time link, chooses a name and password there, and lands on sign-in. */
async function acceptLink(page: Page, link: string, name: string, password: string) {
  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Velkommen til Overblik', exact: true }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: /^Dit navn/ }).fill(name);
  await page.getByLabel(/^Ny adgangskode/).fill(password);
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();
  await expect(page.getByRole('status')).toHaveText('Din adgangskode er gemt. Log ind for at fortsætte.');
}

test('a municipality goes live from an empty installation: init, settings, a colleague, its own data, search, a leaver', async ({
  page,
  browser,
  expectAccessible,
}) => {
  const mail = await startMailCatcher();
  const installation = await anEmptyInstallation(mail.url);
  try {
    const base = installation.baseUrl;

    // The IT chief sets up the installation on the command line.
    const init = await installation.command([
      'init',
      '--organisation',
      'Vestby Kommune',
      '--cvr',
      '12345674',
      '--type',
      'kommune',
      '--admin-email',
      ADMIN,
    ]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const link = init.stdout.match(new RegExp(`${base}/invitation/\\S+`))?.[0];
    expect(link).toBeTruthy();
    // A second init on an installation with organisations is refused.
    const again = await installation.command([
      'init',
      '--organisation',
      'Østby Kommune',
      '--cvr',
      '12345674',
      '--type',
      'kommune',
      '--admin-email',
      'x@ostby.dk',
    ]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already|allerede/i);

    // The server starts in production mode on the empty installation: no demo data.
    await installation.start();
    await acceptLink(page, link!, 'Ida Jensen', 'vestby-it-chef-2027');
    await signIn(page, base, ADMIN, 'vestby-it-chef-2027');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The link worked once.
    await page.goto(link!);
    await expect(page.getByRole('alert')).toContainText('Linket er allerede brugt.');

    // Organisation settings: an out-of-range value is refused at its field, a valid one saved.
    await page.goto(`${base}/admin?tab=settings`);
    const settings = page.getByRole('form', { name: 'Organisationens indstillinger' });
    const horizon = settings.getByRole('textbox', { name: /^Genudbudshorisont/ });
    await horizon.fill('500');
    await settings.getByRole('button', { name: 'Gem indstillinger' }).click();
    await expect(horizon).toHaveAttribute('aria-invalid', 'true');
    await horizon.fill('18');
    const saved = answered(page, 'UpdateOrganisationSettings');
    await settings.getByRole('button', { name: 'Gem indstillinger' }).click();
    await saved;
    await expect(page.getByRole('status').filter({ hasText: 'Indstillingerne er gemt' })).toBeVisible();
    await expectAccessible();

    // As installation administrator the IT chief sees the installation's organisations and adds one.
    await page.getByRole('tab', { name: 'Organisationer' }).click();
    const organisations = page.getByRole('region', { name: 'Organisationer i installationen' });
    await expect(organisations.getByRole('row', { name: /Vestby Kommune/ })).toContainText('12345674');
    const newOrganisation = page.getByRole('form', { name: 'Opret organisation' });
    await newOrganisation.getByRole('textbox', { name: /^Navn/ }).fill('Østby Kommune');
    await newOrganisation.getByRole('textbox', { name: /^CVR-nummer/ }).fill('29189420');
    await newOrganisation.getByRole('textbox', { name: /^Første administrators e-mail/ }).fill('it@ostby.dk');
    const organisationCreated = answered(page, 'InstallationOrganisations');
    await newOrganisation.getByRole('button', { name: 'Opret organisation' }).click();
    await organisationCreated;
    await expect(organisations.getByRole('row', { name: /Østby Kommune/ })).toContainText('29189420');
    await expectAccessible();

    // A colleague is invited by e-mail through the installation's SMTP server.
    await page.getByRole('tab', { name: 'Medlemmer' }).click();
    const invite = page.getByRole('form', { name: 'Invitér en kollega' });
    await invite.getByRole('textbox', { name: /^E-mail/ }).fill(COLLEAGUE);
    await invite.getByRole('textbox', { name: /^Navn/ }).fill('Kim Kollega');
    await invite.getByRole('combobox', { name: /^Roller/ }).click();
    await page.getByRole('option', { name: 'Systemejer' }).click();
    await page.keyboard.press('Escape');
    const invited = answered(page, 'InviteMember');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await invited;
    await expect(
      page.getByRole('status').filter({ hasText: 'Invitationen er sendt på e-mail' }),
    ).toBeVisible();
    await expect.poll(() => mail.linkTo(COLLEAGUE, base)).toMatch(/\/invitation\//);

    const colleagueContext = await browser.newContext();
    const colleague = await colleagueContext.newPage();
    await acceptLink(colleague, mail.linkTo(COLLEAGUE, base)!, 'Kim Kollega', 'kims-kodeord-til-vestby');
    await signIn(colleague, base, COLLEAGUE, 'kims-kodeord-til-vestby');

    // The administrator registers the organisation's first supplier in an empty register.
    await page.goto(`${base}/leverandoerer`);
    await expect(page.getByText('Ingen leverandører endnu.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Opret leverandør' }).click();
    const supplier = page.getByRole('dialog', { name: 'Opret leverandør' });
    await supplier.getByRole('textbox', { name: 'Navn' }).fill('Vestby Drift ApS');
    await supplier.getByRole('textbox', { name: 'CVR-nummer' }).fill('29189846');
    const supplierCreated = answered(page, 'CreateSupplier');
    await supplier.getByRole('button', { name: 'Gem' }).click();
    await supplierCreated;
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vestby Drift ApS', exact: true }),
    ).toBeVisible();

    // Then its own system and a contract with that supplier.
    await page.goto(`${base}/systemer`);
    await page.getByRole('button', { name: 'Nyt system' }).click();
    const system = page.getByRole('form', { name: 'Nyt system' });
    await system.getByText('Opret nyt katalogsystem').click();
    await system.getByLabel('Systemets navn').fill('Vestby Borgerservice');
    await system.getByRole('button', { name: 'Opret system' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vestby Borgerservice', exact: true }),
    ).toBeVisible();

    await page.goto(`${base}/kontrakter`);
    await page.getByRole('button', { name: 'Ny kontrakt' }).click();
    const contract = page.getByRole('dialog', { name: 'Ny kontrakt' });
    await contract.getByRole('textbox', { name: 'Kontrakt', exact: true }).fill('Vestby driftsaftale');
    await contract.getByRole('textbox', { name: 'Startdato', exact: true }).fill('2026-01-01');
    await chooseOption(
      page,
      contract.getByRole('combobox', { name: 'Leverandør' }),
      'Vestby',
      'Vestby Drift ApS',
    );
    const created = answered(page, 'CreateContract');
    await contract.getByRole('button', { name: 'Opret kontrakt' }).click();
    await created;
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vestby driftsaftale', exact: true }),
    ).toBeVisible();

    // Search finds them, a typo included.
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: 'Søg i organisationen' });
    await expect(box).toBeFocused();
    const searched = answered(page, 'GlobalSearch');
    await box.fill('borgerservise');
    await searched;
    await expect(
      page.getByRole('group', { name: 'Systemer' }).getByRole('button', { name: /Vestby Borgerservice/ }),
    ).toBeVisible();
    const again2 = answered(page, 'GlobalSearch');
    await box.fill('driftsaftale');
    await again2;
    await expect(
      page.getByRole('group', { name: 'Kontrakter' }).getByRole('button', { name: /Vestby driftsaftale/ }),
    ).toBeVisible();
    const again3 = answered(page, 'GlobalSearch');
    await box.fill('vestby drift');
    await again3;
    await page
      .getByRole('group', { name: 'Leverandører' })
      .getByRole('button', { name: /Vestby Drift ApS/ })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vestby Drift ApS', exact: true }),
    ).toBeVisible();
    // The contract page and the supplier page point at each other.
    await expect(
      page
        .getByRole('region', { name: 'Jeres kontrakter' })
        .getByRole('link', { name: 'Vestby driftsaftale' }),
    ).toBeVisible();

    // The colleague leaves: deactivated, their open session is refused at once.
    await page.goto(`${base}/admin`);
    const members = page.getByRole('table', { name: /^Medlemmer af/ });
    await expect(members.getByRole('row', { name: /Kim Kollega/ })).toContainText('Aktiv');
    await members.getByRole('button', { name: 'Deaktivér Kim Kollega' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deaktivér Kim Kollega' });
    const deactivated = answered(page, 'DeactivateMember');
    await dialog.getByRole('button', { name: 'Deaktivér' }).click();
    await deactivated;
    await expect(members.getByRole('row', { name: /Kim Kollega/ })).toContainText('Deaktiveret');
    await colleague.reload();
    await expect(colleague.getByRole('heading', { level: 1, name: 'Log ind', exact: true })).toBeVisible();
    await colleagueContext.close();
  } finally {
    await installation.stop();
    await mail.close();
  }
});
