import { Field, InputType } from 'type-graphql';
import { Role } from '../../shared/enums';
import { SamlSettingsInput } from './saml-settings.type';

@InputType()
export class RoleMappingRowInput {
  @Field(() => String)
  value!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType({ description: 'OpenID Connect settings; a null client secret keeps the stored one.' })
export class OidcSettingsInput {
  @Field(() => String)
  issuer!: string;

  @Field(() => String)
  clientId!: string;

  @Field(() => String, { nullable: true, description: 'Write-only; null keeps the stored secret.' })
  clientSecret!: string | null;
}

@InputType({ description: "The settings every kind shares, plus the kind's own part (oidc or saml)." })
export class SignInProviderInput {
  @Field(() => String)
  name!: string;

  @Field(() => [String])
  allowedDomains!: string[];

  @Field(() => String)
  roleClaim!: string;

  @Field(() => [RoleMappingRowInput])
  roleMapping!: RoleMappingRowInput[];

  @Field(() => Role, { nullable: true })
  newUserRole!: Role | null;

  @Field(() => OidcSettingsInput, { nullable: true, description: 'Required for an OIDC provider.' })
  oidc?: OidcSettingsInput | null;

  @Field(() => SamlSettingsInput, { nullable: true, description: 'Required for a SAML provider.' })
  saml?: SamlSettingsInput | null;
}
