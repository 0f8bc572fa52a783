import { fireEvent, screen } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { SettingsFormFragment, UpdateOrganisationSettingsDocument } from '../graphql/settings.documents';
import { SettingsForm } from './SettingsForm';

const lead = [
  { purchaseForm: 'EU_TENDER' as const, months: 12 },
  { purchaseForm: 'MINI_TENDER' as const, months: 4 },
  { purchaseForm: 'DIRECT_AWARD' as const, months: 2 },
  { purchaseForm: 'FRAMEWORK_CALL_OFF' as const, months: 3 },
  { purchaseForm: 'OTHER' as const, months: 6 },
];
const stored = {
  id: '11111111-1111-4111-8111-111111111111',
  version: 4,
  name: 'Nordby Kommune',
  cvr: null,
  alertHorizonMonths: 12,
  migrationMonths: 0,
  alertRecipients: ['CONTRACT_OWNER' as const, 'CONTRACT_MANAGER' as const],
  defaultLocale: 'da',
  systemOwnersEditUnitUsages: false,
  procurementLeadMonths: lead,
};
const settings = makeFragmentData(stored, SettingsFormFragment);

describe('SettingsForm', () => {
  it('names a bad CVR and an out-of-range lead time at their fields and sends nothing', async () => {
    // No mock for the mutation: sending it would fail the test with an unmatched request.
    renderWithProviders(<SettingsForm settings={settings} />, { mocks: [viewerMock(aViewer())] });

    fireEvent.change(screen.getByRole('textbox', { name: /^CVR-nummer/ }), { target: { value: '12345678' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'EU-udbud' }), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem indstillinger' }));

    expect(await screen.findByText('Skal være et gyldigt CVR-nummer på 8 cifre.')).toBeTruthy();
    expect(screen.getByText('Må højst være 36.')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('saves valid settings, the unit setting included, with the loaded version', async () => {
    const saved = {
      ...stored,
      version: 5,
      cvr: '29189846',
      alertRecipients: ['CONTRACT_OWNER' as const],
      systemOwnersEditUnitUsages: true,
    };
    renderWithProviders(<SettingsForm settings={settings} />, {
      mocks: [
        viewerMock(aViewer()),
        {
          request: {
            query: UpdateOrganisationSettingsDocument,
            variables: {
              version: 4,
              input: {
                name: 'Nordby Kommune',
                cvr: '29189846',
                alertHorizonMonths: 12,
                migrationMonths: 0,
                alertRecipients: ['CONTRACT_OWNER'],
                defaultLocale: 'da',
                systemOwnersEditUnitUsages: true,
                procurementLeadMonths: lead.map(({ purchaseForm, months }) => ({ purchaseForm, months })),
              },
            },
          },
          result: {
            data: { updateOrganisationSettings: { __typename: 'OrganisationSettings', ...saved } },
          },
        },
      ],
    });

    fireEvent.change(screen.getByRole('textbox', { name: /^CVR-nummer/ }), { target: { value: '29189846' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kontraktens ansvarlige' }));
    fireEvent.click(screen.getByRole('switch', { name: /Systemejere må redigere deres enheds systemer/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Gem indstillinger' }));

    expect((await screen.findByRole('status')).textContent).toContain('Indstillingerne er gemt');
  });
});
