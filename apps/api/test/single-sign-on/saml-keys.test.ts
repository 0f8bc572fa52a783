import { X509Certificate } from 'node:crypto';
import { DOMParser } from '@xmldom/xmldom';
import { readConfig } from '../../src/config';
import { DEVELOPMENT_SECRET_KEY, secretBox } from '../../src/shared/secret-box';
import { TestSamlIdentityProvider } from '../saml-identity-provider';
import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { footprint, samlSignIn } from './saml-flow';

/**
 * The service provider's own keys for KOMBIT's Context Handler (issue 12, part 2; ADR 0028,
 * amended): AuthnRequests signed with a generated signing key and assertions encrypted to a
 * generated encryption key, both published in the metadata, over real HTTP against the test
 * identity provider, which reads that metadata as the Context Handler does.
 */

const CVR = '29189811';
const PRIVILEGES = 'dk:gov:saml:attribute:Privileges_intermediate';
const READER_PRIVILEGE = 'http://overblik.dk/roles/usersystemrole/laeser/1';
const CREATE = `mutation($input: SignInProviderInput!) { createSignInProvider(kind: SAML, input: $input) { id version } }`;
const ENABLE = `mutation($id: ID!, $version: Int!) { setSignInProviderEnabled(id: $id, version: $version, enabled: true) { id } }`;
const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';

let server: TestServer;
let idp: TestSamlIdentityProvider;
let admin: TestClient;

async function aProvider(name: string) {
  const created = await admin.gql<{ createSignInProvider: { id: string; version: number } }>(CREATE, {
    input: {
      name,
      allowedDomains: ['norddal.dk'],
      roleClaim: PRIVILEGES,
      roleMapping: [{ value: READER_PRIVILEGE, role: 'READER' }],
      newUserRole: null,
      saml: { metadataXml: idp.metadataXml() },
    },
  });
  expect(created.errors).toBeUndefined();
  const { id, version } = created.data!.createSignInProvider;
  expect((await admin.gql(ENABLE, { id, version })).errors).toBeUndefined();
  return id;
}

let people = 0;
function nextPerson() {
  people += 1;
  idp.user = {
    nameId: `key-person-${people}`,
    email: `keyperson${people}@norddal.dk`,
    name: `Key Person ${people}`,
    groups: [{ cvr: CVR, privileges: [READER_PRIVILEGE] }],
  };
  return idp.user;
}

/** The metadata's certificates by use, and whether it promises signed requests. */
async function metadataOf(providerId: string) {
  const xml = await (await fetch(`${server.url}/auth/saml/${providerId}/metadata`)).text();
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const descriptor = doc.getElementsByTagNameNS(MD, 'SPSSODescriptor')[0];
  const keys = Array.from(doc.getElementsByTagNameNS(MD, 'KeyDescriptor')).map((key) => ({
    use: key.getAttribute('use'),
    certificate: new X509Certificate(
      Buffer.from(
        key.getElementsByTagName('ds:X509Certificate')[0].textContent!.replace(/\s/g, ''),
        'base64',
      ),
    ),
  }));
  return { descriptor, keys };
}

beforeAll(async () => {
  idp = await TestSamlIdentityProvider.start();
  server = await startTestServer();
  const { org, email } = await anOrganisation(server.db, 'norddal', { admin: ['ADMINISTRATOR'] });
  await server.db.prisma.organisation.update({ where: { id: org.id }, data: { cvr: CVR } });
  admin = await server.client().signIn(email('admin'));
  admin.organisationId = org.id;
});

afterAll(async () => {
  await server?.close();
  await idp?.close();
});

