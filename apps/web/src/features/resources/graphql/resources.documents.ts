import { graphql } from '../../../gql';

export const ResourcesDocument = graphql(`
  query Resources {
    contractToday
    people {
      id
      ...PeoplePanel_person
      ...AllocationsPanel_person
    }
    competencies {
      id
      ...CompetenciesPanel_competency
      ...PeoplePanel_competency
      ...AllocationsPanel_competency
      ...DemandPanel_competency
    }
    units {
      id
      ...PeoplePanel_unit
    }
  }
`);

export const ResourceAllocationsDocument = graphql(`
  query ResourceAllocations($quarters: [String!]) {
    allocations(quarters: $quarters) {
      id
      ...AllocationsPanel_allocation
    }
    projects(filter: { statuses: [PROPOSED, ACTIVE, ON_HOLD] }, limit: 500) {
      items {
        id
        ...AllocationsPanel_project
        ...DemandPanel_project
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
        ...DemandPanel_demand
      }
    }
  }
`);

export const CreateCompetencyDocument = graphql(`
  mutation CreateCompetency($name: String!) {
    createCompetency(name: $name) {
      id
      ...CompetenciesPanel_competency
    }
  }
`);

export const UpdateCompetencyDocument = graphql(`
  mutation UpdateCompetency($id: ID!, $version: Int!, $name: String!) {
    updateCompetency(id: $id, version: $version, name: $name) {
      id
      version
      ...CompetenciesPanel_competency
      ...PeoplePanel_competency
      ...AllocationsPanel_competency
      ...DemandPanel_competency
    }
  }
`);

export const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: PersonCreateInput!) {
    createPerson(input: $input) {
      id
      ...PeoplePanel_person
      ...AllocationsPanel_person
    }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: PersonUpdateInput!) {
    updatePerson(input: $input) {
      id
      version
      ...PeoplePanel_person
      ...AllocationsPanel_person
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
      ...AllocationsPanel_allocation
    }
  }
`);

export const UpdateAllocationDocument = graphql(`
  mutation UpdateAllocation($input: AllocationUpdateInput!) {
    updateAllocation(input: $input) {
      id
      version
      ...AllocationsPanel_allocation
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
      ...DemandPanel_demand
    }
  }
`);

export const AllocationHeatmapDocument = graphql(`
  query AllocationHeatmap {
    allocationHeatmap {
      quarters
      byCompetency {
        ...ResourceHeatmap_cell
      }
      byUnit {
        ...ResourceHeatmap_cell
      }
    }
  }
`);
