import { Field, GraphQLISODateTime, InputType, ObjectType } from 'type-graphql';

@InputType({ description: "SAML 2.0 settings: the identity provider's metadata XML, uploaded or pasted." })
export class SamlSettingsInput {
  @Field(() => String)
  metadataXml!: string;
}

@ObjectType('SamlSettings', {
  description:
    "A SAML 2.0 provider: what was read from the identity provider's metadata, and Overblik's own addresses.",
})
export class SamlSettingsNode {
  @Field(() => String, { description: "The identity provider's entityID." })
  entityId!: string;

  @Field(() => String, { description: 'Where sign-in requests go (HTTP-Redirect).' })
  ssoUrl!: string;

  @Field(() => GraphQLISODateTime, { description: 'The latest expiry among the signing certificates.' })
  certificatesValidUntil!: Date;

  @Field(() => String, { description: 'The metadata as uploaded.' })
  metadataXml!: string;

  @Field(() => String, {
    description: "Overblik's entity ID (its metadata URL), to register at the identity provider.",
  })
  spEntityId!: string;

  @Field(() => String, { description: "Overblik's service provider metadata." })
  spMetadataUrl!: string;

  @Field(() => String, { description: 'The assertion consumer service (HTTP-POST).' })
  acsUrl!: string;
}
