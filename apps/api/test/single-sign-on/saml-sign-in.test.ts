import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { readConfig } from '../../src/config';
import { readPostForm, TestSamlIdentityProvider } from '../saml-identity-provider';
import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { footprint, postToAcs, samlSignIn } from './saml-flow';

/**
 * SAML 2.0 sign-in end to end over real HTTP (issue 12, part 2; ADR 0028): the app's endpoints,
 * a test identity provider that signs with a key generated at start, and the real database.
 */

const CVR = '29189811';
const PRIVILEGES = 'dk:gov:saml:attribute:Privileges_intermediate';
const ADMIN_PRIVILEGE = 'http://overblik.dk/roles/usersystemrole/administrator/1';
const CONTRACT_PRIVILEGE = 'http://overblik.dk/roles/usersystemrole/kontraktstyring/1';

const CREATE = `mutation($input: SignInProviderInput!) {
  createSignInProvider(kind: SAML, input: $input) {
    id version
    saml { entityId ssoUrl certificatesValidUntil spEntityId spMetadataUrl acsUrl }
  }
}`;
const ENABLE = `mutation($id: ID!, $version: Int!) { setSignInProviderEnabled(id: $id, version: $version, enabled: true) { id enabled } }`;
const VIEWER = `{ viewer { email name memberships { organisation { id } roles } } }`;

let server: TestServer;
let idp: TestSamlIdentityProvider;
let admin: TestClient;
let organisationId: string;
let providerId: string;

const providerInput = (metadataXml: string) => ({
  name: 'Fælleskommunal Adgangsstyring',
  allowedDomains: ['norddal.dk'],
  roleClaim: PRIVILEGES,
  roleMapping: [
    { value: ADMIN_PRIVILEGE, role: 'ADMINISTRATOR' },
    { value: CONTRACT_PRIVILEGE, role: 'CONTRACT_MANAGER' },
  ],
  newUserRole: null,
  saml: { metadataXml },
});

let people = 0;
/** A new person at the identity provider, with these privileges under these CVRs. */
function nextPerson(
  groups: { cvr: string; privileges: string[] }[] = [{ cvr: CVR, privileges: [CONTRACT_PRIVILEGE] }],
) {
  people += 1;
  idp.user = {
    nameId: `person-${people}`,
    email: `person${people}@norddal.dk`,
    name: `Person ${people}`,
    groups,
  };
  return idp.user;
}

async function viewerWith(session: string) {
  // A client of its own: the session cookie is the only credential sent.
  const res = await server.client().post(VIEWER, {}, { cookie: session });
  return (
    (await res.json()) as { data: { viewer: { email: string; memberships: { roles: string[] }[] } | null } }
  ).data.viewer;
}

beforeAll(async () => {
  idp = await TestSamlIdentityProvider.start();
  server = await startTestServer();
  const { org, email } = await anOrganisation(server.db, 'norddal', { admin: ['ADMINISTRATOR'] });
  organisationId = org.id;
  await server.db.prisma.organisation.update({ where: { id: org.id }, data: { cvr: CVR } });
  admin = await server.client().signIn(email('admin'));
  admin.organisationId = org.id;
  const created = await admin.gql<{ createSignInProvider: { id: string; version: number } }>(CREATE, {
    input: providerInput(idp.metadataXml()),
  });
  expect(created.errors).toBeUndefined();
  providerId = created.data!.createSignInProvider.id;
  const enabled = await admin.gql(ENABLE, {
    id: providerId,
    version: created.data!.createSignInProvider.version,
  });
  expect(enabled.errors).toBeUndefined();
});

afterAll(async () => {
  await server?.close();
  await idp?.close();
});

describe('service provider metadata', () => {
  it('is served at a stable URL naming the entity ID, the ACS and that assertions must be signed', async () => {
    const res = await fetch(`${server.url}/auth/saml/${providerId}/metadata`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/samlmetadata+xml');
    const xml = await res.text();
    expect(xml).toContain(`entityID="${server.url}/auth/saml/${providerId}/metadata"`);
    expect(xml).toMatch(
      new RegExp(
        `AssertionConsumerService[^>]*Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"[^>]*Location="${server.url}/auth/saml/${providerId}/acs"`,
      ),
    );
    expect(xml).toContain('WantAssertionsSigned="true"');
    // Fetched again, it names the same entity and ACS (the ID attribute of the document may differ).
    const again = await (await fetch(`${server.url}/auth/saml/${providerId}/metadata`)).text();
    expect(again.replace(/ ID="[^"]*"/, '')).toBe(xml.replace(/ ID="[^"]*"/, ''));
  });

  it('is not found for an unknown or malformed provider id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await fetch(`${server.url}/auth/saml/${id}/metadata`);
      expect(res.status).toBe(404);
    }
  });

  it('shows the administrator what was read from the uploaded IdP metadata and the SP addresses', async () => {
    const res = await admin.gql<{ signInProviders: { id: string; saml: Record<string, string> | null }[] }>(
      `{ signInProviders { id saml { entityId ssoUrl certificatesValidUntil spEntityId acsUrl } } }`,
    );
    const saml = res.data!.signInProviders.find((p) => p.id === providerId)!.saml!;
    expect(saml).toMatchObject({
      entityId: idp.entityId,
      ssoUrl: idp.ssoUrl,
      spEntityId: `${server.url}/auth/saml/${providerId}/metadata`,
      acsUrl: `${server.url}/auth/saml/${providerId}/acs`,
    });
    expect(new Date(saml.certificatesValidUntil).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
  });
});

