import { graphql } from '../../../gql';

export const AdminMembersDocument = graphql(`
  query AdminMembers {
    members {
      id
      version
      roles
      status
      unitId
      unit {
        id
        name
      }
      user {
        id
        name
        email
      }
      ...MemberRolesEditor_member
    }
  }
`);

export const MemberUnitOptionsDocument = graphql(`
  query MemberUnitOptions {
    units {
      id
      name
    }
  }
`);

export const SetMemberUnitDocument = graphql(`
  mutation SetMemberUnit($id: ID!, $version: Int!, $unitId: ID) {
    setMemberUnit(id: $id, version: $version, unitId: $unitId) {
      id
      version
      unitId
      unit {
        id
        name
      }
    }
  }
`);

export const InviteMemberDocument = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      emailed
      inviteLink
      member {
        id
        status
        user {
          id
          name
        }
      }
    }
  }
`);

export const DeactivateMemberDocument = graphql(`
  mutation DeactivateMember($id: ID!, $version: Int!) {
    deactivateMember(id: $id, version: $version) {
      id
      version
      status
    }
  }
`);

export const ReactivateMemberDocument = graphql(`
  mutation ReactivateMember($id: ID!, $version: Int!) {
    reactivateMember(id: $id, version: $version) {
      id
      version
      status
    }
  }
`);

export const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      emailed
      inviteLink
      organisation {
        id
        name
      }
    }
  }
`);

export const SetMemberRolesDocument = graphql(`
  mutation SetMemberRoles($id: ID!, $version: Int!, $roles: [Role!]!) {
    setMemberRoles(id: $id, version: $version, roles: $roles) {
      id
      version
      roles
      ...MemberRolesEditor_member
    }
  }
`);

export const AdminUnitsDocument = graphql(`
  query AdminUnits {
    units {
      id
      ...UnitTable_unit
      ...UnitCreateForm_unit
    }
  }
`);

export const CreateUnitDocument = graphql(`
  mutation CreateUnit($input: UnitCreateInput!) {
    createUnit(input: $input) {
      id
      version
      name
      ...UnitTable_unit
      ...UnitCreateForm_unit
    }
  }
`);

export const UpdateUnitDocument = graphql(`
  mutation UpdateUnit($input: UnitUpdateInput!) {
    updateUnit(input: $input) {
      id
      version
      name
      ...UnitTable_unit
      ...UnitCreateForm_unit
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
      ...CollaborationsPanel_collaboration
    }
  }
`);
