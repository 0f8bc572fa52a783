import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from './useViewer';

/** A select when the user belongs to several organisations, else the organisation's name. */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const { organisation, memberships, chooseOrganisation } = useViewer();

  if (memberships.length <= 1) {
    return (
      <Text fw={500} size="sm" truncate="end" maw={260}>
        {organisation?.name ?? t('noOrganisation')}
      </Text>
    );
  }
  return (
    <Select
      size="xs"
      w={240}
      aria-label={t('organisation')}
      placeholder={t('chooseOrganisation')}
      value={organisation?.id ?? null}
      data={memberships.map((m) => ({ value: m.organisation.id, label: m.organisation.name }))}
      allowDeselect={false}
      onChange={(id) => id && void chooseOrganisation(id)}
    />
  );
}
