import { graphql } from '../../../gql';

export const ResponsibilitiesDocument = graphql(`
  query Responsibilities($userId: ID!) {
    responsibilities(userId: $userId) {
      kind
      role
      id
      name
      version
    }
  }
`);

export const HandOverResponsibilitiesDocument = graphql(`
  mutation HandOverResponsibilities($input: HandOverInput!) {
    handOverResponsibilities(input: $input)
  }
`);
