import { randomUUID, verify, X509Certificate } from 'node:crypto';
import { promisify } from 'node:util';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import forge from 'node-forge';
import { SignedXml } from 'xml-crypto';
import { encrypt } from 'xml-encryption';

/**
 * A SAML 2.0 identity provider run by the tests (jest and the browser journey): it makes an RSA key
 * and a self-signed certificate at start, serves its metadata, takes the AuthnRequest by HTTP-Redirect
 * and answers with a Response whose Assertion it signs (HTTP-POST, shown as a form with one button).
 * As KOMBIT's Context Handler does, it reads the service provider's metadata (at the request's
 * issuer, which is Overblik's metadata URL), refuses an AuthnRequest not signed with the signing
 * certificate published there, and encrypts the assertion to the encryption certificate published there.
 * Switches break one thing at a time, so each check of the service provider can be seen to refuse.
 */

export interface PrivilegeGroup {
  /** CVR number the privileges hold for (`urn:dk:gov:saml:cvrNumberIdentifier:<cvr>`). */
  cvr: string;
  privileges: string[];
}

export interface SamlUser {
  nameId: string;
  email: string;
  name: string;
  groups: PrivilegeGroup[];
}

export interface ResponseSwitches {
  /** No signature at all. */
  unsigned?: boolean;
  wrongAudience?: boolean;
  wrongRecipient?: boolean;
  /** NotOnOrAfter (subject confirmation and conditions) ten minutes ago. */
  expired?: boolean;
  /** InResponseTo of a request the service provider never sent. */
  unknownInResponseTo?: boolean;
  /** Changes the e-mail inside the signed assertion after signing. */
  tampered?: boolean;
  /** OIOSAML 3 attribute names (data.gov.dk URIs) instead of OIOSAML 2 (`dk:gov:saml:attribute:…`). */
  oiosaml3?: boolean;
  /** The signed assertion as it is, not encrypted (as Entra ID sends it unless told otherwise). */
  plainAssertion?: boolean;
  /** Encrypted to a key of its own instead of the service provider's encryption certificate. */
  encryptToAnotherKey?: boolean;
}

export interface PostedResponse {
  acsUrl: string;
  SAMLResponse: string;
  RelayState: string;
}

interface AuthnRequest {
  id: string;
  issuer: string;
  acsUrl: string;
}

const SAMLP = 'urn:oasis:names:tc:SAML:2.0:protocol';
const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion';
const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';

