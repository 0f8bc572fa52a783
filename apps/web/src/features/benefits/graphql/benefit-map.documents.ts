import { graphql } from '../../../gql';

export const BenefitMapDocument = graphql(`
  query BenefitMap($projectId: ID!) {
    benefitMap(projectId: $projectId) {
      id
      ...BenefitMapSection_node
      ...MapNodeDialog_node
    }
  }
`);

export const CreateBenefitMapNodeDocument = graphql(`
  mutation CreateBenefitMapNode($input: BenefitMapNodeInput!) {
    createBenefitMapNode(input: $input) {
      id
      version
      ...BenefitMapSection_node
      ...MapNodeDialog_node
    }
  }
`);

export const UpdateBenefitMapNodeDocument = graphql(`
  mutation UpdateBenefitMapNode($input: BenefitMapNodeUpdateInput!) {
    updateBenefitMapNode(input: $input) {
      id
      version
      ...BenefitMapSection_node
      ...MapNodeDialog_node
    }
  }
`);

export const DeleteBenefitMapNodeDocument = graphql(`
  mutation DeleteBenefitMapNode($id: ID!, $version: Int!) {
    deleteBenefitMapNode(id: $id, version: $version)
  }
`);
