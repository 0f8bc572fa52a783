export {
  SIGN_IN_PROVIDER_KINDS,
  isLoopbackIssuer,
  normaliseDomain,
  oidcIssuerSchema,
  oidcPartSchema,
  oidcSettingsSchema,
  signInProviderSchema,
  type OidcSettingsInput,
  type RoleMappingRow,
  type SignInProviderInput,
  type SignInProviderKind,
} from './sign-in-provider';
export {
  SIGN_IN_REFUSALS,
  decideSignIn,
  emailDomain,
  isEmailDomainAllowed,
  mappedRoles,
  type ExistingMembership,
  type ProvisioningPolicy,
  type SignInDecision,
  type SignInRefusal,
} from './provisioning';
export { passwordSignInAllowed, canSwitchPasswordsOff } from './passwords';
export { CVR_SCOPE_PREFIX, onlyOtherScopes, privilegesForCvr, type PrivilegeGroup } from './saml-privileges';
