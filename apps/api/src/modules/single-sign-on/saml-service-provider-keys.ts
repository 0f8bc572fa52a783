import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { z } from 'zod';

/**
 * The service provider's own keys for one SAML provider (ADR 0028, amended): one pair signs the
 * AuthnRequests, the other is the one the identity provider encrypts assertions to (the Context
 * Handler requires both). Generated when the provider is created, sealed with OVERBLIK_SECRET_KEY
 * in the provider's secret; the certificates are published in the service provider's metadata.
 */
export interface SamlKeyPair {
  privateKey: string;
  certificate: string;
}
export interface SamlServiceProviderKeys {
  signing: SamlKeyPair;
  encryption: SamlKeyPair;
}

/** RSA 3072: NIST's size for keys used beyond 2030, within the certificate's life. */
const MODULUS_BITS = 3072;
/** Self-signed and pinned by the identity provider from the metadata, so a long life spares re-registering. */
const VALID_YEARS = 10;

// Off the event loop (libuv's thread pool): a 3072-bit key takes a noticeable moment to find.
const generateRsa = promisify(generateKeyPair);

async function keyPair(commonName: string): Promise<SamlKeyPair> {
  const { privateKey, publicKey } = await generateRsa('rsa', {
    modulusLength: MODULUS_BITS,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey);
  // A positive 128-bit serial (leading byte below 0x80).
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  const now = new Date();
  cert.validity.notBefore = new Date(now.getTime() - 60 * 60_000);
  cert.validity.notAfter = new Date(now.getTime() + VALID_YEARS * 365 * 86_400_000);
  const subject = [{ name: 'commonName', value: commonName }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.sign(forge.pki.privateKeyFromPem(privateKey), forge.md.sha256.create());
  return { privateKey, certificate: forge.pki.certificateToPem(cert) };
}

/** New keys for the provider with this id, as the sealed secret's JSON. */
export async function newSamlServiceProviderKeys(providerId: string): Promise<string> {
  const [signing, encryption] = await Promise.all([
    keyPair(`Overblik SAML signing ${providerId}`),
    keyPair(`Overblik SAML encryption ${providerId}`),
  ]);
  const keys: SamlServiceProviderKeys = { signing, encryption };
  return JSON.stringify(keys);
}

const pair = z.object({ privateKey: z.string().min(1), certificate: z.string().min(1) });
const stored = z.object({ signing: pair, encryption: pair });

/** The opened secret's keys; null when it is not a key set (a malformed row). */
export const samlServiceProviderKeysOf = (opened: string): SamlServiceProviderKeys | null => {
  try {
    return stored.safeParse(JSON.parse(opened)).data ?? null;
  } catch {
    return null;
  }
};
