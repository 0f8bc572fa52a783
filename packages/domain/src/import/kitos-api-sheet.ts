import type { RawCell } from './kitos-cells';
import { mapColumns, type ColumnMapping, type KitosKind } from './kitos-columns';
import type { SheetRow } from './import-plan.types';

/**
 * KITOS API v2 response shapes, as far as the connector reads them (camelCase JSON, as KITOS's
 * ItSystemUsageResponseDTO, ItContractResponseDTO, ItInterfaceResponseDTO,
 * OrganizationUnitResponseDTO and OrganizationUserResponseDTO). Everything else is ignored.
 */
export interface KitosRef {
  uuid: string;
  name: string;
}
type Named = { name: string } | null | undefined;

export interface KitosUsageDto {
  uuid: string;
  lastModified?: string;
  systemContext: KitosRef;
  general?: {
    localSystemId?: string | null;
    localCallName?: string | null;
    notes?: string | null;
    systemVersion?: string | null;
    purpose?: string | null;
    mainContract?: KitosRef | null;
    containsAITechnology?: string | null;
    validity?: { lifeCycleStatus?: string | null; validFrom?: string | null; validTo?: string | null };
  };
  roles?: { role: KitosRef; user: KitosRef }[];
  organizationUsage?: {
    usingOrganizationUnits?: KitosRef[];
    responsibleOrganizationUnit?: KitosRef | null;
  };
  outgoingSystemRelations?: { toSystemUsage: KitosRef }[];
  archiving?: { archiveDuty?: string | null } | null;
  gdpr?: { purpose?: string | null } | null;
}

export interface KitosContractDto {
  uuid: string;
  name: string;
  lastModified?: string;
  general?: {
    contractId?: string | null;
    contractType?: Named;
    contractTemplate?: Named;
    criticality?: Named;
    validity?: { validFrom?: string | null; validTo?: string | null };
  };
  procurement?: { purchaseType?: Named };
  supplier?: { organization?: Named };
  systemUsages?: KitosRef[];
  agreementPeriod?: {
    durationYears?: number | null;
    durationMonths?: number | null;
    isContinuous?: boolean | null;
    irrevocableUntil?: string | null;
  };
  termination?: { terminatedAt?: string | null; terms?: { noticePeriodMonths?: Named } | null };
  payments?: { external?: { acquisition?: number; operation?: number; other?: number }[] };
  roles?: { role: KitosRef; user: KitosRef }[];
}

export interface KitosInterfaceDto {
  uuid: string;
  name: string;
  lastModified?: string;
  version?: string | null;
  url?: string | null;
  exposedBySystem?: KitosRef | null;
}

export interface KitosUnitDto {
  uuid: string;
  name: string;
  ean?: number | null;
  parentOrganizationUnit?: KitosRef | null;
}

export interface KitosUserDto {
  uuid: string;
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string | null;
}

/** What the planners read: the columns (as an Excel file's would map) and the rows. */
export interface KitosSheet {
  kind: KitosKind;
  mapping: ColumnMapping[];
  rows: SheetRow[];
  /** Each row's KITOS UUID, in row order (conflicts and deletions are keyed on it). */
  uuids: string[];
}

/** The column carrying a usage's own KITOS UUID, kept as a read-only attribute (deletions find it). */
export const USAGE_UUID_TITLE = 'IT-Systemanvendelse (UUID)';

/** KITOS's LifeCycleStatusChoice as the overview export shows it (Livscyklus). */
const LIFECYCLE_TEXT: Record<string, string> = {
  Undecided: 'Ikke angivet',
  NotInUse: 'Ikke i drift',
  Pilot: 'Under afprøvning',
  PhasingIn: 'Under indfasning',
  Operational: 'I drift',
  PhasingOut: 'Under udfasning',
};

const day = (iso: string | null | undefined): string | null => (iso ? iso.slice(0, 10) : null);
const text = (v: string | null | undefined): string | null => v ?? null;
const list = (refs: readonly { name: string }[] | undefined): string =>
  (refs ?? []).map((r) => r.name).join(', ');

/**
 * Builds a sheet from columns of (title, cell per DTO): the titles are mapped exactly as an
 * Excel file's header row; `extra` adds columns no export has (the KITOS UUIDs) with their target.
 */
