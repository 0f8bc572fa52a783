export {
  ALERT_RECIPIENTS,
  LOCALES,
  alertRecipientIds,
  organisationSettingsSchema,
  type AlertRecipient,
  type AlertRoleHolders,
  type Locale,
  type OrganisationSettingsInput,
} from './organisation-settings';
