import { z } from 'zod';
import { rule } from '../shared/rule-errors';

/**
 * The people fields a person can hold on each kind of record, by the role they name. Handing over
 * responsibilities moves exactly these, so a leaver owns nothing afterwards.
 */
export const RESPONSIBILITY_FIELDS = {
  SYSTEM_USAGE: { OWNER: 'ownerUserId', CUSTODIAN: 'custodianUserId' },
  CONTRACT: { OWNER: 'ownerUserId', MANAGER: 'managerUserId' },
  PROJECT: { OWNER: 'ownerUserId', LEAD: 'leadUserId' },
  BENEFIT: { RESPONSIBLE: 'responsibleUserId', ACCOUNTABLE: 'accountableUserId' },
} as const;
export type ResponsibilityKind = keyof typeof RESPONSIBILITY_FIELDS;
export const RESPONSIBILITY_KINDS = Object.keys(RESPONSIBILITY_FIELDS) as ResponsibilityKind[];
export const RESPONSIBILITY_ROLES = [
  'OWNER',
  'CUSTODIAN',
  'MANAGER',
  'LEAD',
  'RESPONSIBLE',
  'ACCOUNTABLE',
] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

/** The field a role names on a kind of record, or null when that kind has no such role. */
export function responsibilityField(kind: ResponsibilityKind, role: ResponsibilityRole): string | null {
  return (RESPONSIBILITY_FIELDS[kind] as Partial<Record<ResponsibilityRole, string>>)[role] ?? null;
}

const item = z
  .object({
    kind: z.enum(RESPONSIBILITY_KINDS as [ResponsibilityKind, ...ResponsibilityKind[]]),
    role: z.enum(RESPONSIBILITY_ROLES),
    id: z.uuid(),
    version: z.number().int().min(1),
  })
  .refine((i) => responsibilityField(i.kind, i.role) !== null, rule('field.invalid', 'role'));

/** A hand-over: the ticked responsibilities, each with the version it was listed at, to a colleague. */
export const handOverSchema = z
  .object({
    fromUserId: z.uuid(),
    toUserId: z.uuid(),
    items: z.array(item).min(1).max(2_000),
  })
  .refine((h) => h.fromUserId !== h.toUserId, rule('field.handOverToSelf', 'toUserId'));
export type HandOverItem = z.output<typeof item>;

/** One record to change: every ticked field of it at once, so a person holding two roles on it moves in one versioned write. */
export interface HandOverRow {
  kind: ResponsibilityKind;
  id: string;
  version: number;
  fields: string[];
}

export function handOverRows(items: readonly HandOverItem[]): HandOverRow[] {
  const rows = new Map<string, HandOverRow>();
  for (const i of items) {
    const key = `${i.kind}:${i.id}`;
    const row = rows.get(key) ?? { kind: i.kind, id: i.id, version: i.version, fields: [] };
    const field = responsibilityField(i.kind, i.role)!;
    if (!row.fields.includes(field)) row.fields.push(field);
    rows.set(key, row);
  }
  return [...rows.values()];
}
