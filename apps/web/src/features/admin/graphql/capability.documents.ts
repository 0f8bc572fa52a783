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
      ...CapabilityDialog_capability
    }
  }
`);

export const CreateCapabilityDocument = graphql(`
  mutation CreateCapability($input: CapabilityCreateInput!) {
    createCapability(input: $input) {
      id
      version
      name
      ...CapabilityDialog_capability
    }
  }
`);

export const RenameCapabilityDocument = graphql(`
  mutation RenameCapability($input: CapabilityRenameInput!) {
    renameCapability(input: $input) {
      id
      version
      ...CapabilityDialog_capability
    }
  }
`);

export const MoveCapabilityDocument = graphql(`
  mutation MoveCapability($input: CapabilityMoveInput!) {
    moveCapability(input: $input) {
      id
      version
      ...CapabilityDialog_capability
    }
  }
`);

export const SetCapabilityArchivedDocument = graphql(`
  mutation SetCapabilityArchived($id: ID!, $version: Int!, $archived: Boolean!) {
    setCapabilityArchived(id: $id, version: $version, archived: $archived) {
      id
      version
      ...CapabilityDialog_capability
    }
  }
`);
