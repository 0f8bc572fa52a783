import { graphql } from '../../../gql';

export const AdminCapabilitiesDocument = graphql(`
  query AdminCapabilities {
    capabilities {
      id
      parentId
      name
      kitosBusinessType
      archived
      usageCount
      version
    }
  }
`);

export const CreateCapabilityDocument = graphql(`
  mutation CreateCapability($input: CapabilityCreateInput!) {
    createCapability(input: $input) {
      id
      parentId
      name
      version
    }
  }
`);

export const RenameCapabilityDocument = graphql(`
  mutation RenameCapability($input: CapabilityRenameInput!) {
    renameCapability(input: $input) {
      id
      name
      version
    }
  }
`);

export const MoveCapabilityDocument = graphql(`
  mutation MoveCapability($input: CapabilityMoveInput!) {
    moveCapability(input: $input) {
      id
      parentId
      version
    }
  }
`);

export const SetCapabilityArchivedDocument = graphql(`
  mutation SetCapabilityArchived($id: ID!, $version: Int!, $archived: Boolean!) {
    setCapabilityArchived(id: $id, version: $version, archived: $archived) {
      id
      archived
      version
    }
  }
`);