const toPem = (base64: string) =>
  `-----BEGIN CERTIFICATE-----\n${base64.replace(/\s/g, '').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

/** The service provider's certificates, read from its metadata as an identity provider does. */
async function serviceProviderCertificates(metadataUrl: string) {
  const res = await fetch(metadataUrl);
  if (!res.ok) throw new Error(`service provider metadata: ${res.status}`);
  const doc = new DOMParser().parseFromString(await res.text(), 'text/xml');
  const descriptor = doc.getElementsByTagNameNS(MD, 'SPSSODescriptor')[0];
  const certificates = { signing: [] as string[], encryption: [] as string[] };
  for (const key of Array.from(doc.getElementsByTagNameNS(MD, 'KeyDescriptor'))) {
    const base64 = key.getElementsByTagNameNS(DS, 'X509Certificate')[0]?.textContent ?? '';
    const use = key.getAttribute('use');
    if (base64 && use !== 'encryption') certificates.signing.push(toPem(base64));
    if (base64 && use !== 'signing') certificates.encryption.push(toPem(base64));
  }
  return { ...certificates, requestsSigned: descriptor?.getAttribute('AuthnRequestsSigned') === 'true' };
}

/**
 * Checks the HTTP-Redirect binding's signature (SAML bindings §3.4.4.1): RSA-SHA256 over the query's
 * SAMLRequest, RelayState and SigAlg exactly as they were URL-encoded.
 */
function verifyRedirectSignature(rawQuery: string, certificates: string[]) {
  const raw = new Map(
    rawQuery
      .replace(/^\?/, '')
      .split('&')
      .map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] as const),
  );
  const sigAlg = raw.get('SigAlg');
  const signature = raw.get('Signature');
  if (!sigAlg || !signature) throw new Error('the AuthnRequest is not signed');
  if (decodeURIComponent(sigAlg) !== RSA_SHA256)
    throw new Error('the AuthnRequest is not signed with RSA-SHA256');
  const signed = ['SAMLRequest', 'RelayState', 'SigAlg']
    .filter((name) => raw.has(name))
    .map((name) => `${name}=${raw.get(name)}`)
    .join('&');
  const bytes = Buffer.from(decodeURIComponent(signature), 'base64');
  if (!certificates.some((cert) => verify('RSA-SHA256', Buffer.from(signed), cert, bytes))) {
    throw new Error('the AuthnRequest signature does not verify against the service provider metadata');
  }
}

const encryptXml = promisify(encrypt);

/** The signed assertion as an EncryptedAssertion for this certificate (AES-256-GCM, key by RSA-OAEP). */
async function encryptAssertion(responseXml: string, certificate: string) {
  const assertion = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(responseXml)![0];
  const encrypted = await encryptXml(assertion, {
    rsa_pub: new X509Certificate(certificate).publicKey.export({ type: 'spki', format: 'pem' }),
    pem: certificate,
    encryptionAlgorithm: 'http://www.w3.org/2009/xmlenc11#aes256-gcm',
    keyEncryptionAlgorithm: 'http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p',
  });
  return responseXml.replace(assertion, `<saml:EncryptedAssertion>${encrypted}</saml:EncryptedAssertion>`);
}

function generateCertificate() {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const subject = [{ name: 'commonName', value: 'Overblik test identity provider' }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return {
    privateKey: forge.pki.privateKeyToPem(keys.privateKey),
    certificate: forge.pki.certificateToPem(cert),
  };
}

const escapeXml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The base64 PrivilegeList the Context Handler sends in `Privileges_intermediate` (OIO BPP). */
export function privilegeList(
  groups: PrivilegeGroup[],
  namespace = 'http://itst.dk/oiosaml/basic_privilege_profile',
) {
  const body = groups
    .map(
      (g) =>
        `<PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:${escapeXml(g.cvr)}">` +
        g.privileges.map((p) => `<Privilege>${escapeXml(p)}</Privilege>`).join('') +
        '</PrivilegeGroup>',
    )
    .join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?><bpp:PrivilegeList xmlns:bpp="${namespace}">${body}</bpp:PrivilegeList>`;
  return Buffer.from(xml, 'utf8').toString('base64');
}

function attribute(name: string, value: string) {
  return `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue>${escapeXml(value)}</saml:AttributeValue></saml:Attribute>`;
}

function attributes(user: SamlUser, oiosaml3: boolean) {
  if (oiosaml3) {
    return [
      attribute('https://data.gov.dk/model/core/eid/email', user.email),
      attribute('https://data.gov.dk/model/core/eid/fullName', user.name),
      attribute(
        'https://data.gov.dk/model/core/eid/privilegesIntermediate',
        privilegeList(user.groups, 'http://digst.dk/oiosaml/basic_privilege_profile'),
      ),
    ].join('');
  }
  return [
    attribute('dk:gov:saml:attribute:Email', user.email),
    attribute('urn:oid:2.5.4.3', user.name),
    attribute('dk:gov:saml:attribute:Privileges_intermediate', privilegeList(user.groups)),
  ].join('');
}

export class TestSamlIdentityProvider {
  /** Who signs in next. */
  user: SamlUser = { nameId: 'test-user', email: 'test@example.test', name: 'Test Person', groups: [] };
  /** What the next response breaks. */
  switches: ResponseSwitches = {};
  /** The last response the provider handed out, to post again (a replay). */
  lastResponse: PostedResponse | null = null;

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly keys: { privateKey: string; certificate: string },
  ) {}

  /**
   * `hostname` names the provider in its URLs: the browser journey uses `localhost`, the app's own
   * host, so the provider's POST back is same-site and the relay-state cookie (SameSite=Lax over
   * plain http) goes with it.
   */
  static async start(hostname = '127.0.0.1'): Promise<TestSamlIdentityProvider> {
    const keys = generateCertificate();
    const server = createServer();
    await new Promise<void>((resolve) =>
      server.listen(0, hostname === 'localhost' ? undefined : hostname, resolve),
    );
    const url = `http://${hostname}:${(server.address() as AddressInfo).port}`;
    const idp = new TestSamlIdentityProvider(server, url, keys);
    server.on('request', (req, res) => {
      const address = new URL(req.url ?? '/', url);
      try {
        if (address.pathname === '/metadata') {
          res.writeHead(200, { 'content-type': 'application/samlmetadata+xml' }).end(idp.metadataXml());
        } else if (address.pathname === '/sso') {
          idp.answer(address.search).then(
            (posted) =>
              res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(postForm(posted)),
            (error: unknown) => res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error)),
          );
        } else {
          res.writeHead(404).end();
        }
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
      }
    });
    return idp;
  }

  get entityId() {
    return `${this.url}/metadata`;
  }

  get ssoUrl() {
    return `${this.url}/sso`;
  }

  /** The signing certificate as PEM. */
  get certificate() {
    return this.keys.certificate;
  }

  metadataXml() {
    const cert = this.keys.certificate.replace(/-----[^-]+-----|\s/g, '');
    return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${escapeXml(this.entityId)}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(this.ssoUrl)}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
  }

  /**
   * Reads an HTTP-Redirect AuthnRequest (deflated, base64; the raw query, to check its signature) and
   * builds the answer for the current user. Refuses a request that the service provider's metadata
   * does not vouch for.
   */
  async answer(rawQuery: string): Promise<PostedResponse> {
    const query = new URLSearchParams(rawQuery);
    const samlRequest = query.get('SAMLRequest') ?? '';
    const relayState = query.get('RelayState') ?? '';
    const xml = inflateRawSync(Buffer.from(samlRequest, 'base64')).toString('utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const root = doc.documentElement;
    if (!root || root.localName !== 'AuthnRequest') throw new Error('not an AuthnRequest');
    const issuer = root.getElementsByTagNameNS(SAML, 'Issuer')[0]?.textContent ?? '';
    const request = {
      id: root.getAttribute('ID') ?? '',
      issuer,
      acsUrl: root.getAttribute('AssertionConsumerServiceURL') ?? '',
    };
    const sp = await serviceProviderCertificates(request.issuer);
    if (!sp.requestsSigned) throw new Error('the service provider metadata does not promise signed requests');
    verifyRedirectSignature(rawQuery, sp.signing);
    const signed = this.responseXml(request);
    const encryptTo = this.switches.encryptToAnotherKey
      ? generateCertificate().certificate
      : this.switches.plainAssertion
        ? null
        : sp.encryption[0];
    const posted = {
      acsUrl: request.acsUrl,
      SAMLResponse: Buffer.from(
        encryptTo ? await encryptAssertion(signed, encryptTo) : signed,
        'utf8',
      ).toString('base64'),
      RelayState: relayState,
    };
    this.lastResponse = posted;
    return posted;
  }

  private responseXml(request: AuthnRequest) {
    const s = this.switches;
    const now = Date.now();
    const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();
    const notOnOrAfter = s.expired ? iso(-10 * 60_000) : iso(5 * 60_000);
    const issued = s.expired ? iso(-15 * 60_000) : iso(0);
    const inResponseTo = s.unknownInResponseTo ? `_${randomUUID()}` : request.id;
    const audience = s.wrongAudience ? 'https://elsewhere.example/sp' : request.issuer;
    const recipient = s.wrongRecipient ? 'https://elsewhere.example/acs' : request.acsUrl;
    const assertionId = `_${randomUUID()}`;
    const assertion =
      `<saml:Assertion xmlns:saml="${SAML}" ID="${assertionId}" Version="2.0" IssueInstant="${issued}">` +
      `<saml:Issuer>${escapeXml(this.entityId)}</saml:Issuer>` +
      `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${escapeXml(this.user.nameId)}</saml:NameID>` +
      `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
      `<saml:SubjectConfirmationData InResponseTo="${escapeXml(inResponseTo)}" NotOnOrAfter="${notOnOrAfter}" Recipient="${escapeXml(recipient)}"/>` +
      `</saml:SubjectConfirmation></saml:Subject>` +
      `<saml:Conditions NotBefore="${iso(-60_000)}" NotOnOrAfter="${notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>${escapeXml(audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
      `<saml:AuthnStatement AuthnInstant="${issued}" SessionIndex="${assertionId}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
      `<saml:AttributeStatement>${attributes(this.user, Boolean(s.oiosaml3))}</saml:AttributeStatement>` +
      `</saml:Assertion>`;
    const response =
      `<samlp:Response xmlns:samlp="${SAMLP}" xmlns:saml="${SAML}" ID="_${randomUUID()}" Version="2.0" IssueInstant="${issued}" Destination="${escapeXml(request.acsUrl)}" InResponseTo="${escapeXml(inResponseTo)}">` +
      `<saml:Issuer>${escapeXml(this.entityId)}</saml:Issuer>` +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      assertion +
      `</samlp:Response>`;
    if (s.unsigned) return response;
    const signed = this.signAssertion(response);
    return s.tampered ? signed.replace(escapeXml(this.user.email), 'intruder@elsewhere.example') : signed;
  }

  private signAssertion(xml: string) {
    const sig = new SignedXml({
      privateKey: this.keys.privateKey,
      publicCert: this.keys.certificate,
      signatureAlgorithm: RSA_SHA256,
      canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
    });
    sig.addReference({
      xpath: "//*[local-name(.)='Assertion']",
      transforms: [
        'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
        'http://www.w3.org/2001/10/xml-exc-c14n#',
      ],
      digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    });
    sig.computeSignature(xml, {
      location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: 'after' },
    });
    return sig.getSignedXml();
  }

  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The HTTP-POST binding as a page: the person presses the button, as at a real identity provider. */
function postForm(posted: PostedResponse) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head><body>
<main><h1>Test identity provider</h1>
<form method="post" action="${escapeXml(posted.acsUrl)}">
<input type="hidden" name="SAMLResponse" value="${escapeXml(posted.SAMLResponse)}">
<input type="hidden" name="RelayState" value="${escapeXml(posted.RelayState)}">
<button type="submit">Continue to Overblik</button>
</form></main></body></html>`;
}

/** The hidden fields and target of the page above, for tests that post it themselves. */
export function readPostForm(html: string): PostedResponse {
  const field = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`)
      .exec(html)?.[1]
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&') ?? '';
  const action = /action="([^"]*)"/.exec(html)?.[1].replace(/&amp;/g, '&') ?? '';
  return { acsUrl: action, SAMLResponse: field('SAMLResponse'), RelayState: field('RelayState') };
}