describe('the service provider keys', () => {
  it('are generated per provider, published in the metadata and sealed in the database', async () => {
    const first = await aProvider('Context Handler (keys 1)');
    const second = await aProvider('Context Handler (keys 2)');
    const { descriptor, keys } = await metadataOf(first);
    expect(descriptor.getAttribute('AuthnRequestsSigned')).toBe('true');
    expect(descriptor.getAttribute('WantAssertionsSigned')).toBe('true');
    expect(keys.map((k) => k.use)).toEqual(['signing', 'encryption']);
    const [signing, encryption] = keys.map((k) => k.certificate);
    expect(signing.fingerprint256).not.toBe(encryption.fingerprint256);
    for (const certificate of [signing, encryption]) {
      expect(certificate.publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
      expect(new Date(certificate.validTo).getTime()).toBeGreaterThan(Date.now() + 5 * 365 * 86_400_000);
    }
    // Another provider has keys of its own.
    const others = (await metadataOf(second)).keys.map((k) => k.certificate.fingerprint256);
    expect(others).not.toContain(signing.fingerprint256);
    expect(others).not.toContain(encryption.fingerprint256);

    // The private keys are stored sealed, bound to their provider.
    const row = await server.db.prisma.signInProvider.findUniqueOrThrow({ where: { id: first } });
    expect(row.secretEncrypted).not.toContain('PRIVATE KEY');
    expect(JSON.stringify(row.settings)).not.toContain('PRIVATE KEY');
    const box = secretBox(readConfig().secretKey ?? DEVELOPMENT_SECRET_KEY);
    const opened = JSON.parse(box.open(row.secretEncrypted!, `SignInProvider:${first}`)) as {
      signing: { certificate: string };
    };
    expect(new X509Certificate(opened.signing.certificate).fingerprint256).toBe(signing.fingerprint256);
    expect(() => box.open(row.secretEncrypted!, `SignInProvider:${second}`)).toThrow();
  });

  it('sign the AuthnRequest (RSA-SHA256), which the identity provider verifies against the metadata', async () => {
    const providerId = await aProvider('Context Handler (signed requests)');
    const start = await fetch(`${server.url}/auth/saml/${providerId}/start`, { redirect: 'manual' });
    const location = new URL(start.headers.get('location')!);
    expect(location.searchParams.get('SigAlg')).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
    expect(location.searchParams.get('Signature')).toBeTruthy();
    expect((await fetch(location)).status).toBe(200);

    // The identity provider refuses the request unsigned, with its signature changed, or altered.
    const unsigned = new URL(location);
    unsigned.searchParams.delete('Signature');
    unsigned.searchParams.delete('SigAlg');
    const forged = new URL(location);
    forged.searchParams.set('Signature', Buffer.alloc(384, 1).toString('base64'));
    const altered = new URL(location);
    altered.searchParams.set('RelayState', 'another-relay-state');
    const answers = await Promise.all([unsigned, forged, altered].map(async (url) => fetch(url)));
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
    expect(await answers[0].text()).toContain('not signed');
    expect(await answers[1].text()).toContain('does not verify');
    expect(await answers[2].text()).toContain('does not verify');
    // Signed by another provider's key: not vouched for by this provider's metadata.
    const other = await aProvider('Context Handler (other key)');
    const otherStart = await fetch(`${server.url}/auth/saml/${other}/start`, { redirect: 'manual' });
    const otherLocation = new URL(otherStart.headers.get('location')!);
    const swapped = new URL(location);
    swapped.searchParams.set('Signature', otherLocation.searchParams.get('Signature')!);
    expect((await fetch(swapped)).status).toBe(400);
  });
});

describe('encrypted assertions', () => {
  let providerId: string;
  beforeAll(async () => {
    providerId = await aProvider('Context Handler (encryption)');
  });

  it('takes an assertion encrypted to its encryption certificate', async () => {
    const person = nextPerson();
    const outcome = await samlSignIn(server.url, providerId, idp);
    const posted = Buffer.from(outcome.form.SAMLResponse, 'base64').toString('utf8');
    expect(posted).toContain('<saml:EncryptedAssertion>');
    expect(posted).not.toContain('<saml:Assertion');
    expect(posted).not.toContain(person.email);
    expect(outcome).toMatchObject({ status: 303, location: '/', refusal: null });
    const membership = await server.db.prisma.membership.findFirst({
      where: { user: { email: person.email } },
    });
    expect(membership?.roles).toEqual(['READER']);
  });

  it('still takes a signed assertion that is not encrypted', async () => {
    nextPerson();
    const outcome = await samlSignIn(server.url, providerId, idp, { plainAssertion: true });
    expect(Buffer.from(outcome.form.SAMLResponse, 'base64').toString('utf8')).toContain('<saml:Assertion');
    expect(outcome).toMatchObject({ status: 303, location: '/', refusal: null });
  });

  it('refuses an assertion encrypted to another key, without a 5xx and without a change', async () => {
    nextPerson();
    const before = await footprint(server.db);
    const outcome = await samlSignIn(server.url, providerId, idp, { encryptToAnotherKey: true });
    expect(outcome).toMatchObject({ status: 303, refusal: 'ENCRYPTION', session: null });
    expect(await footprint(server.db)).toEqual(before);
  });

  it('refuses an encrypted assertion that is not signed, or changed before encryption', async () => {
    for (const switches of [{ unsigned: true }, { tampered: true }]) {
      nextPerson();
      const before = await footprint(server.db);
      const outcome = await samlSignIn(server.url, providerId, idp, switches);
      expect(Buffer.from(outcome.form.SAMLResponse, 'base64').toString('utf8')).toContain(
        'EncryptedAssertion',
      );
      expect(outcome).toMatchObject({ status: 303, refusal: 'SIGNATURE', session: null });
      expect(await footprint(server.db)).toEqual(before);
    }
  });
});

describe('a SAML provider saved before it had keys', () => {
  it('is unavailable until its next save, which gives it keys', async () => {
    const providerId = await aProvider('Context Handler (no keys yet)');
    await server.db.prisma.signInProvider.update({
      where: { id: providerId },
      data: { secretEncrypted: null },
    });
    expect((await fetch(`${server.url}/auth/saml/${providerId}/metadata`)).status).toBe(404);
    const start = await fetch(`${server.url}/auth/saml/${providerId}/start`, { redirect: 'manual' });
    expect(start.headers.get('location')).toBe('/sign-in?sso=UNAVAILABLE');

    const row = await server.db.prisma.signInProvider.findUniqueOrThrow({ where: { id: providerId } });
    const saved = await admin.gql(
      `mutation($id: ID!, $version: Int!, $input: SignInProviderInput!) {
        updateSignInProvider(id: $id, version: $version, input: $input) { id } }`,
      {
        id: providerId,
        version: row.version,
        input: {
          name: row.name,
          allowedDomains: row.allowedDomains,
          roleClaim: row.roleClaim,
          roleMapping: row.roleMapping,
          newUserRole: null,
          saml: { metadataXml: idp.metadataXml() },
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    const { descriptor, keys } = await metadataOf(providerId);
    expect(descriptor.getAttribute('AuthnRequestsSigned')).toBe('true');
    expect(keys).toHaveLength(2);
    nextPerson();
    expect(await samlSignIn(server.url, providerId, idp)).toMatchObject({ location: '/', refusal: null });
  });
});
