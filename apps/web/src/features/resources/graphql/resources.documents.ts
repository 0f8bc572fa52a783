import { graphql } from '../../../gql';

export const ResourcesDocument = graphql(`
  query Resources {
    contractToday
    people {
      id
      name
      unitId
      userId
      weeklyCapacityHours
      version
      competencies {
        id
        name
      }
    }
    competencies {
      id
      name
      version
    }
    units {
      id
      name
    }
  }
`);

export const ResourceAllocationsDocument = graphql(`
  query ResourceAllocations($quarters: [String!]) {
    allocations(quarters: $quarters) {
      id
      personId
      projectId
      competencyId
      quarter
      hoursPerWeek
      version
    }
    projects(filter: { statuses: [PROPOSED, ACTIVE, ON_HOLD] }, limit: 500) {
      items {
        id
        name
      }
    }
  }
`);

export const ProjectDemandsDocument = graphql(`
  query ProjectDemands($id: ID!) {
    project(id: $id) {
      id
      demands {
        id
        competencyId
        quarter
        hoursPerWeek
      }
    }
  }
`);

export const CreateCompetencyDocument = graphql(`
  mutation CreateCompetency($name: String!) {
    createCompetency(name: $name) {
      id
      name
      version
    }
  }
`);

export const UpdateCompetencyDocument = graphql(`
  mutation UpdateCompetency($id: ID!, $version: Int!, $name: String!) {
    updateCompetency(id: $id, version: $version, name: $name) {
      id
      name
      version
    }
  }
`);

export const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: PersonCreateInput!) {
    createPerson(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: PersonUpdateInput!) {
    updatePerson(input: $input) {
      id
      version
      name
      unitId
      userId
      weeklyCapacityHours
      competencies {
        id
        name
      }
    }
  }
`);

export const DeletePersonDocument = graphql(`
  mutation DeletePerson($id: ID!, $version: Int!) {
    deletePerson(id: $id, version: $version)
  }
`);

export const CreateAllocationDocument = graphql(`
  mutation CreateAllocation($input: AllocationInput!) {
    createAllocation(input: $input) {
      id
      version
    }
  }
`);

export const UpdateAllocationDocument = graphql(`
  mutation UpdateAllocation($input: AllocationUpdateInput!) {
    updateAllocation(input: $input) {
      id
      version
      personId
      projectId
      competencyId
      quarter
      hoursPerWeek
    }
  }
`);

export const DeleteAllocationDocument = graphql(`
  mutation DeleteAllocation($id: ID!, $version: Int!) {
    deleteAllocation(id: $id, version: $version)
  }
`);

export const SetResourceDemandDocument = graphql(`
  mutation SetResourceDemand($input: ResourceDemandInput!) {
    setResourceDemand(input: $input) {
      id
      competencyId
      quarter
      hoursPerWeek
    }
  }
`);

export const AllocationHeatmapDocument = graphql(`
  query AllocationHeatmap {
    allocationHeatmap {
      quarters
      byCompetency {
        groupId
        groupName
        quarter
        allocatedHours
        availableHours
        ratio
        status
      }
      byUnit {
        groupId
        groupName
        quarter
        allocatedHours
        availableHours
        ratio
        status
      }
    }
  }
`);
