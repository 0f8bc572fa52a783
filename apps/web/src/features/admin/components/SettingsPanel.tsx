import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { OrganisationSettingsDocument } from '../graphql/settings.documents';
import { SettingsForm } from './SettingsForm';

/** The organisation settings tab; shown to administrators only. */
export function SettingsPanel() {
  const { t } = useTranslation('admin');
  const { data, loading, error, refetch } = useQuery(OrganisationSettingsDocument);
  const settings = data?.organisationSettings;
  return (
    <QueryState
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel={t('settings.loading')}
    >
      {settings && <SettingsForm settings={settings} />}
    </QueryState>
  );
}
