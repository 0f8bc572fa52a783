import { graphql } from '../../../gql';

export const GlobalSearchDocument = graphql(`
  query GlobalSearch($text: String!) {
    search(text: $text) {
      kind
      id
      name
      detail
    }
  }
`);
