import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../shared/enums';
import { SamlSettingsNode } from './saml-settings.type';

export const SignInProviderKind = { OIDC: 'OIDC', SAML: 'SAML' } as const;
export type SignInProviderKind = (typeof SignInProviderKind)[keyof typeof SignInProviderKind];
registerEnumType(SignInProviderKind, {
  name: 'SignInProviderKind',
  description: 'How the identity provider speaks to Overblik: OpenID Connect or SAML 2.0.',
});

@ObjectType('RoleMappingRow', { description: 'A claim value that grants a role.' })
export class RoleMappingRowNode {
  @Field(() => String)
  value!: string;

  @Field(() => Role)
  role!: Role;
}

@ObjectType('OidcSettings', {
  description: "An OpenID Connect provider's settings; the client secret is never returned.",
})
export class OidcSettingsNode {
  @Field(() => String)
  issuer!: string;

  @Field(() => String)
  clientId!: string;

  @Field(() => Boolean, { description: 'Whether a client secret is stored (it is write-only).' })
  hasClientSecret!: boolean;

  @Field(() => String, { description: 'The redirect URI to register at the identity provider.' })
  callbackUrl!: string;
}

@ObjectType('SignInProvider', { description: "An organisation's identity provider for single sign-on." })
export class SignInProviderNode {
  @Field(() => ID)
  id!: string;

  @Field(() => SignInProviderKind)
  kind!: SignInProviderKind;

  @Field(() => String, { description: 'Shown on the sign-in button.' })
  name!: string;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => [String], { description: 'E-mail domains whose people may sign in through it.' })
  allowedDomains!: string[];

  @Field(() => String, { description: 'The claim (OIDC) or attribute (SAML) the role mapping reads.' })
  roleClaim!: string;

  @Field(() => [RoleMappingRowNode])
  roleMapping!: RoleMappingRowNode[];

  @Field(() => Role, {
    nullable: true,
    description: 'Without a mapping: the role of a person new to the organisation; null admits members only.',
  })
  newUserRole!: Role | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastSignInAt!: Date | null;

  @Field(() => OidcSettingsNode, { nullable: true, description: 'Set for an OIDC provider.' })
  oidc!: OidcSettingsNode | null;

  @Field(() => SamlSettingsNode, { nullable: true, description: 'Set for a SAML provider.' })
  saml!: SamlSettingsNode | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('SignInOption', { description: 'An enabled identity provider, as the sign-in page offers it.' })
export class SignInOptionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => SignInProviderKind)
  kind!: SignInProviderKind;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => String, { description: 'Where the browser goes to start signing in.' })
  startUrl!: string;
}

@ObjectType('PasswordPolicy', {
  description: "Whether the organisation's members may sign in with a password.",
})
export class PasswordPolicyNode {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => Boolean)
  passwordSignIn!: boolean;

  @Field(() => Boolean, {
    description: 'Passwords may be switched off: a provider is enabled and someone has signed in through it.',
  })
  canSwitchOff!: boolean;

  @Field(() => Int, { description: "The organisation's version." })
  version!: number;
}
