import { graphql } from '../../../gql';

/** The API's largest page; the table loads page after page until it has every usage. */
export const SYSTEMS_TABLE_PAGE = 500;

export const SystemsTableDocument = graphql(`
  query SystemsTable($offset: Int!, $limit: Int!) {
    systemUsages(offset: $offset, limit: $limit, sort: { field: NAME, direction: ASC }) {
      totalCount
      items {
        id
        ...SystemsTable_row
      }
    }
  }
`);

export const SystemDetailDocument = graphql(`
  query SystemDetail($id: ID!) {
    systemUsage(id: $id) {
      id
      version
      name
      ownerUserId
      custodianUserId
      responsibleUnitId
      system {
        id
        description
      }
      ...SystemFacts_usage
      ...CatalogueEntry_usage
      ...SystemRelations_usage
      ...SystemEdgeEditor_usage
      ...SystemWorkflows_usage
      ...SystemEditForm_usage
      ...SystemUsedElsewhere_usage
    }
  }
`);

export const SystemEditOptionsDocument = graphql(`
  query SystemEditOptions {
    units {
      id
      name
    }
    infrastructureComponents(limit: 500) {
      items {
        id
        name
      }
    }
    capabilities {
      id
      parentId
      name
      archived
    }
    members {
      id
      user {
        id
        name
      }
    }
  }
`);

/** Returns every view's fragment: a lifecycle or date change can also change the usage's conflicts. */
export const UpdateSystemUsageDocument = graphql(`
  mutation UpdateSystemUsage($input: SystemUsageUpdateInput!) {
    updateSystemUsage(input: $input) {
      id
      version
      name
      ...SystemsTable_row
      ...SystemFacts_usage
      ...SystemRelations_usage
      ...SystemWorkflows_usage
      ...SystemEditForm_usage
    }
  }
`);

export const EdgeOptionsDocument = graphql(`
  query EdgeOptions {
    dataSources(limit: 500) {
      items {
        id
        name
      }
    }
    systemUsages(limit: 500, sort: { field: NAME, direction: ASC }) {
      items {
        id
        name
      }
    }
    interfaces(limit: 500) {
      items {
        id
        name
      }
    }
    contracts(limit: 500, sort: { field: NAME, direction: ASC }) {
      items {
        id
        name
      }
    }
  }
`);

export const CreateUsageDataSourceDocument = graphql(`
  mutation CreateUsageDataSource($input: UsageDataSourceCreateInput!) {
    createUsageDataSource(input: $input) {
      id
    }
  }
`);

export const DeleteUsageDataSourceDocument = graphql(`
  mutation DeleteUsageDataSource($id: ID!, $version: Int!) {
    deleteUsageDataSource(id: $id, version: $version)
  }
`);

export const CreateIntegrationDocument = graphql(`
  mutation CreateIntegration($input: IntegrationCreateInput!) {
    createIntegration(input: $input) {
      id
    }
  }
`);

export const DeleteIntegrationDocument = graphql(`
  mutation DeleteIntegration($id: ID!, $version: Int!) {
    deleteIntegration(id: $id, version: $version)
  }
`);

export const DeleteSystemUsageDocument = graphql(`
  mutation DeleteSystemUsage($id: ID!, $version: Int!) {
    deleteSystemUsage(id: $id, version: $version)
  }
`);