function sheet<T extends { uuid: string }>(
  kind: KitosKind,
  dtos: readonly T[],
  columns: [title: string, cell: (d: T) => RawCell][],
  extra: [title: string, target: string, cell: (d: T) => RawCell][] = [],
): KitosSheet {
  const mapping = mapColumns(
    kind,
    columns.map(([title]) => title),
  );
  extra.forEach(([title, target], i) =>
    mapping.push({ column: columns.length + i, title, target, note: null }),
  );
  const cells = [...columns.map(([, cell]) => cell), ...extra.map(([, , cell]) => cell)];
  return {
    kind,
    mapping,
    // Row numbers as a sheet's would be (header in row 1), so reports read the same.
    rows: dtos.map((d, i) => ({ row: i + 2, cells: cells.map((cell) => cell(d)) })),
    uuids: dtos.map((d) => d.uuid),
  };
}

/** A role holder's name and e-mail (looked up among KITOS's users; the role DTO names only the user). */
function holder(
  roles: readonly { role: KitosRef; user: KitosRef }[] | undefined,
  role: string,
  emails: ReadonlyMap<string, string>,
) {
  const r = (roles ?? []).find((x) => x.role.name === role);
  return { name: r?.user.name ?? null, email: r ? (emails.get(r.user.uuid) ?? null) : null };
}

const yesNo = (v: string | null | undefined): string | null =>
  v === 'Yes' ? 'Ja' : v === 'No' ? 'Nej' : null;

/**
 * Usages as the IT-system usage overview export: the catalogue entry is matched on
 * IT-System (UUID); the supplier is the main contract's (KITOS's Leverandør column). The usage's
 * own UUID is kept as an attribute.
 */
export function usageSheet(
  usages: readonly KitosUsageDto[],
  context: { userEmails: ReadonlyMap<string, string>; contractSuppliers: ReadonlyMap<string, string> },
): KitosSheet {
  const role = (d: KitosUsageDto, r: string) => holder(d.roles, r, context.userEmails);
  return sheet(
    'USAGE_OVERVIEW',
    usages,
    [
      ['IT-System (UUID)', (d) => d.systemContext.uuid],
      ['IT System', (d) => d.systemContext.name],
      ['Lokal kaldenavn', (d) => text(d.general?.localCallName)],
      [
        'Leverandør',
        (d) =>
          (d.general?.mainContract && context.contractSuppliers.get(d.general.mainContract.uuid)) || null,
      ],
      ['Ansv. organisationsenhed', (d) => d.organizationUsage?.responsibleOrganizationUnit?.name ?? null],
      [
        'Livscyklus',
        (d) => LIFECYCLE_TEXT[d.general?.validity?.lifeCycleStatus ?? 'Undecided'] ?? 'Ikke angivet',
      ],
      ['Ibrugtagningsdato', (d) => day(d.general?.validity?.validFrom)],
      ['Slutdato for anvendelse', (d) => day(d.general?.validity?.validTo)],
      ['Anvendte systemer', (d) => list(d.outgoingSystemRelations?.map((r) => r.toSystemUsage))],
      ['Systemejer', (d) => role(d, 'Systemejer').name],
      ['Systemejer Email#', (d) => role(d, 'Systemejer').email],
      ['Systemansvarlig', (d) => role(d, 'Systemansvarlig').name],
      ['Systemansvarlig Email#', (d) => role(d, 'Systemansvarlig').email],
      ['Lokal System ID', (d) => text(d.general?.localSystemId)],
      ['Version', (d) => text(d.general?.systemVersion)],
      ['Noter', (d) => text(d.general?.notes)],
      ['Systemets overordnede formål', (d) => text(d.general?.purpose)],
      ['Indeholder AI-teknologi', (d) => yesNo(d.general?.containsAITechnology)],
      ['Relevante organisationsenheder', (d) => list(d.organizationUsage?.usingOrganizationUnits)],
      ['Arkiveringspligt', (d) => text(d.archiving?.archiveDuty)],
      ['Behandlingsformål', (d) => text(d.gdpr?.purpose)],
    ],
    [[USAGE_UUID_TITLE, 'attribute', (d) => d.uuid]],
  );
}

