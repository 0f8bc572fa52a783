import { graphql } from '../../../gql';

export const AdminMembersDocument = graphql(`
  query AdminMembers {
    members {
      id
      roles
      version
      user {
        id
        name
        email
      }
    }
  }
`);

export const AddMemberDocument = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      roles
      version
      user {
        id
        name
        email
      }
    }
  }
`);

export const SetMemberRolesDocument = graphql(`
  mutation SetMemberRoles($id: ID!, $version: Int!, $roles: [Role!]!) {
    setMemberRoles(id: $id, version: $version, roles: $roles) {
      id
      roles
      version
    }
  }
`);

export const AdminUnitsDocument = graphql(`
  query AdminUnits {
    units {
      id
      name
      code
      parentId
      version
    }
  }
`);

export const CreateUnitDocument = graphql(`
  mutation CreateUnit($input: UnitCreateInput!) {
    createUnit(input: $input) {
      id
      name
      code
      parentId
      version
    }
  }
`);

export const UpdateUnitDocument = graphql(`
  mutation UpdateUnit($input: UnitUpdateInput!) {
    updateUnit(input: $input) {
      id
      name
      code
      parentId
      version
    }
  }
`);

export const DeleteUnitDocument = graphql(`
  mutation DeleteUnit($id: ID!, $version: Int!) {
    deleteUnit(id: $id, version: $version)
  }
`);

export const AdminCollaborationsDocument = graphql(`
  query AdminCollaborations {
    collaborations {
      id
      name
      purpose
      members {
        shares
        organisation {
          id
          name
        }
      }
    }
  }
`);
