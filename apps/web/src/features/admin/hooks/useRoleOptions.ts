import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_ORDER } from '../roles';

/** The roles as options for a MultiSelect, with their translated names. */
export function useRoleOptions() {
  const { t } = useTranslation('admin');
  return useMemo(() => ROLE_ORDER.map((role) => ({ value: role, label: t(`roles.${role}`) })), [t]);
}
