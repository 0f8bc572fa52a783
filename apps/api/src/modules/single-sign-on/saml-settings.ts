import { z } from 'zod';
import type { SamlIdentityProvider } from './saml-metadata';

/** A SAML provider's `settings` JSON: the uploaded metadata as given, and what was read from it. */
const storedSaml = z.object({
  metadataXml: z.string(),
  entityId: z.string().min(1),
  ssoUrl: z.string().min(1),
  certificates: z.array(z.string()).min(1),
  certificatesValidUntil: z.string(),
});
export type SamlSettings = z.infer<typeof storedSaml>;

/** The stored SAML settings; null for a row that is not SAML or is malformed. */
export const samlSettingsOf = (row: { kind: string; settings: unknown }): SamlSettings | null =>
  row.kind === 'SAML' ? (storedSaml.safeParse(row.settings).data ?? null) : null;

export const samlSettings = (metadataXml: string, idp: SamlIdentityProvider): SamlSettings => ({
  metadataXml,
  ...idp,
});
