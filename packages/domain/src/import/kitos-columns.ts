/**
 * The KITOS workbooks the importer recognises, told apart by their header row (KITOS's exact
 * Danish column titles), and how each column maps onto an Overblik field.
 */
export const KITOS_KINDS = [
  'USAGE_OVERVIEW',
  'CONTRACT_OVERVIEW',
  'INTERFACE_OVERVIEW',
  'CONTRACT_TEMPLATE',
  'UNIT_TEMPLATE',
  'USER_TEMPLATE',
] as const;
export type KitosKind = (typeof KITOS_KINDS)[number];

/** Where a column's value goes: a field of the kind, a read-only KITOS attribute kept on the object, or nowhere. */
export type ColumnTarget = string | 'attribute' | null;

interface KindSpec {
  /** Every one of these titles must be in the header row. */
  signature: string[];
  /** Title → field. */
  fields: Record<string, string>;
  /** Titles of KITOS facts Overblik has no field for: kept as read-only attributes, not dropped. */
  attributes: string[];
  /** Titles KITOS computes or that say nothing about the object (status, edit history): ignored. */
  ignored: string[];
  /** Role titles of the kind; their "‹role› Email#" twins are recognised too. */
  roles: string[];
}

export const USAGE_ROLES = [
  'Systemejer',
  'Systemansvarlig',
  'Forretningsejer',
  'Superbrugeransvarlig',
  'Superbruger',
  'Sikkerhedsansvarlig',
  'Changemanager',
  'Dataejer',
  'Systemadministrator',
];

export const CONTRACT_ROLES = [
  'Kontraktejer',
  'Kontraktmanager',
  'Juridisk rådgiver',
  'Konsulent',
  'Fakturamodtager',
  'Budgetansvarlig',
];

