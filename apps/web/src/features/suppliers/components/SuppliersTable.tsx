import { Anchor } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { SuppliersTable_RowFragment } from '../../../gql/graphql';
import { DataTable, type DataColumn } from '../../../ui/table/DataTable';
import { useFormatters } from '../../../ui/useFormatters';

export const SuppliersTable_row = graphql(`
  fragment SuppliersTable_row on Supplier {
    id
    name
    cvr
    usageCount
    contractCount
  }
`);

interface Props {
  rows: readonly FragmentType<typeof SuppliersTable_row>[];
  caption: string;
}

/** The register: every supplier the organisation can see, with how much of its own IT each one carries. */
export function SuppliersTable({ rows: refs, caption }: Props) {
  const rows = getFragmentData(SuppliersTable_row, refs);
  const { t } = useTranslation('suppliers');
  const { formatNumber } = useFormatters();
  const columns = useMemo<DataColumn<SuppliersTable_RowFragment>[]>(
    () => [
      {
        id: 'name',
        header: t('columns.name'),
        text: (r) => r.name,
        cell: (r) => (
          <Anchor component={Link} to={`/leverandoerer/${r.id}`}>
            {r.name}
          </Anchor>
        ),
      },
      { id: 'cvr', header: t('columns.cvr'), text: (r) => r.cvr ?? '' },
      {
        id: 'usageCount',
        header: t('columns.usageCount'),
        numeric: true,
        text: (r) => formatNumber(r.usageCount),
        value: (r) => r.usageCount,
      },
      {
        id: 'contractCount',
        header: t('columns.contractCount'),
        numeric: true,
        text: (r) => formatNumber(r.contractCount),
        value: (r) => r.contractCount,
      },
    ],
    [t, formatNumber],
  );
  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={caption}
      getRowId={(r) => r.id}
      exportName={t('exportName')}
      savedViewsKey="suppliers"
    />
  );
}
