import { answered, expect, gql, test } from './fixtures';

const MEMBERS = '{ members { id version user { id email } } units { id name } }';
const CREATE_ENTRY = 'mutation($i: ItSystemInput!) { createItSystem(input: $i) { id } }';
const CREATE_USAGE = 'mutation($i: SystemUsageCreateInput!) { createSystemUsage(input: $i) { id } }';
const SET_UNIT =
  'mutation($id: ID!, $v: Int!, $u: ID) { setMemberUnit(id: $id, version: $v, unitId: $u) { id } }';

test('a system owner edits only the systems they keep, and their unit’s once the administrator allows it (ADR 0029)', async ({
  page,
  world,
  signInAs,
  expectAccessible,
}) => {
  // Set-up as the administrator: the system owner works in a unit; two new systems, one the system
  // owner owns and one the unit is responsible for (owned by the administrator).
  await signInAs('admin@norddal.dk');
  const { members, units } = await gql<{
    members: { id: string; version: number; user: { id: string; email: string } }[];
    units: { id: string; name: string }[];
  }>(page, MEMBERS);
  const owner = members.find((m) => m.user.email === world.email('systemejer@norddal.dk'))!;
  const admin = members.find((m) => m.user.email === world.email('admin@norddal.dk'))!;
  const unit = units[0];
  await gql(page, SET_UNIT, { id: owner.id, v: owner.version, u: unit.id });
  const usage = async (name: string, keepers: Record<string, string>) => {
    const entry = await gql<{ createItSystem: { id: string } }>(page, CREATE_ENTRY, {
      i: { name, visibility: 'LOCAL' },
    });
    return (
      await gql<{ createSystemUsage: { id: string } }>(page, CREATE_USAGE, {
        i: { systemId: entry.createItSystem.id, ...keepers },
      })
    ).createSystemUsage.id;
  };
  const stamp = Date.now();
  const own = await usage(`Eget system ${stamp}`, { ownerUserId: owner.user.id });
  const unitName = `Enhedens system ${stamp}`;
  const unitUsage = await usage(unitName, { ownerUserId: admin.user.id, responsibleUnitId: unit.id });

  // The system owner edits their own system…
  await signInAs('systemejer@norddal.dk');
  await page.goto(`/systemer/${own}`);
  await expect(page.getByRole('heading', { level: 1, name: `Eget system ${stamp}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redigér', exact: true })).toBeVisible();
  await expect(page.getByText('Du kan ikke redigere dette system')).toHaveCount(0);

  // …but not the unit's, and is told why; in English too.
  await page.goto(`/systemer/${unitUsage}`);
  await expect(page.getByRole('heading', { level: 1, name: unitName })).toBeVisible();
  await expect(page.getByText('Du kan ikke redigere dette system')).toBeVisible();
  await expect(page.getByText(/Kun systemets ejer, systemansvarlige eller en administrator/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redigér', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tilføj reference' })).toHaveCount(0);
  await expectAccessible();
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByText('You cannot edit this system')).toBeVisible();
  await expect(page.getByText(/Only the system owner, its custodian or an administrator/)).toBeVisible();
  await expectAccessible();
  await page.getByRole('radio', { name: 'Dansk' }).check({ force: true });

  // The administrator lets system owners edit their unit's systems.
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=settings');
  const form = page.getByRole('form', { name: 'Organisationens indstillinger' });
  const setting = form.getByRole('switch', { name: /Systemejere må redigere deres enheds systemer/ });
  await expect(setting).not.toBeChecked();
  await setting.check({ force: true });
  const saved = answered(page, 'UpdateOrganisationSettings');
  await form.getByRole('button', { name: 'Gem indstillinger' }).click();
  await saved;
  await expect(page.getByRole('status').filter({ hasText: 'Indstillingerne er gemt' })).toBeVisible();
  await expectAccessible();

  // Now the system owner edits the unit's system.
  await signInAs('systemejer@norddal.dk');
  await page.goto(`/systemer/${unitUsage}`);
  await expect(page.getByRole('heading', { level: 1, name: unitName })).toBeVisible();
  await page.getByRole('button', { name: 'Redigér', exact: true }).click();
  const edit = page.getByRole('form', { name: 'Redigér system' });
  await edit.getByLabel('Lokalt navn').fill(`${unitName} (lokalt)`);
  const updated = answered(page, 'UpdateSystemUsage');
  await edit.getByRole('button', { name: 'Gem' }).click();
  await updated;
  await expect(page.getByRole('heading', { level: 1, name: `${unitName} (lokalt)` })).toBeVisible();
  await expect(page.getByText('Du kan ikke redigere dette system')).toHaveCount(0);
  await expectAccessible();
});
