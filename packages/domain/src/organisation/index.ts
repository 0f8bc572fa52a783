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
export {
  RESPONSIBILITY_FIELDS,
  RESPONSIBILITY_KINDS,
  RESPONSIBILITY_ROLES,
  handOverRows,
  handOverSchema,
  responsibilityField,
  type HandOverItem,
  type HandOverRow,
  type ResponsibilityKind,
  type ResponsibilityRole,
} from './hand-over';
export { sharingPartners, type CollaborationShares, type ShareScope } from './sharing-partners';
