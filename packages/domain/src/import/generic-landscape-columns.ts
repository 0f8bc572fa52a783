import type {
  ACCESSES,
  DATA_TYPES,
  HOSTINGS,
  INTEGRATION_DIRECTIONS,
  REGISTER_FAMILIES,
} from '../shared/enums';
import type { EnumLabels, GenericColumn } from './generic-columns';

/**
 * The landscape's template kinds (issue 15 §3): the systems the organisation uses, which data
 * sources they read, and the integrations between them. Kept apart from generic-columns.ts so each
 * area's kinds join the registry with one line.
 */
export const LANDSCAPE_KINDS = ['SYSTEMS', 'DATA_SOURCE_EDGES', 'INTEGRATIONS'] as const;
export type LandscapeKind = (typeof LANDSCAPE_KINDS)[number];

/**
 * Each kind's required titles are its signature: "Systemnavn"; "Anvendende system" with
 * "Datakilde"; "Fra system" with "Til system". No KITOS workbook nor other template carries them.
 */
export const LANDSCAPE_SPECS: Record<LandscapeKind, GenericColumn[]> = {
  SYSTEMS: [
    { field: 'systemName', da: 'Systemnavn', en: 'System name', required: true },
    { field: 'localName', da: 'Lokalt navn', en: 'Local name' },
    { field: 'description', da: 'Beskrivelse', en: 'Description' },
    { field: 'supplier', da: 'Leverandør', en: 'Supplier' },
    { field: 'unit', da: 'Ansvarlig enhed', en: 'Responsible unit' },
    { field: 'ownerEmail', da: 'Systemejers e-mail', en: 'System owner e-mail' },
    { field: 'custodianEmail', da: 'Systemansvarligs e-mail', en: 'System custodian e-mail' },
    { field: 'lifecycle', da: 'Livscyklus', en: 'Lifecycle' },
    { field: 'inUseFrom', da: 'I brug fra', en: 'In use from' },
    { field: 'inUseUntil', da: 'I brug til', en: 'In use until' },
    { field: 'hosting', da: 'Driftsform', en: 'Hosting' },
    { field: 'userCount', da: 'Antal brugere', en: 'Number of users' },
  ],
  DATA_SOURCE_EDGES: [
    { field: 'system', da: 'Anvendende system', en: 'Using system', required: true },
    { field: 'dataSource', da: 'Datakilde', en: 'Data source', required: true },
    { field: 'purpose', da: 'Formål', en: 'Purpose' },
    { field: 'access', da: 'Adgang', en: 'Access' },
    { field: 'channel', da: 'Kanal', en: 'Channel' },
    { field: 'volume', da: 'Volumen', en: 'Volume' },
    { field: 'yearlyCost', da: 'Årlig omkostning', en: 'Yearly cost' },
    { field: 'authoritative', da: 'Autoritativ', en: 'Authoritative' },
    { field: 'plannedTarget', da: 'Planlagt skift til', en: 'Planned switch to' },
    { field: 'plannedSwitchDate', da: 'Planlagt skiftedato', en: 'Planned switch date' },
    { field: 'switchingCost', da: 'Skifteomkostning', en: 'Switching cost' },
    { field: 'dataTypes', da: 'Datatyper', en: 'Data types' },
    { field: 'registerFamilies', da: 'Registerfamilier', en: 'Register families' },
  ],
  INTEGRATIONS: [
    { field: 'fromSystem', da: 'Fra system', en: 'From system', required: true },
    { field: 'toSystem', da: 'Til system', en: 'To system', required: true },
    { field: 'interface', da: 'Snitflade', en: 'Interface' },
    { field: 'data', da: 'Data', en: 'Data' },
    { field: 'direction', da: 'Retning', en: 'Direction' },
    { field: 'frequency', da: 'Frekvens', en: 'Frequency' },
    { field: 'dataTypes', da: 'Datatyper', en: 'Data types' },
    { field: 'registerFamilies', da: 'Registerfamilier', en: 'Register families' },
    { field: 'migrationMonths', da: 'Migreringstid (måneder)', en: 'Migration time (months)' },
  ],
};

export const HOSTING_LABELS: EnumLabels<(typeof HOSTINGS)[number]> = {
  ON_PREMISE: { da: 'Egen drift', en: 'On premise' },
  SUPPLIER_HOSTED: { da: 'Leverandørdrift', en: 'Supplier hosted' },
  CLOUD: { da: 'Cloud', en: 'Cloud' },
  SAAS: { da: 'SaaS', en: 'SaaS' },
  UNKNOWN: { da: 'Ukendt', en: 'Unknown' },
};

export const ACCESS_LABELS: EnumLabels<(typeof ACCESSES)[number]> = {
  READ: { da: 'Læser', en: 'Reads' },
  WRITE: { da: 'Skriver', en: 'Writes' },
  READ_WRITE: { da: 'Læser og skriver', en: 'Reads and writes' },
};

export const INTEGRATION_DIRECTION_LABELS: EnumLabels<(typeof INTEGRATION_DIRECTIONS)[number]> = {
  ONE_WAY: { da: 'Envejs', en: 'One way' },
  BIDIRECTIONAL: { da: 'Begge veje', en: 'Both ways' },
};

/** In the enumeration's order, so a list reads back as stored (ADR 0012's list order). */
export const DATA_TYPE_LABELS: EnumLabels<(typeof DATA_TYPES)[number]> = {
  PERSON: { da: 'Person', en: 'Person' },
  COMPANY: { da: 'Virksomhed', en: 'Company' },
  CASE: { da: 'Sag', en: 'Case' },
  DOCUMENT: { da: 'Dokument', en: 'Document' },
  ORGANISATION: { da: 'Organisation', en: 'Organisation' },
  CLASSIFICATION: { da: 'Klassifikation', en: 'Classification' },
  PROPERTY: { da: 'Ejendom', en: 'Property' },
  GIS: { da: 'GIS', en: 'GIS' },
  OTHER: { da: 'Andet', en: 'Other' },
};

export const REGISTER_FAMILY_LABELS: EnumLabels<(typeof REGISTER_FAMILIES)[number]> = {
  CPR: { da: 'CPR (persondata)', en: 'CPR (person data)' },
  CVR: { da: 'CVR (virksomheder)', en: 'CVR (companies)' },
  BBR: { da: 'BBR (bygninger)', en: 'BBR (buildings)' },
  DAR: { da: 'DAR (adresser)', en: 'DAR (addresses)' },
  MATRIKEL: { da: 'Matriklen', en: 'Cadastre' },
  EJF: { da: 'Ejerfortegnelsen', en: 'Ownership register' },
  VUR: { da: 'Ejendomsvurdering', en: 'Property valuation' },
  INCOME: { da: 'Indkomstdata (eIndkomst)', en: 'Income data (eIndkomst)' },
  DAGI: { da: 'DAGI (administrative grænser)', en: 'DAGI (administrative boundaries)' },
  GEODANMARK: { da: 'GeoDanmark', en: 'GeoDanmark' },
};
