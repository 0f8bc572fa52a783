import { graphql } from '../../../gql';

export const ProgrammesDocument = graphql(`
  query Programmes($includeArchived: Boolean) {
    programmes(includeArchived: $includeArchived) {
      id
      name
      archived
      lead {
        id
        name
      }
      rollup {
        projectCount
        status {
          worst
          missing
        }
        spend {
          budget
          spent
          spentPercent
        }
      }
    }
  }
`);

export const ProgrammeDetailDocument = graphql(`
  query ProgrammeDetail($id: ID!) {
    programme(id: $id) {
      id
      name
      description
      archived
      version
      lead {
        id
        name
      }
      strategies {
        id
        name
      }
      ...ProgrammeForm_programme
      ...ProgrammeProjects_programme
      ...ProgrammeRollup_programme
    }
  }
`);

/** Who a programme can be led by and which strategies it can serve. */
export const ProgrammeFormOptionsDocument = graphql(`
  query ProgrammeFormOptions {
    members {
      id
      user {
        id
        name
      }
    }
    strategies {
      id
      name
    }
  }
`);

/** The projects a programme can hold: the organisation's, each with the programme it is in now. */
export const ProgrammeProjectOptionsDocument = graphql(`
  query ProgrammeProjectOptions {
    projects(limit: 500, sort: { field: NAME, direction: ASC }) {
      items {
        id
        name
        programme {
          id
          name
        }
      }
    }
  }
`);

export const CreateProgrammeDocument = graphql(`
  mutation CreateProgramme($input: ProgrammeCreateInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);

export const UpdateProgrammeDocument = graphql(`
  mutation UpdateProgramme($input: ProgrammeUpdateInput!) {
    updateProgramme(input: $input) {
      id
      version
      name
      description
      lead {
        id
        name
      }
      strategies {
        id
        name
      }
      ...ProgrammeForm_programme
    }
  }
`);

export const SetProgrammeArchivedDocument = graphql(`
  mutation SetProgrammeArchived($id: ID!, $version: Int!, $archived: Boolean!) {
    setProgrammeArchived(id: $id, version: $version, archived: $archived) {
      id
      version
      archived
    }
  }
`);

export const SetProgrammeProjectsDocument = graphql(`
  mutation SetProgrammeProjects($programmeId: ID!, $version: Int!, $projectIds: [ID!]!) {
    setProgrammeProjects(programmeId: $programmeId, version: $version, projectIds: $projectIds) {
      id
      version
      ...ProgrammeProjects_programme
      ...ProgrammeRollup_programme
    }
  }
`);
