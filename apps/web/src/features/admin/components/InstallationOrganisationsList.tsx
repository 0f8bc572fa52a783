import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { SectionTable } from '../../../ui/SectionTable';
import { useFormatters } from '../../../ui/useFormatters';

export const InstallationOrganisationsDocument = graphql(`
  query InstallationOrganisations {
    installationOrganisations {
      id
      name
      cvr
      type
      memberCount
      createdAt
    }
  }
`);

/** The installation's organisations, so its administrator sees what exists before creating more. */
export function InstallationOrganisationsList() {
  const { t } = useTranslation('admin');
  const { formatNumber, formatDateTime } = useFormatters();
  const { data, loading, error, refetch } = useQuery(InstallationOrganisationsDocument);
  const organisations = data?.installationOrganisations ?? [];
  return (
    <QueryState
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel={t('organisations.loading')}
    >
      <SectionTable
        id="installation-organisations"
        title={t('organisations.listTitle')}
        empty={t('organisations.empty')}
        headers={[
          t('organisations.name'),
          t('organisations.cvr'),
          t('organisations.type'),
          t('organisations.memberCount'),
          t('organisations.createdAt'),
        ]}
        rows={organisations.map((o) => ({
          key: o.id,
          cells: [
            o.name,
            o.cvr ?? '–',
            t(`organisations.typeValue.${o.type}`),
            formatNumber(o.memberCount),
            formatDateTime(o.createdAt),
          ],
        }))}
      />
    </QueryState>
  );
}
