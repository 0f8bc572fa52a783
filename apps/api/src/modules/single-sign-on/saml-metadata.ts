import { X509Certificate } from 'node:crypto';
import type { Element } from '@xmldom/xmldom';
import { invalid } from '../../shared/errors';
import type { MessageKey } from '../../shared/messages';
import { children, descendants, parseXml } from './saml-xml';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
/** Metadata larger than this is not an identity provider's own description (Context Handler's is ~10 KB). */
export const METADATA_MAX_BYTES = 256 * 1024;

/** What Overblik keeps of an identity provider's metadata (the SAML part of a provider's settings). */
export interface SamlIdentityProvider {
  entityId: string;
  /** SingleSignOnService with the HTTP-Redirect binding: where AuthnRequests go. */
  ssoUrl: string;
  /** Signing certificates as PEM; a signature by any of them is accepted (rollover). */
  certificates: string[];
  /** The latest expiry among the signing certificates, shown to administrators. */
  certificatesValidUntil: string;
}

const refuse = (message: MessageKey, params: Record<string, string | number> = {}) =>
  invalid([{ field: 'saml.metadataXml', message, params }]);

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

function signingCertificates(descriptor: Element): X509Certificate[] {
  // A KeyDescriptor without `use` serves both signing and encryption (SAML metadata §2.4.1.1).
  const keys = children(descriptor, MD, 'KeyDescriptor').filter((k) => {
    const use = k.getAttribute('use');
    return !use || use === 'signing';
  });
  const certificates: X509Certificate[] = [];
  for (const key of keys) {
    for (const element of descendants(key, DS, 'X509Certificate')) {
      const body = (element.textContent ?? '').replace(/\s+/g, '');
      try {
        certificates.push(new X509Certificate(Buffer.from(body, 'base64')));
      } catch {
        throw refuse('saml.metadata.badCertificate');
      }
    }
  }
  return certificates;
}

function identityProviderEntity(root: Element): Element {
  if (root.namespaceURI === MD && root.localName === 'EntityDescriptor') return root;
  if (root.namespaceURI === MD && root.localName === 'EntitiesDescriptor') {
    // A federation file: accept it when it describes exactly one identity provider.
    const idps = descendants(root, MD, 'EntityDescriptor').filter(
      (e) => children(e, MD, 'IDPSSODescriptor').length > 0,
    );
    if (idps.length === 1) return idps[0];
    throw refuse(idps.length ? 'saml.metadata.manyIdentityProviders' : 'saml.metadata.noIdentityProvider');
  }
  throw refuse('saml.metadata.notMetadata');
}

/**
 * Reads the identity provider's metadata an administrator uploads: entity ID, the HTTP-Redirect
 * single sign-on URL and the signing certificates. Every way it can be unusable is refused with its
 * own localised message on the field `metadataXml`.
 */
export function parseIdentityProviderMetadata(xml: string, now = new Date()): SamlIdentityProvider {
  if (!xml.trim()) throw refuse('field.required');
  if (Buffer.byteLength(xml, 'utf8') > METADATA_MAX_BYTES) {
    throw refuse('saml.metadata.tooLarge', { max: METADATA_MAX_BYTES / 1024 });
  }
  const doc = parseXml(xml.trim());
  if (!doc?.documentElement) throw refuse('saml.metadata.notXml');
  const entity = identityProviderEntity(doc.documentElement);
  const descriptor = children(entity, MD, 'IDPSSODescriptor')[0];
  if (!descriptor) throw refuse('saml.metadata.noIdentityProvider');
  const entityId = entity.getAttribute('entityID')?.trim() ?? '';
  if (!entityId) throw refuse('saml.metadata.noEntityId');

  const sso = children(descriptor, MD, 'SingleSignOnService').find(
    (s) => s.getAttribute('Binding') === REDIRECT,
  );
  const ssoUrl = sso?.getAttribute('Location')?.trim() ?? '';
  if (!ssoUrl) throw refuse('saml.metadata.noRedirectBinding');
  let url: URL;
  try {
    url = new URL(ssoUrl);
  } catch {
    throw refuse('saml.metadata.ssoUrlNotHttps');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw refuse('saml.metadata.ssoUrlNotHttps');
  }

  const certificates = signingCertificates(descriptor);
  if (!certificates.length) throw refuse('saml.metadata.noSigningCertificate');
  const current = certificates.filter((c) => new Date(c.validTo) > now);
  if (!current.length) throw refuse('saml.metadata.certificateExpired');
  const validUntil = new Date(Math.max(...current.map((c) => new Date(c.validTo).getTime())));
  return {
    entityId,
    ssoUrl,
    certificates: current.map((c) => c.toString()),
    certificatesValidUntil: validUntil.toISOString(),
  };
}
