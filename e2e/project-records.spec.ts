import type { Page } from '@playwright/test';
import { answered, chooseOption, expect, test } from './fixtures';

/** A fresh proposal by the project lead: a project in the proposal phase, its gate artefacts missing. */
async function submitProposal(page: Page, name: string) {
  await page.goto('/portefolje');
  await page.getByRole('tab', { name: 'Ny indstilling' }).click();
  await page.getByLabel('Projektets navn').fill(name);
  await page.getByLabel('Problem').fill('Sagsbehandlerne taster de samme oplysninger to gange.');
  await page.getByLabel('Engangsomkostning').fill('250000');
  const submitted = answered(page, 'SubmitProposal');
  await page.getByRole('button', { name: 'Send indstilling' }).click();
  await submitted;
  await expect(page.getByText('Indstillingen er sendt til digitaliseringsrådet.')).toBeVisible();
}

async function openProject(page: Page, name: string) {
  await page.goto('/portefolje');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('the project lead files a status report, keeps the business case and provides artefacts; the coordinator passes the gate', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  test.slow(); // four artefacts, a report, a business case and two users: a long journey
  const name = `Fælles sagsoverblik ${Date.now()}`;
  await signInAs('projektleder@norddal.dk');
  await submitProposal(page, name);
  await openProject(page, name);

  // Status report: RAG per dimension as labelled radio buttons with text.
  const reports = page.getByRole('region', { name: 'Statusrapporter' });
  await expect(reports.getByText('Der er endnu ingen statusrapporter.')).toBeVisible();
  await expectAccessible();
  await reports.getByRole('button', { name: 'Indsend statusrapport' }).click();
  // The shared rules: four ratings, the progress and the amount spent are still missing.
  await expect(reports.getByText('Skal udfyldes.')).toHaveCount(6);
  await reports.getByRole('radiogroup', { name: 'Tid' }).getByRole('radio', { name: 'Grøn' }).check();
  await reports.getByRole('radiogroup', { name: 'Økonomi' }).getByRole('radio', { name: 'Gul' }).check();
  await reports.getByRole('radiogroup', { name: 'Kvalitet' }).getByRole('radio', { name: 'Grøn' }).check();
  await reports.getByRole('radiogroup', { name: 'Omfang' }).getByRole('radio', { name: 'Rød' }).check();
  await reports.getByRole('textbox', { name: 'Færdiggørelse', exact: true }).fill('35');
  await reports.getByRole('textbox', { name: 'Forbrug', exact: true }).fill('80000');
  await reports.getByRole('textbox', { name: 'Budget', exact: true }).fill('250000');
  await reports
    .getByRole('textbox', { name: 'Risici', exact: true })
    .fill('Fagsystemleverandøren har ikke et testmiljø klar.');
  await reports.getByRole('textbox', { name: 'Næste skridt', exact: true }).fill('Aftale om testmiljø.');
  const filed = answered(page, 'FileStatusReport');
  await reports.getByRole('button', { name: 'Indsend statusrapport' }).click();
  await filed;
  await expect(reports.getByRole('status')).toHaveText('Statusrapporten er indsendt.');
  const history = reports.getByRole('table', { name: /Tidligere statusrapporter/ });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('Rød');
  await expect(history).toContainText('35 %');
  await expect(history).toContainText('Fagsystemleverandøren har ikke et testmiljø klar.');
  await expect(page.getByRole('region', { name: 'Seneste fremdriftsrapport' })).toContainText('Rød');

  // Business case: add a yearly benefit and see the totals.
  const businessCase = page.getByRole('region', { name: 'Business case' });
  await expect(businessCase.getByTestId('business-case-totalCost')).toHaveText(/250\.000/);
  await businessCase.getByRole('button', { name: 'Redigér business case' }).click();
  await businessCase.getByRole('button', { name: 'Tilføj linje' }).click();
  await businessCase.getByLabel('Beskrivelse, linje 2').fill('Sparet dobbeltindtastning');
  await businessCase.getByLabel('År, linje 2').fill('2028');
  await businessCase.getByLabel('Beløb, linje 2').fill('100000');
  await expect(businessCase.getByTestId('business-case-totalBenefit')).toHaveText(/100\.000/);
  await expectAccessible();
  const saved = answered(page, 'SaveBusinessCase');
  await businessCase.getByRole('button', { name: 'Gem business case' }).click();
  await saved;
  await expect(businessCase.getByRole('status')).toHaveText('Business casen er gemt.');
  await expect(businessCase.getByRole('table')).toContainText('Sparet dobbeltindtastning');
  await expect(businessCase.getByTestId('business-case-totalBenefit')).toHaveText(/100\.000/);
  await expect(businessCase.getByTestId('business-case-net')).toHaveText(/150\.000/);

  // Artefacts: the gate lists what is missing; the lead provides each one.
  const gate = page.getByRole('region', { name: 'Næste beslutningspunkt' });
  await expect(gate).toContainText('Der mangler artefakter');
  const artefacts = page.getByRole('region', { name: 'Artefakter' });
  for (const kind of ['Business case', 'Gevinstdiagram', 'Risikovurdering', 'Ressourceplan']) {
    await artefacts.getByRole('button', { name: `Tilføj ${kind}` }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Titel')).toHaveValue(kind);
    await dialog.getByLabel('Indhold').fill(`## ${kind}\n\n- Udarbejdet af projektlederen`);
    if (kind === 'Business case') await expectAccessible();
    const provided = answered(page, 'SaveProjectArtefact');
    await dialog.getByRole('button', { name: 'Gem artefakt' }).click();
    await provided;
    await expect(dialog).toHaveCount(0);
    await expect(artefacts.getByRole('status')).toHaveText(`${kind} er gemt.`);
  }
  await expect(gate).toContainText('Alle krævede artefakter er på plads.');
  // Revising an artefact keeps its kind and bumps its version.
  await artefacts.getByRole('button', { name: 'Redigér Risikovurdering' }).click();
  await page.getByRole('dialog').getByLabel('Titel').fill('Risikovurdering, revideret');
  await page.getByRole('dialog').getByRole('button', { name: 'Gem artefakt' }).click();
  await expect(artefacts.getByRole('table')).toContainText('Risikovurdering, revideret');
  await expect(artefacts.getByRole('table')).toContainText('Version 2');
  await expectAccessible();

  // The portfolio overview shows the new latest status instead of a missing report.
  await page.getByRole('link', { name: 'Tilbage til porteføljen' }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Rød');
  await expect(row).not.toContainText('Mangler rapport');

  // The coordinator passes the gate now that nothing is missing.
  await signInAs('koordinator@norddal.dk');
  await openProject(page, name);
  const passed = answered(page, 'PassGate');
  await page.getByRole('button', { name: 'Gå videre til Gennemførelse' }).click();
  await passed;
  await expect(
    page.getByRole('region', { name: 'Næste beslutningspunkt' }).getByText('Næste fase: Implementering'),
  ).toBeVisible();
});

test('a reader sees the project records but cannot change them', async ({ page, signInAs }) => {
  await signInAs('laeser@norddal.dk');
  await page.goto('/portefolje');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('region', { name: 'Statusrapporter' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Indsend statusrapport' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Redigér business case' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Tilføj artefakt' })).toHaveCount(0);
});

test('the coordinator adds a person and an allocation and the heat map changes', async ({
  page,
  signInAs,
  openArea,
  expectAccessible,
}) => {
  test.slow();
  const stamp = Date.now();
  const competency = `Testledelse ${stamp}`;
  const person = `Testperson ${stamp}`;
  await signInAs('koordinator@norddal.dk');
  await openArea('Ressourcer');
  const heatmap = page.getByRole('table', { name: /pr\. kompetence og kvartal/ });
  await expect(heatmap).toBeVisible();
  await expectAccessible();

  const competencies = page.getByRole('region', { name: 'Kompetencer' });
  await competencies.getByRole('button', { name: 'Tilføj kompetence' }).click();
  await expect(competencies.getByText('Skal udfyldes.')).toBeVisible();
  await competencies.getByLabel('Ny kompetence').fill(competency);
  await competencies.getByRole('button', { name: 'Tilføj kompetence' }).click();
  await expect(competencies.getByRole('status')).toHaveText(`Kompetencen ${competency} er oprettet.`);

  const people = page.getByRole('region', { name: 'Personer' });
  await people.getByRole('button', { name: 'Tilføj person' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Navn', exact: true }).fill(person);
  await dialog.getByLabel('Kapacitet (timer pr. uge)').fill('30');
  await dialog.getByRole('combobox', { name: 'Kompetencer' }).click();
  await page.getByRole('option', { name: competency }).click();
  await page.keyboard.press('Escape');
  await expectAccessible();
  const personSaved = answered(page, 'CreatePerson');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await personSaved;
  await expect(people.getByRole('status')).toHaveText(`${person} er gemt.`);
  await expect(people.getByRole('row', { name: new RegExp(person) })).toContainText('30 t/uge');

  // The new competency's row: 30 hours available, none booked yet.
  const competencyRow = heatmap.getByRole('row', { name: new RegExp(competency) });
  await expect(competencyRow).toContainText('0 af 30 t/uge');
  await expect(competencyRow).toContainText('Ledig kapacitet');

  const allocations = page.getByRole('region', { name: 'Allokeringer' });
  await allocations.getByRole('button', { name: 'Tilføj allokering' }).click();
  dialog = page.getByRole('dialog');
  await chooseOption(page, dialog.getByRole('combobox', { name: 'Person' }), person, person);
  await dialog.getByRole('combobox', { name: 'Projekt' }).click();
  await page.getByRole('option').first().click();
  await dialog.getByRole('combobox', { name: 'Kompetence', exact: true }).click();
  await page.getByRole('option', { name: competency }).click();
  await dialog.getByLabel('Timer pr. uge').fill('36');
  const allocated = answered(page, 'CreateAllocation');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await allocated;
  await expect(allocations.getByRole('status')).toHaveText('Allokeringen er gemt.');
  await expect(allocations.getByRole('row', { name: new RegExp(person) })).toContainText('36 t/uge');

  // 36 of 30 hours: over-allocated, said in words as well as colour.
  await expect(competencyRow).toContainText('36 af 30 t/uge');
  await expect(competencyRow).toContainText('Overbooket');
  await expectAccessible();

  // Editing the allocation down brings it back within capacity.
  await allocations.getByRole('button', { name: new RegExp(`Redigér ${person}`) }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Timer pr. uge').fill('24');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(competencyRow).toContainText('24 af 30 t/uge');
  await expect(competencyRow).toContainText('Passende');

  // Deleting the person removes the booking from the map.
  await people.getByRole('button', { name: `Slet ${person}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Slet' }).click();
  await expect(people.getByRole('status')).toHaveText(`${person} er slettet.`);
  await expect(heatmap.getByRole('row', { name: new RegExp(competency) })).toHaveCount(0);
});
