import {
  BENEFIT_DIRECTIONS,
  BENEFIT_TYPES,
  CHANNELS,
  CRITICALITIES,
  DATA_SOURCE_KINDS,
  LIFECYCLES,
  PURCHASE_FORMS,
} from '../shared/enums';
import type { ColumnMapping } from './kitos-columns';
import { normaliseTitle } from './kitos-columns';
import { LANDSCAPE_KINDS, LANDSCAPE_SPECS } from './generic-landscape-columns';

/**
 * Overblik's own import kinds (issue 15 §3): a spreadsheet per kind whose header row is Overblik's
 * template, in Danish or English. Only the header row tells the kind; either language is read.
 */
export const GENERIC_KINDS = [
  'DATA_SOURCES',
  'BENEFITS',
  ...LANDSCAPE_KINDS,
  'CONTRACTS',
  'PROJECTS',
] as const;
export type GenericKind = (typeof GENERIC_KINDS)[number];

export type TemplateLocale = 'da' | 'en';

/** One template column: the field it fills and its title in each language. */
export interface GenericColumn {
  field: string;
  da: string;
  en: string;
  required?: boolean;
}

const SPECS: Record<GenericKind, GenericColumn[]> = {
  DATA_SOURCES: [
    { field: 'name', da: 'Datakilde', en: 'Data source', required: true },
    { field: 'kind', da: 'Datakildetype', en: 'Data source kind', required: true },
    { field: 'description', da: 'Beskrivelse', en: 'Description' },
    { field: 'registerFamily', da: 'Registerfamilie', en: 'Register family' },
    { field: 'copyOf', da: 'Kopi af', en: 'Copy of' },
    { field: 'supplier', da: 'Leverandør', en: 'Supplier' },
    { field: 'defaultChannel', da: 'Kanal', en: 'Channel' },
    { field: 'costModel', da: 'Omkostningsmodel', en: 'Cost model' },
    { field: 'lifecycle', da: 'Livscyklus', en: 'Lifecycle' },
    { field: 'endsOn', da: 'Slutdato', en: 'End date' },
  ],
  BENEFITS: [
    { field: 'title', da: 'Gevinst', en: 'Benefit', required: true },
    { field: 'type', da: 'Gevinsttype', en: 'Benefit type', required: true },
    { field: 'description', da: 'Beskrivelse', en: 'Description' },
    { field: 'project', da: 'Projekt', en: 'Project' },
    { field: 'cashable', da: 'Kan hjemtages', en: 'Cashable' },
    { field: 'baseline', da: 'Udgangspunkt', en: 'Baseline' },
    { field: 'target', da: 'Mål', en: 'Target' },
    { field: 'unitOfMeasure', da: 'Måleenhed', en: 'Unit of measure' },
    { field: 'direction', da: 'Retning', en: 'Direction' },
    { field: 'startDate', da: 'Startdato', en: 'Start date' },
    { field: 'dueDate', da: 'Forfaldsdato', en: 'Due date' },
  ],
  ...LANDSCAPE_SPECS,
  // "Kontrakt" + "Startdato": KITOS's contract workbooks title theirs "IT Kontrakt" (detected first).
  CONTRACTS: [
    { field: 'name', da: 'Kontrakt', en: 'Contract', required: true },
    { field: 'startDate', da: 'Startdato', en: 'Start date', required: true },
    { field: 'endDate', da: 'Slutdato', en: 'End date' },
    { field: 'reference', da: 'Kontraktnummer', en: 'Contract number' },
    { field: 'supplier', da: 'Leverandør', en: 'Supplier' },
    { field: 'contractType', da: 'Kontrakttype', en: 'Contract type' },
    { field: 'purchaseForm', da: 'Indkøbsform', en: 'Procurement form' },
    { field: 'criticality', da: 'Kritikalitet', en: 'Criticality' },
    { field: 'noticePeriodMonths', da: 'Opsigelsesvarsel (måneder)', en: 'Notice period (months)' },
    { field: 'option', da: 'Optioner', en: 'Options' },
    { field: 'operation', da: 'Årlig drift (kr.)', en: 'Annual operating cost (kr.)' },
    { field: 'acquisition', da: 'Anskaffelse (kr.)', en: 'Acquisition cost (kr.)' },
    { field: 'usages', da: 'Systemer', en: 'Systems' },
    { field: 'contractOwnerEmail', da: 'Kontraktejer (e-mail)', en: 'Contract owner (e-mail)' },
    { field: 'managerEmail', da: 'Kontraktansvarlig (e-mail)', en: 'Contract manager (e-mail)' },
  ],
  // "Projekt" + "Fase": a benefit file's "Projekt" column comes without "Fase".
  PROJECTS: [
    { field: 'name', da: 'Projekt', en: 'Project', required: true },
    { field: 'phase', da: 'Fase', en: 'Phase', required: true },
    { field: 'description', da: 'Beskrivelse', en: 'Description' },
    { field: 'projectOwnerEmail', da: 'Projektejer (e-mail)', en: 'Project owner (e-mail)' },
    { field: 'projectLeadEmail', da: 'Projektleder (e-mail)', en: 'Project lead (e-mail)' },
    { field: 'startDate', da: 'Startdato', en: 'Start date' },
    { field: 'endDate', da: 'Slutdato', en: 'End date' },
    { field: 'budget', da: 'Budget (kr.)', en: 'Budget (kr.)' },
    { field: 'programme', da: 'Program', en: 'Programme' },
    { field: 'strategies', da: 'Strategier', en: 'Strategies' },
    { field: 'projectSystems', da: 'Systemer', en: 'Systems' },
  ],
};

/** The template's header row for a kind, in one language. */
export const genericTemplateHeaders = (kind: GenericKind, locale: TemplateLocale): string[] =>
  SPECS[kind].map((c) => c[locale]);