describe('signing in', () => {
  it('provisions a newcomer with the roles their brugersystemroller map to, and opens a session', async () => {
    const person = nextPerson([
      { cvr: CVR, privileges: [ADMIN_PRIVILEGE, CONTRACT_PRIVILEGE, 'urn:unmapped'] },
    ]);
    const outcome = await samlSignIn(server.url, providerId, idp);
    expect(outcome).toMatchObject({ status: 303, location: '/', refusal: null });
    expect(outcome.session).not.toBeNull();
    const viewer = await viewerWith(outcome.session!);
    expect(viewer?.email).toBe(person.email);
    expect(viewer?.memberships).toEqual([
      {
        organisation: { id: organisationId },
        roles: expect.arrayContaining(['ADMINISTRATOR', 'CONTRACT_MANAGER']),
      },
    ]);
    const membership = await server.db.prisma.membership.findFirstOrThrow({
      where: { organisationId, user: { email: person.email } },
    });
    expect([...membership.roles].sort()).toEqual(['ADMINISTRATOR', 'CONTRACT_MANAGER']);
    const audit = await server.db.prisma.auditEntry.findFirst({
      where: { organisationId, action: 'SIGN_IN', entityId: providerId },
      orderBy: { id: 'desc' },
    });
    expect(JSON.stringify(audit?.after)).toContain(person.nameId);
  });

  it('reads the OIOSAML 3 attribute names (data.gov.dk) as well', async () => {
    const person = nextPerson();
    const outcome = await samlSignIn(server.url, providerId, idp, { oiosaml3: true });
    expect(outcome.refusal).toBeNull();
    const viewer = await viewerWith(outcome.session!);
    expect(viewer?.email).toBe(person.email);
    expect(viewer?.memberships[0].roles).toEqual(['CONTRACT_MANAGER']);
  });

  it('uses only the privileges scoped to the organisation’s CVR', async () => {
    nextPerson([
      { cvr: '11111111', privileges: [ADMIN_PRIVILEGE] },
      { cvr: CVR, privileges: [CONTRACT_PRIVILEGE] },
    ]);
    const outcome = await samlSignIn(server.url, providerId, idp);
    expect((await viewerWith(outcome.session!))?.memberships[0].roles).toEqual(['CONTRACT_MANAGER']);
  });

  it('takes the answer in another API process than the one that started the sign-in', async () => {
    // A second app over the same database, as behind a load balancer: it shares the public URL, not memory.
    const second = await createApp({ ...readConfig(), production: false, publicUrl: server.url }, server.db);
    const listener = second.express.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => listener.once('listening', () => resolve()));
    try {
      const person = nextPerson();
      const start = await fetch(`${server.url}/auth/saml/${providerId}/start`, { redirect: 'manual' });
      const relayCookie = start.headers.getSetCookie()[0].split(';')[0];
      idp.switches = {};
      const form = readPostForm(await (await fetch(start.headers.get('location')!)).text());
      const otherAcs = form.acsUrl.replace(
        server.url,
        `http://127.0.0.1:${(listener.address() as AddressInfo).port}`,
      );
      const outcome = await postToAcs(otherAcs, form, relayCookie);
      expect(outcome.refusal).toBeNull();
      expect((await viewerWith(outcome.session!))?.email).toBe(person.email);
    } finally {
      await new Promise<void>((resolve) => listener.close(() => resolve()));
      await second.stop();
    }
  });
});

