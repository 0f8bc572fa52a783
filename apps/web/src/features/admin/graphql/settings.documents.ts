import { graphql } from '../../../gql';

export const SettingsFormFragment = graphql(`
  fragment SettingsForm_settings on OrganisationSettings {
    id
    version
    name
    cvr
    alertHorizonMonths
    migrationMonths
    alertRecipients
    defaultLocale
    systemOwnersEditUnitUsages
    procurementLeadMonths {
      purchaseForm
      months
    }
  }
`);

export const OrganisationSettingsDocument = graphql(`
  query OrganisationSettings {
    organisationSettings {
      id
      ...SettingsForm_settings
    }
  }
`);

export const UpdateOrganisationSettingsDocument = graphql(`
  mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!, $version: Int!) {
    updateOrganisationSettings(input: $input, version: $version) {
      id
      ...SettingsForm_settings
    }
  }
`);
