import type { ProviderKindHandler } from './provider-kinds';
import { parseIdentityProviderMetadata } from './saml-metadata';
import { samlUrls } from './saml-response';
import { newSamlServiceProviderKeys } from './saml-service-provider-keys';
import { samlSettings, samlSettingsOf } from './saml-settings';

/**
 * SAML's part of the shared provider model (ADR 0027/0028): the uploaded metadata is parsed on every
 * save (so an expired certificate or a moved endpoint is caught when it is replaced), and the node
 * shows what was read beside the addresses to register at the identity provider.
 */
export const samlKind: ProviderKindHandler = {
  parse(input) {
    const xml = input.saml?.metadataXml ?? '';
    return { settings: { ...samlSettings(xml.trim(), parseIdentityProviderMetadata(xml)) } };
  },
  initialSecret: newSamlServiceProviderKeys,
  present(row, publicUrl) {
    const settings = samlSettingsOf(row);
    if (!settings) return { saml: null };
    const urls = samlUrls(publicUrl, row.id);
    return {
      saml: {
        entityId: settings.entityId,
        ssoUrl: settings.ssoUrl,
        certificatesValidUntil: new Date(settings.certificatesValidUntil),
        metadataXml: settings.metadataXml,
        spEntityId: urls.entityId,
        spMetadataUrl: urls.metadataUrl,
        acsUrl: urls.acsUrl,
      },
    };
  },
};
