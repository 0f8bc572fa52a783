import type { Database } from '../../src/db/database';
import {
  readPostForm,
  type ResponseSwitches,
  type TestSamlIdentityProvider,
} from '../saml-identity-provider';

/** The outcome of one browser round trip: where the ACS sent the browser, and the session it set. */
export interface SamlOutcome {
  status: number;
  location: string;
  /** `overblik_session=…` when a session was started. */
  session: string | null;
  /** `sso` on the sign-in page when refused. */
  refusal: string | null;
}

const cookieOf = (res: globalThis.Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1) ?? null;

/** Posts a SAMLResponse to the ACS as the browser's form would. */
export async function postToAcs(
  acsUrl: string,
  form: { SAMLResponse: string; RelayState: string },
  relayCookie: string | null,
): Promise<SamlOutcome> {
  const res = await fetch(acsUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(relayCookie ? { cookie: relayCookie } : {}),
    },
    body: new URLSearchParams(form).toString(),
  });
  const location = res.headers.get('location') ?? '';
  return {
    status: res.status,
    location,
    session: cookieOf(res, 'overblik_session'),
    refusal: new URL(location || '/', acsUrl).searchParams.get('sso'),
  };
}

/**
 * Signs in as a browser would: start at Overblik (a redirect to the identity provider carrying the
 * AuthnRequest, and a relay-state cookie), let the test identity provider answer with its form,
 * post that form to the ACS. `switches` break one thing in the identity provider's answer.
 */
export async function samlSignIn(
  serverUrl: string,
  providerId: string,
  idp: TestSamlIdentityProvider,
  switches: ResponseSwitches = {},
) {
  const start = await fetch(`${serverUrl}/auth/saml/${providerId}/start`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`start answered ${start.status}`);
  const relayCookie = cookieOf(start, 'overblik_sign_in');
  idp.switches = switches;
  const page = await fetch(start.headers.get('location')!);
  if (page.status !== 200) throw new Error(`identity provider answered ${page.status}: ${await page.text()}`);
  const form = readPostForm(await page.text());
  const outcome = await postToAcs(form.acsUrl, form, relayCookie);
  return { ...outcome, form, relayCookie };
}

/** Row counts of everything a sign-in may change, to show a refusal changed nothing. */
export async function footprint(db: Database) {
  const [users, memberships, sessions, audit, providers] = await Promise.all([
    db.prisma.user.count(),
    db.prisma.membership.findMany({
      select: { id: true, roles: true, version: true },
      orderBy: { id: 'asc' },
    }),
    db.prisma.session.count(),
    db.prisma.auditEntry.count(),
    db.prisma.signInProvider.findMany({ select: { id: true, version: true, lastSignInAt: true } }),
  ]);
  return { users, memberships, sessions, audit, providers };
}
