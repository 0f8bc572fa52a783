import { checkRules } from '../shared/rule-errors';
import { alertRecipientIds, organisationSettingsSchema } from './organisation-settings';

const valid = {
  name: 'Nordby Kommune',
  cvr: '29189846',
  alertHorizonMonths: 12,
  procurementLeadMonths: { EU_TENDER: 12, MINI_TENDER: 4, DIRECT_AWARD: 2, FRAMEWORK_CALL_OFF: 3, OTHER: 6 },
  migrationMonths: 3,
  alertRecipients: ['CONTRACT_OWNER'],
  defaultLocale: 'da',
  systemOwnersEditUnitUsages: false,
};

describe('organisationSettingsSchema', () => {
  it('accepts valid settings, and a missing CVR as null', () => {
    expect(checkRules(organisationSettingsSchema, valid).ok).toBe(true);
    expect(checkRules(organisationSettingsSchema, { ...valid, cvr: null }).ok).toBe(true);
  });

  it('names each broken rule on its field', () => {
    const result = checkRules(organisationSettingsSchema, {
      ...valid,
      name: ' ',
      cvr: '10150818',
      alertHorizonMonths: 0,
      procurementLeadMonths: { ...valid.procurementLeadMonths, EU_TENDER: 37 },
      migrationMonths: 1.5,
      alertRecipients: [],
      defaultLocale: 'de',
    });
    expect(result.errors).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'cvr', message: 'field.cvr' },
      { field: 'alertHorizonMonths', message: 'field.min', params: { min: 1 } },
      { field: 'procurementLeadMonths.EU_TENDER', message: 'field.max', params: { max: 36 } },
      { field: 'migrationMonths', message: 'field.integer' },
      { field: 'alertRecipients', message: 'field.min', params: { min: 1 } },
      { field: 'defaultLocale', message: 'field.invalid' },
    ]);
  });
});

describe('alertRecipientIds', () => {
  const holders = {
    contractOwnerId: 'owner',
    contractManagerId: 'manager',
    systemOwnerIds: ['sys-1', null, 'owner'],
    contractManagerRoleIds: ['cm-1', 'manager'],
  };

  it('takes every chosen group, each person once', () => {
    expect(
      alertRecipientIds(
        ['CONTRACT_OWNER', 'CONTRACT_MANAGER', 'SYSTEM_OWNERS', 'ALL_CONTRACT_MANAGERS'],
        holders,
      ),
    ).toEqual(['owner', 'manager', 'sys-1', 'cm-1']);
  });

  it('leaves out the groups not chosen and people not set', () => {
    expect(alertRecipientIds(['SYSTEM_OWNERS'], holders)).toEqual(['sys-1', 'owner']);
    expect(alertRecipientIds(['CONTRACT_MANAGER'], { ...holders, contractManagerId: null })).toEqual([]);
  });
});
