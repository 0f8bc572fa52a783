import type { LIFECYCLES } from '../shared/enums';
import { kitosTitle } from './kitos-columns';

type Lifecycle = (typeof LIFECYCLES)[number];

/**
 * Overblik's lifecycle in KITOS's words (Livscyklus), the inverse of the import's reading: PLANNED
 * is written "Under indfasning", which the import reads back as PLANNED.
 */
export const KITOS_LIFECYCLE: Record<Lifecycle, string> = {
  PLANNED: 'Under indfasning',
  IN_USE: 'I drift',
  PHASING_OUT: 'Under udfasning',
  RETIRED: 'Ikke i drift',
};

/** A usage's facts that KITOS's usage overview has a column for. */
export interface UsageKitosFacts {
  systemKitosUuid: string | null;
  systemName: string;
  localName: string | null;
  supplierName: string | null;
  unitName: string | null;
  lifecycle: Lifecycle;
  /** ISO days (YYYY-MM-DD). */
  inUseFrom: string | null;
  inUseUntil: string | null;
  /** Catalogue names of the usages this one has an integration to (Anvendte systemer). */
  usedSystems: string[];
  /** Names of the contracts covering the usage (IT Kontrakter). */
  contracts: string[];
}

/** A contract's facts that KITOS's contract overview has a column for. */
export interface ContractKitosFacts {
  name: string;
  reference: string | null;
  startDate: string;
  endDate: string | null;
  irrevocableUntil: string | null;
  noticePeriodMonths: number | null;
  terminatedOn: string | null;
  supplierName: string | null;
  /** Catalogue names of the usages the contract covers (IT Systemer). */
  systems: string[];
}

export type KitosCell = string | number | null;

/** KITOS writes multi-values comma-separated; sorted, so the same data gives the same cell. */
const list = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'da')).join(', ');

/** The usage-overview columns a usage is written with, in order; their titles are the import's. */
const USAGE_FIELDS = [
  'systemUuid',
  'systemName',
  'localName',
  'supplier',
  'unit',
  'lifecycle',
  'inUseFrom',
  'inUseUntil',
  'usedSystems',
  'contracts',
] as const;
export const USAGE_KITOS_TITLES = USAGE_FIELDS.map((f) => kitosTitle('USAGE_OVERVIEW', f));

/** A usage's cells under USAGE_KITOS_TITLES (read back by the KITOS import). */
export function usageKitosCells(f: UsageKitosFacts): KitosCell[] {
  return [
    f.systemKitosUuid,
    f.systemName,
    f.localName,
    f.supplierName,
    f.unitName,
    KITOS_LIFECYCLE[f.lifecycle],
    f.inUseFrom,
    f.inUseUntil,
    list(f.usedSystems),
    list(f.contracts),
  ];
}

const CONTRACT_FIELDS = [
  'name',
  'reference',
  'startDate',
  'endDate',
  'irrevocableUntil',
  'noticePeriodMonths',
  'terminatedOn',
  'supplier',
  'usages',
] as const;
export const CONTRACT_KITOS_TITLES = CONTRACT_FIELDS.map((f) => kitosTitle('CONTRACT_OVERVIEW', f));

/** A contract's cells under CONTRACT_KITOS_TITLES. */
export function contractKitosCells(f: ContractKitosFacts): KitosCell[] {
  return [
    f.name,
    f.reference,
    f.startDate,
    f.endDate,
    f.irrevocableUntil,
    f.noticePeriodMonths,
    f.terminatedOn,
    f.supplierName,
    list(f.systems),
  ];
}
