import { graphql } from '../../../gql';

/** The API's largest page; the table loads page after page until it has every usage. */
export const SYSTEMS_TABLE_PAGE = 500;

export const SystemsTableDocument = graphql(`
  query SystemsTable($offset: Int!, $limit: Int!) {
    systemUsages(offset: $offset, limit: $limit, sort: { field: NAME, direction: ASC }) {
      totalCount
      items {
        id
        name
        lifecycle
        hosting
        userCount
        capabilities
        taskAreas
        inUseUntil
        yearlyCost
        dataYearlyCost
        responsibleUnit {
          id
          name
        }
        owner {
          id
          name
        }
        coveringContracts {
          id
          effectiveEnd
        }
        lifecycleConflicts {
          dependencyId
        }
      }
    }
  }
`);

export const SystemDetailDocument = graphql(`
  query SystemDetail($id: ID!) {
    systemUsage(id: $id) {
      id
      organisationId
      name
      localName
      lifecycle
      inUseFrom
      inUseUntil
      hosting
      userCount
      migrationMonths
      switchingCost
      capabilities
      capabilityIds
      taskAreas
      usesServicePlatform
      usesSupportSystems
      standardsMet
      architectureFitNote
      asIs
      toBe
      workflows
      version
      yearlyCost
      dataYearlyCost
      system {
        id
        name
        description
      }
      owner {
        id
        name
      }
      custodian {
        id
        name
      }
      responsibleUnit {
        id
        name
      }
      dataSources {
        id
        dataSourceId
        dataSourceName
        dataSourceKind
        channel
        access
        yearlyCost
        authoritative
        purpose
        plannedTargetSourceId
        plannedSwitchDate
        dataTypes
        registerFamilies
        version
      }
      integrationsOut {
        id
        toUsageId
        toUsageName
        interfaceId
        interfaceName
        data
        direction
        frequency
        migrationMonths
        dataTypes
        registerFamilies
        interfaceDataTypes
        interfaceRegisterFamilies
        version
      }
      integrationsIn {
        id
        fromUsageId
        fromUsageName
        interfaceId
        interfaceName
        data
        direction
        frequency
        migrationMonths
        dataTypes
        registerFamilies
        interfaceDataTypes
        interfaceRegisterFamilies
        version
      }
      coveringContracts {
        id
        name
        validity
        effectiveEnd
        noticeDate
      }
      projects {
        id
        name
      }
      lifecycleConflicts {
        dependencyId
        dependencyName
        dependencyKind
        reason
        dependencyEnd
      }
    }
  }
`);

export const SystemEditOptionsDocument = graphql(`
  query SystemEditOptions {
    units {
      id
      name
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

export const UpdateSystemUsageDocument = graphql(`
  mutation UpdateSystemUsage($input: SystemUsageUpdateInput!) {
    updateSystemUsage(input: $input) {
      id
      name
      localName
      lifecycle
      inUseFrom
      inUseUntil
      userCount
      migrationMonths
      switchingCost
      capabilities
      capabilityIds
      workflows
      asIs
      toBe
      architectureFitNote
      version
      owner {
        id
        name
      }
      custodian {
        id
        name
      }
      responsibleUnit {
        id
        name
      }
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