describe('refused without a 5xx and without changing anything', () => {
  const cases: [string, Parameters<typeof samlSignIn>[3], string][] = [
    ['an unsigned assertion', { unsigned: true }, 'SIGNATURE'],
    ['signed content changed after signing', { tampered: true }, 'SIGNATURE'],
    ['another audience', { wrongAudience: true }, 'AUDIENCE'],
    ['another recipient', { wrongRecipient: true }, 'RECIPIENT'],
    ['an expired NotOnOrAfter', { expired: true }, 'EXPIRED'],
    ['an InResponseTo of no request sent here', { unknownInResponseTo: true }, 'REQUEST_UNKNOWN'],
  ];

  it.each(cases)('%s', async (_name, switches, code) => {
    nextPerson();
    const before = await footprint(server.db);
    const outcome = await samlSignIn(server.url, providerId, idp, switches);
    expect(outcome).toMatchObject({ status: 303, refusal: code, session: null });
    expect(outcome.location).toBe(`/sign-in?sso=${code}`);
    expect(await footprint(server.db)).toEqual(before);
  });

  it('privileges granted only under another CVR', async () => {
    nextPerson([{ cvr: '11111111', privileges: [ADMIN_PRIVILEGE] }]);
    const before = await footprint(server.db);
    const outcome = await samlSignIn(server.url, providerId, idp);
    expect(outcome).toMatchObject({ status: 303, refusal: 'SCOPE', session: null });
    expect(await footprint(server.db)).toEqual(before);
  });

  it('a replayed response, once it has signed someone in', async () => {
    nextPerson();
    const first = await samlSignIn(server.url, providerId, idp);
    expect(first.refusal).toBeNull();
    const before = await footprint(server.db);
    const replay = await postToAcs(first.form.acsUrl, first.form, first.relayCookie);
    expect(replay).toMatchObject({ status: 303, session: null });
    expect(replay.refusal).toMatch(/^(REQUEST_UNKNOWN|REPLAYED)$/);
    expect(await footprint(server.db)).toEqual(before);
  });

  it('the same response posted twice at once signs in exactly once', async () => {
    nextPerson();
    const start = await fetch(`${server.url}/auth/saml/${providerId}/start`, { redirect: 'manual' });
    const relayCookie = start.headers.getSetCookie()[0].split(';')[0];
    idp.switches = {};
    const page = await (await fetch(start.headers.get('location')!)).text();
    const form = readPostForm(page);
    const sessionsBefore = await server.db.prisma.session.count();
    const outcomes = await Promise.all([
      postToAcs(form.acsUrl, form, relayCookie),
      postToAcs(form.acsUrl, form, relayCookie),
    ]);
    expect(outcomes.filter((o) => o.session)).toHaveLength(1);
    expect(outcomes.filter((o) => o.refusal).map((o) => o.refusal)).toEqual([
      expect.stringMatching(/^(REQUEST_UNKNOWN|REPLAYED)$/),
    ]);
    expect(await server.db.prisma.session.count()).toBe(sessionsBefore + 1);
  });

  it('a response posted from a browser that did not start the sign-in (no relay-state cookie)', async () => {
    nextPerson();
    const start = await fetch(`${server.url}/auth/saml/${providerId}/start`, { redirect: 'manual' });
    idp.switches = {};
    const form = readPostForm(await (await fetch(start.headers.get('location')!)).text());
    const before = await footprint(server.db);
    const outcome = await postToAcs(form.acsUrl, form, null);
    expect(outcome).toMatchObject({ status: 303, refusal: 'REQUEST_UNKNOWN', session: null });
    expect(await footprint(server.db)).toEqual(before);
  });

  it('garbage, an empty body, an oversized body and a provider that does not exist', async () => {
    // Each post answers a sign-in really started in this browser, so only the body is wrong.
    const started = async () => {
      const start = await fetch(`${server.url}/auth/saml/${providerId}/start`, { redirect: 'manual' });
      const relayCookie = start.headers.getSetCookie()[0].split(';')[0];
      return {
        RelayState: new URL(start.headers.get('location')!).searchParams.get('RelayState')!,
        relayCookie,
      };
    };
    const before = await footprint(server.db);
    const acs = `${server.url}/auth/saml/${providerId}/acs`;
    const [a, b, c] = [await started(), await started(), await started()];
    const outcomes = [
      await postToAcs(acs, { SAMLResponse: 'not base64 <xml>', RelayState: a.RelayState }, a.relayCookie),
      await postToAcs(acs, { SAMLResponse: '', RelayState: b.RelayState }, b.relayCookie),
      await postToAcs(acs, { SAMLResponse: 'A'.repeat(700_000), RelayState: c.RelayState }, c.relayCookie),
      await postToAcs(acs, { SAMLResponse: 'x', RelayState: '' }, null),
      await postToAcs(
        `${server.url}/auth/saml/00000000-0000-4000-8000-000000000000/acs`,
        { SAMLResponse: 'x', RelayState: 'x' },
        null,
      ),
    ];
    for (const outcome of outcomes) {
      expect(outcome.status).toBe(303);
      expect(outcome.location).toMatch(/^\/sign-in\?sso=[A-Z_]+$/);
    }
    expect(outcomes.map((o) => o.refusal)).toEqual([
      'INVALID',
      'INVALID',
      'INVALID',
      'REQUEST_UNKNOWN',
      'UNAVAILABLE',
    ]);
    expect(await footprint(server.db)).toEqual(before);
  });

  it('a person with no brugersystemrolle for Overblik', async () => {
    nextPerson([{ cvr: CVR, privileges: ['urn:another-system:reader'] }]);
    const before = await footprint(server.db);
    const outcome = await samlSignIn(server.url, providerId, idp);
    expect(outcome).toMatchObject({ status: 303, refusal: 'NO_ROLE', session: null });
    expect(await footprint(server.db)).toEqual(before);
  });
});
