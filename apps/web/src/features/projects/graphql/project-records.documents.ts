import { graphql } from '../../../gql';

export const ProjectRecordsDocument = graphql(`
  query ProjectRecords($id: ID!) {
    project(id: $id) {
      id
      statusReports {
        id
        periodEnd
        overall
        ragTime
        ragCost
        ragQuality
        ragScope
        progressPercent
        spent
        budget
        risks
        nextSteps
        reportedBy {
          id
          name
        }
      }
      artefacts {
        id
        kind
        title
        content
        version
        providedAt
      }
    }
  }
`);

export const FileStatusReportDocument = graphql(`
  mutation FileStatusReport($input: StatusReportInput!) {
    fileStatusReport(input: $input) {
      id
      overall
    }
  }
`);

export const SaveBusinessCaseDocument = graphql(`
  mutation SaveBusinessCase($projectId: ID!, $version: Int!, $lines: [BusinessCaseLineInput!]!) {
    saveBusinessCase(projectId: $projectId, version: $version, lines: $lines) {
      id
      kind
      description
      amount
      year
    }
  }
`);

export const SaveProjectArtefactDocument = graphql(`
  mutation SaveProjectArtefact($input: ArtefactInput!) {
    saveProjectArtefact(input: $input) {
      id
      kind
      title
      content
      version
      providedAt
    }
  }
`);
