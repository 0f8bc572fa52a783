import { z } from 'zod';
import { isValidCvr } from '../shared/cvr';
import { hasPermission, type Role } from '../shared/roles';
import { rule } from '../shared/rule-errors';

/** Missing or blank text is stored as null, so "no CVR" and "no e-mail" have one form. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value),
    schema.nullable(),
  );

/**
 * A supplier in the shared register (KITOS keeps them as organisations of the catalogue): its name
 * and, for a Danish company, its CVR number, checked with modulus 11.
 */
export const supplierFields = z.object({
  name: z.string().trim().min(1).max(200),
  cvr: optional(z.string().trim().refine(isValidCvr, rule('field.cvr'))),
});

export type SupplierFields = z.output<typeof supplierFields>;

/** A person at the supplier whom the organisation calls: account manager, support, the lawyer. */
export const supplierContactFields = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(100).default(''),
  email: optional(z.email().max(320)),
  /** Digits with the separators people write (+45 12 34 56 78, (+45) 1234-5678). */
  phone: optional(
    z
      .string()
      .trim()
      .max(40)
      .refine((v) => /^\+?[\d\s()-]{4,}$/.test(v), rule('field.phone')),
  ),
});

export type SupplierContactFields = z.output<typeof supplierContactFields>;

/** The organisation's own notes on a supplier (how it is to work with, escalation paths). */
export const supplierNotesFields = z.object({ notes: z.string().max(10_000) });

/**
 * Who keeps suppliers: those who register systems (landscape) and those who sign contracts with
 * them. They may add suppliers and keep their organisation's contacts and notes on any supplier.
 */
export const canKeepSuppliers = (roles: readonly Role[]) =>
  hasPermission(roles, 'landscape.edit') || hasPermission(roles, 'contract.edit');

/**
 * Renaming or deleting a supplier: only the organisation that registered it, since other
 * organisations' systems and contracts point at it; national entries (no owner) are read-only,
 * as for the rest of the shared catalogue.
 */
export const canEditSupplier = (
  access: { organisationId: string; roles: readonly Role[] },
  supplier: { ownerOrganisationId: string | null },
): boolean => supplier.ownerOrganisationId === access.organisationId && canKeepSuppliers(access.roles);