const SPECS: Record<KitosKind, KindSpec> = {
  USAGE_OVERVIEW: {
    signature: ['IT System'],
    fields: {
      'IT-System (UUID)': 'systemUuid',
      'IT System': 'systemName',
      'Lokal kaldenavn': 'localName',
      Leverandør: 'supplier',
      'Ansv. organisationsenhed': 'unit',
      Livscyklus: 'lifecycle',
      Ibrugtagningsdato: 'inUseFrom',
      'Slutdato for anvendelse': 'inUseUntil',
      'Anvendte systemer': 'usedSystems',
      'IT Kontrakter': 'contracts',
      Systemejer: 'owner',
      'Systemejer Email#': 'ownerEmail',
      Systemansvarlig: 'custodian',
      'Systemansvarlig Email#': 'custodianEmail',
    },
    attributes: [
      'Lokal System ID',
      'Tidligere systemnavn',
      'IT-System (Externt UUID)',
      'Overordnet IT System',
      'Version',
      'Forretningstype',
      'Rettighedshaver',
      'IT systemet driftes',
      'Systemets overordnede formål',
      'Noter',
      'Antal brugere',
      'Klassifikation af data i systemet',
      'Forretningskritisk IT-system',
      'Indeholder AI-teknologi',
      'Webtilgængelighed',
      'Seneste webtilgængelighedskontrol',
      'Noter om webtilgængelighed',
      'Kritikalitet',
      'Teknisk systemtyper',
      'Samfundskritisk IT-system',
      'Systemkritikalitet sidst opdateret',
      'Licens- og kodegrundlag',
      'Relevante organisationsenheder',
      'KLE ID',
      'KLE navn',
      'Lokale KLE ID',
      'Lokale KLE navn',
      'Lokal Reference',
      'Dokument ID / Sagsnr.',
      'Arkiveringspligt',
      'Er dokumentbærende',
      'Journalperiode slutdato',
      'Rigsarkivets vejledning til arkivering',
      'Bemærkning fra Rigsarkivet',
      'DataType',
      'Link til risikovurdering',
      'Fortegnelse',
      'Behandlingsformål',
      'Foretaget risikovurdering',
      'Hvad viste den seneste risikovurdering',
      'Dato for seneste/planlagt risikovurdering',
      'DPIA gennemført',
      'Kræver system databehandleraftale',
      'Databehandleraftale er indgået',
      'Databehandling',
      'Systemer der anvender systemet',
      'Anvendte snitflader',
      "Snitflade ID'er",
      'Snitflade versioner',
    ],
    ignored: [
      'Status',
      'Status (Datofelter)',
      'Status (Livscyklus)',
      'Status (Markeret kontrakt)',
      'IT-System (Beskrivelse)',
      'Taget i anvendelse af',
      'Sidst redigeret: Bruger',
      'Sidst redigeret: Dato',
    ],
    roles: USAGE_ROLES,
  },
  CONTRACT_OVERVIEW: {
    signature: ['IT Kontrakt'],
    fields: {
      'IT Kontrakt': 'name',
      'Kontrakt ID': 'reference',
      'Gyldig fra': 'startDate',
      'Gyldig til': 'endDate',
      Varighed: 'duration',
      Option: 'option',
      'Opsigelse (måneder)': 'noticePeriodMonths',
      'Uopsigelig til': 'irrevocableUntil',
      Opsagt: 'terminatedOn',
      // KITOS's own grid titles the column "Anskaffelse." (with a full stop); both are read.
      Anskaffelse: 'acquisition',
      'Anskaffelse.': 'acquisition',
      'Drift/år': 'operation',
      Andet: 'otherCost',
      Indkøbsform: 'purchaseForm',
      Kontrakttype: 'contractType',
      Kontraktskabelon: 'template',
      Kritikalitet: 'criticality',
      Leverandør: 'supplier',
      'IT Systemer': 'usages',
      Kontraktejer: 'contractOwner',
      'Kontraktejer Email#': 'contractOwnerEmail',
      Kontraktmanager: 'manager',
      'Kontraktmanager Email#': 'managerEmail',
    },
    attributes: [
      'Overordnet kontrakt',
      'Ansvarlig org. enhed',
      'Kontraktunderskriver',
      'Genanskaffelsesstrategi',
      'Genanskaffelsesplan',
      'Genanskaffelse igangsat',
      'Databehandleraftaler',
      'IT Systemer (UUID)',
      'Organisationsenheder med eksterne betalinger',
      'Organisationsenheder med interne betalinger',
      'Reference',
      'Dokument ID/Sagsnr.',
      'Driftsvederlag begyndt',
      'Betalingsmodel',
      'Betalingsfrekvens',
      'Audit dato',
      'Audit status',
      'Audit status: grøn',
      'Audit status: rød',
      'Audit status: gul',
      'Audit status: hvid',
    ],
    ignored: [
      'Status',
      'Gyldig/Ikke Gyldig',
      'Antal relationer',
      'Sidst redigeret: Bruger',
      'Sidst redigeret: Dato',
    ],
    roles: CONTRACT_ROLES,
  },
  INTERFACE_OVERVIEW: {
    signature: ['Snitflade', 'Udstillet af'],
    fields: {
      Snitflade: 'name',
      'Snitflade ID': 'kitosId',
      // The older KITOS grid spelled the title "Snidtflade ID".
      'Snidtflade ID': 'kitosId',
      Snitfladetype: 'protocol',
      'Udstillet af': 'provider',
      Datatype: 'dataTypes',
    },
    attributes: [
      'Version',
      'Synlighed',
      'Snitfladens status',
      'Rettighedshaver',
      'Link til yderligere beskrivelse',
      'TSA',
      'Grænseflade',
      'Metode',
    ],
    ignored: [
      'Snitflader: Anvendes globalt',
      'Oprettet af: Organisation',
      'Oprettet af: Bruger',
      'Sidst ændret',
      'Sidst ændret ID',
      'Sidst redigeret: Bruger',
      'Sidst redigeret: Dato',
    ],
    roles: [],
  },
  CONTRACT_TEMPLATE: {
    signature: ['IT Kontrakt Navn (påkrævet)'],
    fields: {
      Id: 'kitosId',
      'IT Kontrakt Navn (påkrævet)': 'name',
      'IT Kontrakt Id': 'reference',
      Indgået: 'startDate',
      'Uopsigeligt til': 'irrevocableUntil',
      Udløbsdato: 'endDate',
      'Kontrakten opsagt': 'terminatedOn',
    },
    attributes: ['Bemærkning'],
    ignored: [],
    roles: [],
  },
  UNIT_TEMPLATE: {
    signature: ['Navn', 'Overordnet enhed'],
    fields: { Id: 'id', 'Overordnet enhed': 'parent', Navn: 'name', EAN: 'ean' },
    attributes: [],
    ignored: [],
    roles: [],
  },
  USER_TEMPLATE: {
    signature: ['Fornavn', 'Efternavn', 'Email'],
    fields: { Fornavn: 'firstName', Efternavn: 'lastName', Email: 'email', Telefon: 'phone' },
    attributes: [],
    // KITOS's own user id says nothing here: a user is matched by e-mail.
    ignored: ['Id'],
    roles: [],
  },
};

