import { graphql } from '../../../gql';

export const BenefitMapDocument = graphql(`
  query BenefitMap($projectId: ID!) {
    benefitMap(projectId: $projectId) {
      id
      kind
      label
      benefitId
      targetId
      version
    }
  }
`);

export const CreateBenefitMapNodeDocument = graphql(`
  mutation CreateBenefitMapNode($input: BenefitMapNodeInput!) {
    createBenefitMapNode(input: $input) {
      id
    }
  }
`);

export const UpdateBenefitMapNodeDocument = graphql(`
  mutation UpdateBenefitMapNode($input: BenefitMapNodeUpdateInput!) {
    updateBenefitMapNode(input: $input) {
      id
      kind
      label
      benefitId
      targetId
      version
    }
  }
`);

export const DeleteBenefitMapNodeDocument = graphql(`
  mutation DeleteBenefitMapNode($id: ID!, $version: Int!) {
    deleteBenefitMapNode(id: $id, version: $version)
  }
`);