/**
 * The kind whose required columns the header row carries, in one language or the other; null when
 * none. The required titles are the kind's signature (no KITOS workbook carries them).
 */
export function detectGenericKind(headers: readonly string[]): GenericKind | null {
  const present = new Set(headers.map(normaliseTitle));
  const has = (cols: GenericColumn[], locale: TemplateLocale) =>
    cols.filter((c) => c.required).every((c) => present.has(normaliseTitle(c[locale])));
  return GENERIC_KINDS.find((k) => has(SPECS[k], 'da') || has(SPECS[k], 'en')) ?? null;
}

export const genericKindFields = (kind: GenericKind): string[] => SPECS[kind].map((c) => c.field);

/**
 * Maps each non-empty header cell by its Danish or English title; anything else is an unknown
 * column. `overrides` (title → field or null) re-map or ignore columns; an override naming no field
 * of the kind is ignored. A second column for a field already taken is ignored.
 */
export function mapGenericColumns(
  kind: GenericKind,
  headers: readonly string[],
  overrides: Readonly<Record<string, string | null>> = {},
): ColumnMapping[] {
  const byTitle = new Map<string, string>();
  for (const c of SPECS[kind]) {
    byTitle.set(normaliseTitle(c.da), c.field);
    byTitle.set(normaliseTitle(c.en), c.field);
  }
  const allowed = new Set<string | null>([...genericKindFields(kind), null]);
  const taken = new Set<string>();
  const mapping: ColumnMapping[] = [];
  headers.forEach((raw, column) => {
    const title = raw.trim();
    if (!title) return;
    const key = normaliseTitle(title);
    let target: string | null = byTitle.get(key) ?? null;
    let note: ColumnMapping['note'] = target === null ? 'unknown' : null;
    const override = Object.entries(overrides).find(([t]) => normaliseTitle(t) === key);
    if (override && allowed.has(override[1])) {
      target = override[1];
      note = target === null ? 'ignored' : null;
    }
    if (target) {
      if (taken.has(target)) {
        target = null;
        note = 'ignored';
      } else taken.add(target);
    }
    mapping.push({ column, title, target, note });
  });
  return mapping;
}

export function missingGenericFields(kind: GenericKind, mapping: readonly ColumnMapping[]): string[] {
  const mapped = new Set(mapping.map((m) => m.target));
  return SPECS[kind].filter((c) => c.required && !mapped.has(c.field)).map((c) => c.field);
}

/** An enumeration's values with the words people write for them in each language. */
export type EnumLabels<T extends string> = Record<T, { da: string; en: string }>;

export const DATA_SOURCE_KIND_LABELS: EnumLabels<(typeof DATA_SOURCE_KINDS)[number]> = {
  BASE_REGISTER: { da: 'Grunddataregister', en: 'Base register' },
  COPY_REGISTER: { da: 'Kopiregister', en: 'Copy register' },
  INTERNAL: { da: 'Intern', en: 'Internal' },
  EXTERNAL: { da: 'Ekstern', en: 'External' },
};

export const CHANNEL_LABELS: EnumLabels<(typeof CHANNELS)[number]> = {
  SERVICEPLATFORMEN: { da: 'Serviceplatformen', en: 'Serviceplatformen' },
  DATAFORDELEREN: { da: 'Datafordeleren', en: 'Datafordeleren' },
  DIRECT: { da: 'Direkte', en: 'Direct' },
  FILE_TRANSFER: { da: 'Filoverførsel', en: 'File transfer' },
  OTHER: { da: 'Andet', en: 'Other' },
};

export const LIFECYCLE_LABELS: EnumLabels<(typeof LIFECYCLES)[number]> = {
  PLANNED: { da: 'Planlagt', en: 'Planned' },
  IN_USE: { da: 'I drift', en: 'In use' },
  PHASING_OUT: { da: 'Under udfasning', en: 'Phasing out' },
  RETIRED: { da: 'Udfaset', en: 'Retired' },
};

export const BENEFIT_TYPE_LABELS: EnumLabels<(typeof BENEFIT_TYPES)[number]> = {
  ECONOMIC_KR: { da: 'Økonomisk (kr.)', en: 'Economic (kr.)' },
  ECONOMIC_FTE: { da: 'Økonomisk (årsværk)', en: 'Economic (FTE)' },
  QUALITATIVE: { da: 'Kvalitativ', en: 'Qualitative' },
  DISBENEFIT: { da: 'Ulempe', en: 'Disbenefit' },
};

export const BENEFIT_DIRECTION_LABELS: EnumLabels<(typeof BENEFIT_DIRECTIONS)[number]> = {
  INCREASE: { da: 'Skal stige', en: 'Should increase' },
  DECREASE: { da: 'Skal falde', en: 'Should decrease' },
};

export const PURCHASE_FORM_LABELS: EnumLabels<(typeof PURCHASE_FORMS)[number]> = {
  EU_TENDER: { da: 'EU-udbud', en: 'EU tender' },
  MINI_TENDER: { da: 'Miniudbud', en: 'Mini-tender' },
  DIRECT_AWARD: { da: 'Direkte tildeling', en: 'Direct award' },
  FRAMEWORK_CALL_OFF: { da: 'Afrop på rammeaftale', en: 'Framework call-off' },
  OTHER: { da: 'Andet', en: 'Other' },
};

export const CRITICALITY_LABELS: EnumLabels<(typeof CRITICALITIES)[number]> = {
  LOW: { da: 'Lav', en: 'Low' },
  MEDIUM: { da: 'Middel', en: 'Medium' },
  HIGH: { da: 'Høj', en: 'High' },
  CRITICAL: { da: 'Kritisk', en: 'Critical' },
};
