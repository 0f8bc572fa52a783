import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import forge from 'node-forge';
import { SignedXml } from 'xml-crypto';

/**
 * A SAML 2.0 identity provider run by the tests (jest and the browser journey): it makes an RSA key
 * and a self-signed certificate at start, serves its metadata, takes the AuthnRequest by HTTP-Redirect
 * and answers with a Response whose Assertion it signs (HTTP-POST, shown as a form with one button).
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
          const posted = idp.answer(
            address.searchParams.get('SAMLRequest') ?? '',
            address.searchParams.get('RelayState') ?? '',
          );
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(postForm(posted));
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
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(this.ssoUrl)}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
  }

  /** Reads an HTTP-Redirect AuthnRequest (deflated, base64) and builds the answer for the current user. */
  answer(samlRequest: string, relayState: string): PostedResponse {
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
    const posted = {
      acsUrl: request.acsUrl,
      SAMLResponse: Buffer.from(this.responseXml(request), 'utf8').toString('base64'),
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
      signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
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
