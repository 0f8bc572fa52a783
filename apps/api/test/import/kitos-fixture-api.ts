import type { KitosApiServer } from '../support/kitos-api-server';

/** UUIDs of the KITOS test organisation's objects, fixed so tests can name them. */
export const K = {
  unitRoot: '0b0c0000-0000-4000-8000-000000000001',
  unitIt: '0b0c0000-0000-4000-8000-000000000002',
  userAnne: '0b0c0000-0000-4000-8000-000000000010',
  userAdmin: '0b0c0000-0000-4000-8000-000000000011',
  systemSags: '0b0c0000-0000-4000-8000-000000000020',
  systemCpr: '0b0c0000-0000-4000-8000-000000000021',
  usageSags: '0b0c0000-0000-4000-8000-000000000030',
  usageCpr: '0b0c0000-0000-4000-8000-000000000031',
  contract: '0b0c0000-0000-4000-8000-000000000040',
  iface: '0b0c0000-0000-4000-8000-000000000050',
};

/** A usage as KITOS's ItSystemUsageResponseDTO has it. */
export const usageDto = (
  uuid: string,
  system: { uuid: string; name: string },
  general: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
) => ({
  uuid,
  systemContext: system,
  organizationContext: { uuid: 'org', name: 'Testkommune', cvr: '12345678' },
  general: {
    localSystemId: null,
    localCallName: null,
    notes: null,
    systemVersion: null,
    mainContract: null,
    validity: {
      valid: true,
      lifeCycleStatus: 'Operational',
      validFrom: '2020-01-01T00:00:00Z',
      validTo: null,
    },
    ...general,
  },
  roles: [],
  organizationUsage: { usingOrganizationUnits: [], responsibleOrganizationUnit: null },
  outgoingSystemRelations: [],
  ...extra,
});

/** Fills the KITOS test server with a small organisation: two units, two users, two usages, a contract, an interface. */
export function seedKitos(kitos: KitosApiServer, adminEmail: string) {
  kitos.put('units', {
    uuid: K.unitRoot,
    name: 'Testkommune',
    ean: 5790001234567,
    parentOrganizationUnit: null,
  });
  kitos.put('units', {
    uuid: K.unitIt,
    name: 'Digitalisering',
    ean: null,
    parentOrganizationUnit: { uuid: K.unitRoot, name: 'Testkommune' },
  });
  kitos.put('users', {
    uuid: K.userAnne,
    firstName: 'Anne',
    lastName: 'Ejer',
    email: 'anne@testkommune.dk',
    phoneNumber: '12345678',
  });
  kitos.put('users', {
    uuid: K.userAdmin,
    firstName: 'Admin',
    lastName: 'Kommune',
    email: adminEmail,
    phoneNumber: null,
  });
  kitos.put(
    'usages',
    usageDto(
      K.usageSags,
      { uuid: K.systemSags, name: 'SagsPortal' },
      { localCallName: 'Sager', mainContract: { uuid: K.contract, name: 'Driftsaftale SagsPortal' } },
      {
        roles: [
          { role: { uuid: 'r1', name: 'Systemejer' }, user: { uuid: K.userAdmin, name: 'Admin Kommune' } },
        ],
        organizationUsage: {
          usingOrganizationUnits: [],
          responsibleOrganizationUnit: { uuid: K.unitIt, name: 'Digitalisering' },
        },
        outgoingSystemRelations: [{ toSystemUsage: { uuid: K.usageCpr, name: 'CPR-opslag' } }],
      },
    ),
  );
  kitos.put('usages', usageDto(K.usageCpr, { uuid: K.systemCpr, name: 'CPR-opslag' }));
  kitos.put('contracts', {
    uuid: K.contract,
    name: 'Driftsaftale SagsPortal',
    general: {
      contractId: 'K-17',
      contractType: { uuid: 't', name: 'Serviceaftale' },
      validity: { valid: true, validFrom: '2024-01-01T00:00:00Z', validTo: '2027-12-31T00:00:00Z' },
    },
    supplier: { organization: { uuid: 's', name: 'Netcompany A/S', cvr: '21043166' } },
    systemUsages: [{ uuid: K.usageSags, name: 'SagsPortal' }],
    agreementPeriod: { durationYears: 4, durationMonths: 0, isContinuous: false, irrevocableUntil: null },
    termination: { terminatedAt: null, terms: { noticePeriodMonths: { uuid: 'n', name: '6' } } },
    payments: { external: [{ acquisition: 250000, operation: 120000, other: 0 }], internal: [] },
    roles: [],
  });
  kitos.put('interfaces', {
    uuid: K.iface,
    name: 'SagsPortal REST',
    interfaceId: 'SP-1',
    version: '2',
    url: 'https://sagsportal.example/api',
    exposedBySystem: { uuid: K.systemSags, name: 'SagsPortal' },
  });
}
