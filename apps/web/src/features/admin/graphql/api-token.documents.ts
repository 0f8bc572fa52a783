import { graphql } from '../../../gql';

export const ApiTokenRowFragment = graphql(`
  fragment ApiTokensPanel_token on ApiToken {
    id
    name
    scope
    createdByName
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

export const ApiTokensDocument = graphql(`
  query ApiTokens {
    apiTokens {
      id
      ...ApiTokensPanel_token
    }
  }
`);

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        ...ApiTokensPanel_token
      }
    }
  }
`);

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      ...ApiTokensPanel_token
    }
  }
`);
