import type { IsoDate, Role } from '@overblik/domain';
import type { PrismaClient } from '@prisma/client';
import type { Request, Response } from 'express';
import type { Database } from './db/database';
import { createLoaders, type Loaders } from './shared/loaders';
import { pickLocale, type Locale } from './shared/messages';
import type { ReadModelCache } from './shared/read-model-cache';
import type { SecretBox } from './shared/secret-box';
import { readSession } from './shared/session';
import { todayInCopenhagen } from './shared/today';

export interface ViewerMembership {
  organisationId: string;
  roles: Role[];
}

export interface Viewer {
  id: string;
  email: string;
  name: string;
  locale: string;
  /** May create organisations (a level above organisation administrators). */
  installationAdmin: boolean;
  /** Active memberships only. */
  memberships: ViewerMembership[];
}

/** Per-request context: viewer, chosen organisation, database and fresh DataLoaders. */
export interface Context {
  db: Database;
  prisma: PrismaClient;
  viewer: Viewer | null;
  /** The organisation the client works in (`x-overblik-organisation` header), if any. */
  requestedOrganisationId: string | null;
  locale: Locale;
  loaders: Loaders;
  req: Request;
  res: Response;
  sessionTtlHours: number;
  secureCookies: boolean;
  /** SMTP for account e-mails (invitations, resets); null shows links to administrators instead. */
  smtpUrl: string | null;
  /** Base of one-time links (PUBLIC_URL). */
  publicUrl: string;
  /** The app's cache of heavy read models (per data version; see shared/read-model-cache.ts). */
  readModels: ReadModelCache;
  /** Seals and opens identity-provider secrets (OVERBLIK_SECRET_KEY; shared/secret-box.ts). */
  secretBox: SecretBox;
  /** Today in Copenhagen, taken once per request: every date rule in the request uses this day. */
  today: IsoDate;
}

export async function buildContext(
  db: Database,
  req: Request,
  res: Response,
  options: {
    sessionTtlHours: number;
    secureCookies: boolean;
    readModels: ReadModelCache;
    smtpUrl: string | null;
    publicUrl: string;
    secretBox: SecretBox;
  },
): Promise<Context> {
  // identifyViewer (shared/rate-limits.ts) read the session already for the rate limit.
  const viewer =
    res.locals.viewer !== undefined
      ? (res.locals.viewer as Viewer | null)
      : await readSession(db.prisma, req);
  const org = req.header('x-overblik-organisation');
  return {
    db,
    prisma: db.prisma,
    viewer,
    requestedOrganisationId: org && /^[0-9a-f-]{36}$/i.test(org) ? org : null,
    locale: pickLocale(req.header('x-overblik-locale') ?? undefined, viewer?.locale),
    loaders: createLoaders(db.prisma),
    req,
    res,
    today: todayInCopenhagen(),
    ...options,
  };
}
