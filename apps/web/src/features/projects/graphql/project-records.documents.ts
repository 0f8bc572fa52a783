import { graphql } from '../../../gql';

/** The records both sections list; each section owns its fragment. */
export const ProjectRecordsDocument = graphql(`
  query ProjectRecords($id: ID!) {
    project(id: $id) {
      id
      ...StatusReportsSection_records
      ...ArtefactsSection_records
    }
  }
`);

export const FileStatusReportDocument = graphql(`
  mutation FileStatusReport($input: StatusReportInput!) {
    fileStatusReport(input: $input) {
      id
      ...StatusReportsSection_report
    }
  }
`);

export const SaveBusinessCaseDocument = graphql(`
  mutation SaveBusinessCase($projectId: ID!, $version: Int!, $lines: [BusinessCaseLineInput!]!) {
    saveBusinessCase(projectId: $projectId, version: $version, lines: $lines) {
      id
      ...BusinessCaseEditor_line
    }
  }
`);

export const SaveProjectArtefactDocument = graphql(`
  mutation SaveProjectArtefact($input: ArtefactInput!) {
    saveProjectArtefact(input: $input) {
      id
      version
      ...ArtefactsSection_artefact
    }
  }
`);
