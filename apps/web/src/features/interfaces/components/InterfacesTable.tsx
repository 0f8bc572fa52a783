import { Anchor } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { InterfacesTable_RowFragment } from '../../../gql/graphql';
import { DataTable, type DataColumn } from '../../../ui/table/DataTable';

export const InterfacesTable_row = graphql(`
  fragment InterfacesTable_row on Interface {
    id
    version
    name
    description
    protocol
    dataDescription
    providerSystemName
    providerUsageId
    visibility
    usedBy {
      id
    }
  }
`);

export type InterfaceRow = InterfacesTable_RowFragment;

export interface InterfacesTableProps {
  rows: readonly FragmentType<typeof InterfacesTable_row>[];
  caption: string;
}

/** The interface catalogue: who provides each, how, what data, and how many of our integrations use it. */
export function InterfacesTable({ rows: refs, caption }: InterfacesTableProps) {
  const rows = getFragmentData(InterfacesTable_row, refs);
  const { t } = useTranslation('interfaces');
  const columns = useMemo<DataColumn<InterfaceRow>[]>(
    () => [
      {
        id: 'name',
        header: t('columns.name'),
        text: (r) => r.name,
        cell: (r) => (
          <Anchor component={Link} to={`/snitflader/${r.id}`}>
            {r.name}
          </Anchor>
        ),
      },
      {
        id: 'provider',
        header: t('columns.provider'),
        text: (r) => r.providerSystemName ?? '',
        cell: (r) =>
          r.providerUsageId ? (
            <Anchor component={Link} to={`/systemer/${r.providerUsageId}`}>
              {r.providerSystemName}
            </Anchor>
          ) : (
            (r.providerSystemName ?? '')
          ),
      },
      { id: 'protocol', header: t('columns.protocol'), text: (r) => r.protocol ?? '' },
      { id: 'data', header: t('columns.data'), text: (r) => r.dataDescription },
      {
        id: 'visibility',
        header: t('columns.visibility'),
        text: (r) => t(`visibility.${r.visibility}`),
      },
      {
        id: 'usedBy',
        header: t('columns.usedBy'),
        numeric: true,
        text: (r) => String(r.usedBy.length),
        value: (r) => r.usedBy.length,
      },
      { id: 'description', header: t('form.description'), text: (r) => r.description },
    ],
    [t],
  );
  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={caption}
      getRowId={(r) => r.id}
      exportName={t('exportName')}
      initialHidden={['description', 'visibility']}
      savedViewsKey="interfaces"
    />
  );
}
