import { useQuery } from '@apollo/client/react';
import { Anchor, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../../gql';

export const UsageSupplierDocument = graphql(`
  query NodePanelUsageSupplier($id: ID!) {
    systemUsage(id: $id) {
      id
      supplier {
        id
        name
      }
    }
  }
`);

export const DataSourceSupplierDocument = graphql(`
  query NodePanelDataSourceSupplier($id: ID!) {
    dataSource(id: $id) {
      id
      supplier {
        id
        name
      }
    }
  }
`);

/**
 * The supplier of the clicked system or data source, fetched when the panel opens: the landscape
 * payload stays lean (one small query per click, not a supplier on each of 1,700 nodes).
 */
export function NodeSupplier({ id, kind }: { id: string; kind: string }) {
  const { t } = useTranslation('landscape');
  const usage = useQuery(UsageSupplierDocument, { variables: { id }, skip: kind !== 'USAGE' });
  const source = useQuery(DataSourceSupplierDocument, { variables: { id }, skip: kind !== 'DATA_SOURCE' });
  if (kind !== 'USAGE' && kind !== 'DATA_SOURCE') return null;
  const loading = usage.loading || source.loading;
  const supplier = usage.data?.systemUsage.supplier ?? source.data?.dataSource.supplier ?? null;
  return (
    <Text size="sm">
      {t('panel.supplier')}:{' '}
      {loading ? (
        <Loader size="xs" aria-label={t('panel.supplierLoading')} />
      ) : supplier ? (
        <Anchor component={Link} to={`/leverandoerer/${supplier.id}`}>
          {supplier.name}
        </Anchor>
      ) : (
        t('panel.noSupplier')
      )}
    </Text>
  );
}
