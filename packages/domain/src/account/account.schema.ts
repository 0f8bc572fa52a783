import { z } from 'zod';
import { ORGANISATION_TYPES } from '../shared/enums';
import { ROLES } from '../shared/roles';
import { isValidCvr } from '../shared/cvr';
import { ruleFields } from '../shared/fields';
import { rule } from '../shared/rule-errors';

/** The password policy: long rather than complicated (at least 12 characters), one rule for API and web. */
export const passwordSchema = z.string().min(12).max(500);

export const emailSchema = z.email().max(320);

export const cvrSchema = z.string().refine(isValidCvr, rule('field.cvr'));

/** Hours a one-time link stays valid, by purpose: a reset is short-lived, a first sign-in gets a day. */
export const ONE_TIME_LINK_HOURS = { INVITE: 72, FIRST_SIGN_IN: 24, PASSWORD_RESET: 1 } as const;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(500),
  newPassword: passwordSchema,
});

export const inviteMemberSchema = z.object({
  email: emailSchema,
  name: ruleFields.name,
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
});

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ password: passwordSchema });

/** Accepting an invitation or a first sign-in link: the person's name and a password. */
export const acceptInvitationSchema = z.object({ name: ruleFields.name, password: passwordSchema });

export const newOrganisationSchema = z.object({
  name: ruleFields.name,
  cvr: cvrSchema,
  type: z.enum(ORGANISATION_TYPES),
  adminEmail: emailSchema,
});

/** A URL-safe slug from an organisation's name: "Ærø Kommune" → "aeroe-kommune". */
export function organisationSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'organisation';
}
