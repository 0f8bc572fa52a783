import { z } from 'zod';
import { hasPermission, type Role } from './roles';
import { REFERENCE_SUBJECTS } from './enums';
import { rule } from './rule-errors';

export type ReferenceSubject = (typeof REFERENCE_SUBJECTS)[number];

/** Only web addresses a browser opens safely from a link: no `javascript:`, `file:` or `data:`. */
const webAddress = z
  .string()
  .trim()
  .max(2_000)
  .refine((value) => value === '' || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), rule('field.url'));

/**
 * An external reference as both sides accept it (KITOS's "Referencer"): a title, and an ESDH document
 * id or case number and/or a URL.
 */
export const externalReferenceFields = z.object({
  title: z.string().trim().min(1).max(200),
  documentId: z.string().trim().max(100).default(''),
  url: webAddress.default(''),
});

export type ExternalReferenceFields = z.output<typeof externalReferenceFields>;

/**
 * Who keeps an organisation's references on a subject: those who edit the subject's area —
 * the landscape for systems and data sources, contracts for contracts, the portfolio's proposers
 * and coordinators for projects and benefits.
 */
export const canKeepReferences =
  (subject: ReferenceSubject) =>
  (roles: readonly Role[]): boolean => {
    switch (subject) {
      case 'SYSTEM_USAGE':
      case 'DATA_SOURCE':
        return hasPermission(roles, 'landscape.edit');
      case 'CONTRACT':
        return hasPermission(roles, 'contract.edit');
      case 'PROJECT':
      case 'BENEFIT':
        return hasPermission(roles, 'portfolio.propose') || hasPermission(roles, 'portfolio.coordinate');
    }
  };
