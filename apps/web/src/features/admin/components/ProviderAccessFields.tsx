import { Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import { ROLE_ORDER } from '../roles';
import { RoleMappingRows, type MappingRow } from './RoleMappingRows';

const NO_ROLE = 'NONE';

/** Who may come in through a provider and with which roles: the fields every kind shares (ADR 0027). */
export interface AccessValues {
  domains: string;
  roleClaim: string;
  roleMapping: MappingRow[];
  newUserRole: Role | null;
}

interface Props {
  values: AccessValues;
  onChange(changes: Partial<AccessValues>): void;
  error(field: string): string | undefined;
  /** The kind's help for the role claim (an OIDC claim, a SAML attribute). */
  roleClaimHelp: string;
}

/** The shared input from the fields, as the API and the shared rules take it. */
export const accessInput = (values: AccessValues) => ({
  allowedDomains: values.domains
    .split(/[\n,]/)
    .map((d) => d.trim())
    .filter(Boolean),
  roleClaim: values.roleClaim,
  roleMapping: values.roleMapping,
  newUserRole: values.newUserRole,
});

export function ProviderAccessFields({ values, onChange, error, roleClaimHelp }: Props) {
  const { t } = useTranslation('admin');
  const domainsError =
    error('allowedDomains') ??
    values.domains
      .split('\n')
      .map((_, i) => error(`allowedDomains.${i}`))
      .find(Boolean);
  return (
    <>
      <Textarea
        label={t('signIn.domains')}
        description={t('signIn.domainsHelp')}
        required
        autosize
        minRows={2}
        value={values.domains}
        error={domainsError}
        onChange={(e) => onChange({ domains: e.currentTarget.value })}
      />
      <TextInput
        label={t('signIn.roleClaim')}
        description={roleClaimHelp}
        value={values.roleClaim}
        error={error('roleClaim')}
        onChange={(e) => onChange({ roleClaim: e.currentTarget.value })}
      />
      <RoleMappingRows
        rows={values.roleMapping}
        onChange={(roleMapping) => onChange({ roleMapping })}
        error={error}
      />
      <Select
        label={t('signIn.newUserRole')}
        description={t('signIn.newUserRoleHelp')}
        data={[
          { value: NO_ROLE, label: t('signIn.newUserRoleNone') },
          ...ROLE_ORDER.map((role) => ({ value: role, label: t(`roles.${role}`) })),
        ]}
        value={values.newUserRole ?? NO_ROLE}
        allowDeselect={false}
        error={error('newUserRole')}
        onChange={(value) => onChange({ newUserRole: !value || value === NO_ROLE ? null : value })}
      />
    </>
  );
}