/** "Løbende", or "N år og M måneder" as the contract overview shows Varighed. */
function duration(p: KitosContractDto['agreementPeriod']): string | null {
  if (!p) return null;
  if (p.isContinuous) return 'Løbende';
  if (p.durationYears == null && p.durationMonths == null) return null;
  return `${p.durationYears ?? 0} år og ${p.durationMonths ?? 0} måneder`;
}

const sum = (d: KitosContractDto, key: 'acquisition' | 'operation' | 'other'): number | null => {
  const lines = d.payments?.external ?? [];
  return lines.length ? lines.reduce((s, l) => s + (l[key] ?? 0), 0) : null;
};

/** Contracts as the contract overview export, matched on the contract's KITOS UUID. */
export function contractSheet(
  contracts: readonly KitosContractDto[],
  context: { userEmails: ReadonlyMap<string, string> },
): KitosSheet {
  const role = (d: KitosContractDto, r: string) => holder(d.roles, r, context.userEmails);
  return sheet(
    'CONTRACT_OVERVIEW',
    contracts,
    [
      ['IT Kontrakt', (d) => d.name],
      ['Kontrakt ID', (d) => text(d.general?.contractId)],
      ['Gyldig fra', (d) => day(d.general?.validity?.validFrom)],
      ['Gyldig til', (d) => day(d.general?.validity?.validTo)],
      ['Varighed', (d) => duration(d.agreementPeriod)],
      ['Opsigelse (måneder)', (d) => d.termination?.terms?.noticePeriodMonths?.name ?? null],
      ['Uopsigelig til', (d) => day(d.agreementPeriod?.irrevocableUntil)],
      ['Opsagt', (d) => day(d.termination?.terminatedAt)],
      ['Anskaffelse', (d) => sum(d, 'acquisition')],
      ['Drift/år', (d) => sum(d, 'operation')],
      ['Andet', (d) => sum(d, 'other')],
      ['Indkøbsform', (d) => d.procurement?.purchaseType?.name ?? null],
      ['Kontrakttype', (d) => d.general?.contractType?.name ?? null],
      ['Kontraktskabelon', (d) => d.general?.contractTemplate?.name ?? null],
      ['Kritikalitet', (d) => d.general?.criticality?.name ?? null],
      ['Leverandør', (d) => d.supplier?.organization?.name ?? null],
      ['IT Systemer', (d) => list(d.systemUsages)],
      ['Kontraktejer', (d) => role(d, 'Kontraktejer').name],
      ['Kontraktejer Email#', (d) => role(d, 'Kontraktejer').email],
      ['Kontraktmanager', (d) => role(d, 'Kontraktmanager').name],
      ['Kontraktmanager Email#', (d) => role(d, 'Kontraktmanager').email],
    ],
    // The overview export has no id column; the API's UUID is what the contract is kept by.
    [['UUID', 'kitosId', (d) => d.uuid]],
  );
}

/** Interfaces as the interface overview, matched on the interface's KITOS UUID. */
export function interfaceSheet(interfaces: readonly KitosInterfaceDto[]): KitosSheet {
  return sheet('INTERFACE_OVERVIEW', interfaces, [
    ['Snitflade', (d) => d.name],
    ['Snitflade ID', (d) => d.uuid],
    ['Udstillet af', (d) => d.exposedBySystem?.name ?? null],
    ['Version', (d) => text(d.version)],
    ['Link til yderligere beskrivelse', (d) => text(d.url)],
  ]);
}

/** Organisation units as KITOS's unit template; the parent is named (it may be an existing unit). */
export function unitSheet(units: readonly KitosUnitDto[]): KitosSheet {
  return sheet('UNIT_TEMPLATE', units, [
    ['Id', (d) => d.uuid],
    ['Overordnet enhed', (d) => d.parentOrganizationUnit?.name ?? null],
    ['Navn', (d) => d.name],
    ['EAN', (d) => (d.ean == null ? null : String(d.ean))],
  ]);
}

/** Users as KITOS's user template (matched on e-mail, as the Excel import does). */
export function userSheet(users: readonly KitosUserDto[]): KitosSheet {
  return sheet('USER_TEMPLATE', users, [
    ['Fornavn', (d) => d.firstName],
    ['Efternavn', (d) => d.lastName],
    ['Email', (d) => d.email],
    ['Telefon', (d) => text(d.phoneNumber)],
  ]);
}
