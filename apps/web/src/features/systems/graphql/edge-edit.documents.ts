import { graphql } from '../../../gql';

export const UpdateUsageDataSourceDocument = graphql(`
  mutation UpdateUsageDataSource($input: UsageDataSourceUpdateInput!) {
    updateUsageDataSource(input: $input) {
      id
      version
    }
  }
`);

export const UpdateIntegrationDocument = graphql(`
  mutation UpdateIntegration($input: IntegrationUpdateInput!) {
    updateIntegration(input: $input) {
      id
      version
    }
  }
`);