/** KITOS's title of a kind's field (the first title naming it), so a KITOS-shaped sheet is written with the titles the import reads. */
export function kitosTitle(kind: KitosKind, field: string): string {
  const fields = SPECS[kind].fields;
  const title = Object.keys(fields).find((t) => fields[t] === field);
  if (!title) throw new Error(`KITOS has no ${kind} field "${field}"`);
  return title;
}

/** Titles compare without case and with runs of spaces as one (KITOS's templates vary in case). */
export const normaliseTitle = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();

/** The kind whose signature the header row carries, first match in KITOS_KINDS order; null when none. */
export function detectKitosKind(headers: readonly string[]): KitosKind | null {
  const present = new Set(headers.map(normaliseTitle));
  return (
    KITOS_KINDS.find((kind) => SPECS[kind].signature.every((t) => present.has(normaliseTitle(t)))) ?? null
  );
}

export interface ColumnMapping {
  /** 0-based column index in the sheet. */
  column: number;
  title: string;
  target: ColumnTarget;
  /** Why a column maps nowhere by default: KITOS computes it, or no one knows it. */
  note: 'ignored' | 'unknown' | 'unknownRole' | null;
}

/** Fields a kind's columns can be mapped to (for re-mapping in the UI and validating overrides). */
export function kindFields(kind: KitosKind): string[] {
  return [...new Set(Object.values(SPECS[kind].fields))];
}

/**
 * Maps each non-empty header cell by its title. `overrides` (title → field, 'attribute' or null)
 * re-map or ignore columns; an override naming no field of the kind is ignored. A "‹role› Email#"
 * column whose role KITOS does not have is an unknown role.
 */
export function mapColumns(
  kind: KitosKind,
  headers: readonly string[],
  overrides: Readonly<Record<string, ColumnTarget>> = {},
): ColumnMapping[] {
  const spec = SPECS[kind];
  const byTitle = new Map<string, ColumnTarget>();
  for (const [title, field] of Object.entries(spec.fields)) byTitle.set(normaliseTitle(title), field);
  for (const title of spec.attributes) byTitle.set(normaliseTitle(title), 'attribute');
  for (const role of spec.roles) {
    for (const t of [role, `${role} Email#`]) {
      if (!byTitle.has(normaliseTitle(t))) byTitle.set(normaliseTitle(t), 'attribute');
    }
  }
  const ignored = new Set(spec.ignored.map(normaliseTitle));
  const allowed = new Set<ColumnTarget>([...kindFields(kind), 'attribute', null]);
  const taken = new Set<string>();
  const mapping: ColumnMapping[] = [];
  headers.forEach((raw, column) => {
    const title = raw.trim();
    if (!title) return;
    const key = normaliseTitle(title);
    let target: ColumnTarget = byTitle.get(key) ?? null;
    let note: ColumnMapping['note'] = null;
    if (target === null) {
      if (ignored.has(key)) note = 'ignored';
      else note = /\semail#$/.test(key) ? 'unknownRole' : 'unknown';
    }
    const override = Object.entries(overrides).find(([t]) => normaliseTitle(t) === key);
    if (override && allowed.has(override[1])) {
      target = override[1];
      note = target === null ? 'ignored' : null;
    }
    // One column per field: a second column mapped to the same field is kept as an attribute.
    if (target && target !== 'attribute') {
      if (taken.has(target)) target = 'attribute';
      else taken.add(target);
    }
    mapping.push({ column, title, target, note });
  });
  return mapping;
}

/** Fields a kind cannot do without, checked against a mapping. */
export function missingRequiredFields(kind: KitosKind, mapping: readonly ColumnMapping[]): string[] {
  const required: Record<KitosKind, string[]> = {
    USAGE_OVERVIEW: ['systemName'],
    CONTRACT_OVERVIEW: ['name'],
    CONTRACT_TEMPLATE: ['name'],
    INTERFACE_OVERVIEW: ['name'],
    UNIT_TEMPLATE: ['name'],
    USER_TEMPLATE: ['email'],
  };
  const mapped = new Set(mapping.map((m) => m.target));
  return required[kind].filter((f) => !mapped.has(f));
}
