import { graphql } from '../../../gql';

export const OidcProviderFormFragment = graphql(`
  fragment OidcProviderForm_provider on SignInProvider {
    id
    version
    kind
    name
    enabled
    allowedDomains
    roleClaim
    roleMapping {
      value
      role
    }
    newUserRole
    lastSignInAt
    oidc {
      issuer
      clientId
      hasClientSecret
      callbackUrl
    }
  }
`);

export const SamlProviderFormFragment = graphql(`
  fragment SamlProviderForm_provider on SignInProvider {
    id
    version
    kind
    name
    enabled
    allowedDomains
    roleClaim
    roleMapping {
      value
      role
    }
    newUserRole
    saml {
      entityId
      ssoUrl
      certificatesValidUntil
      metadataXml
      spEntityId
      spMetadataUrl
      acsUrl
    }
  }
`);

export const SignInSettingsDocument = graphql(`
  query SignInSettings {
    signInProviders {
      id
      kind
      ...OidcProviderForm_provider
      ...SamlProviderForm_provider
    }
    passwordPolicy {
      organisationId
      passwordSignIn
      canSwitchOff
      version
    }
  }
`);

export const CreateSignInProviderDocument = graphql(`
  mutation CreateSignInProvider($kind: SignInProviderKind!, $input: SignInProviderInput!) {
    createSignInProvider(kind: $kind, input: $input) {
      id
      ...OidcProviderForm_provider
      ...SamlProviderForm_provider
    }
  }
`);

export const UpdateSignInProviderDocument = graphql(`
  mutation UpdateSignInProvider($id: ID!, $version: Int!, $input: SignInProviderInput!) {
    updateSignInProvider(id: $id, version: $version, input: $input) {
      id
      ...OidcProviderForm_provider
      ...SamlProviderForm_provider
    }
  }
`);

export const SetSignInProviderEnabledDocument = graphql(`
  mutation SetSignInProviderEnabled($id: ID!, $version: Int!, $enabled: Boolean!) {
    setSignInProviderEnabled(id: $id, version: $version, enabled: $enabled) {
      id
      ...OidcProviderForm_provider
      ...SamlProviderForm_provider
    }
  }
`);

export const DeleteSignInProviderDocument = graphql(`
  mutation DeleteSignInProvider($id: ID!, $version: Int!) {
    deleteSignInProvider(id: $id, version: $version)
  }
`);

export const TestOidcIssuerDocument = graphql(`
  mutation TestOidcIssuer($issuer: String!) {
    testOidcIssuer(issuer: $issuer)
  }
`);

export const SetPasswordSignInDocument = graphql(`
  mutation SetPasswordSignIn($enabled: Boolean!, $version: Int!) {
    setPasswordSignIn(enabled: $enabled, version: $version) {
      organisationId
      passwordSignIn
      canSwitchOff
      version
    }
  }
`);
