import { z } from 'zod';
import { ruleFields } from '../shared/fields';
import { rule } from '../shared/rule-errors';
import type { Role } from '../shared/roles';

export const API_TOKEN_SCOPES = ['READ', 'READ_WRITE'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

/** A token lives at most this long; one created without an expiry gets exactly this (ADR 0026). */
export const API_TOKEN_MAX_DAYS = 365;
const DAY_MS = 86_400_000;

/**
 * What a token may do, as the roles it acts with in its organisation (ADR 0026). READ reads the
 * whole organisation like a reader. READ_WRITE edits like the roles that keep the organisation's
 * data (systems, contracts, projects, benefits) — never as an administrator, so no token manages
 * members, tokens, sign-in or organisation settings (all of them need `organisation.admin`), and
 * never as a decision body (board, steering group, council): decisions are taken by people.
 */
export function apiTokenRoles(scope: ApiTokenScope): Role[] {
  return scope === 'READ'
    ? ['READER']
    : ['SYSTEM_OWNER', 'CONTRACT_MANAGER', 'PROJECT_COORDINATOR', 'PROJECT_LEAD'];
}

/** The latest expiry a token created at `now` may have. */
export const latestApiTokenExpiry = (now: Date) => new Date(now.getTime() + API_TOKEN_MAX_DAYS * DAY_MS);

/** A new token: a name, a scope and an expiry in the future, at most a year ahead (default a year). */
export const apiTokenSchema = (now: Date) =>
  z.object({
    name: ruleFields.name,
    scope: z.enum(API_TOKEN_SCOPES),
    expiresAt: z
      .date()
      .nullish()
      .refine((d) => !d || (d > now && d <= latestApiTokenExpiry(now)), rule('field.tokenExpiry'))
      .transform((d) => d ?? latestApiTokenExpiry(now)),
  });
