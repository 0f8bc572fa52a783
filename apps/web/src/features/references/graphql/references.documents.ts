import { graphql } from '../../../gql';

export const ExternalReferenceRow = graphql(`
  fragment ExternalReferenceRow on ExternalReference {
    id
    version
    title
    documentId
    url
  }
`);

export const ExternalReferencesDocument = graphql(`
  query ExternalReferences($subject: ReferenceSubject!, $subjectId: ID!) {
    externalReferences(subject: $subject, subjectId: $subjectId) {
      id
      ...ExternalReferenceRow
    }
  }
`);

export const CreateExternalReferenceDocument = graphql(`
  mutation CreateExternalReference($input: ExternalReferenceCreateInput!) {
    createExternalReference(input: $input) {
      id
      ...ExternalReferenceRow
    }
  }
`);

export const UpdateExternalReferenceDocument = graphql(`
  mutation UpdateExternalReference($input: ExternalReferenceUpdateInput!) {
    updateExternalReference(input: $input) {
      id
      ...ExternalReferenceRow
    }
  }
`);

export const DeleteExternalReferenceDocument = graphql(`
  mutation DeleteExternalReference($id: ID!, $version: Int!) {
    deleteExternalReference(id: $id, version: $version)
  }
`);
