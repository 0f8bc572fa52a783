import { graphql } from '../../../gql';

export const UpdateUsageDataSourceDocument = graphql(`
  mutation UpdateUsageDataSource($input: UsageDataSourceUpdateInput!) {
    updateUsageDataSource(input: $input) {
      id
      version
      ...SystemRelations_dataSource
      ...EditDataSourceEdgeForm_edge
    }
  }
`);

export const UpdateIntegrationDocument = graphql(`
  mutation UpdateIntegration($input: IntegrationUpdateInput!) {
    updateIntegration(input: $input) {
      id
      version
      ...SystemRelations_integration
      ...EditIntegrationForm_integration
    }
  }
`);
