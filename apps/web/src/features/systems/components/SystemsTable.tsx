import { Anchor, Badge } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { SystemsTable_RowFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../ui/useFormatters';
import { DataTable, type DataColumn } from '../../../ui/table/DataTable';
import { LifecycleBadge } from '../../../ui/LifecycleBadge';

export const SystemsTable_row = graphql(`
  fragment SystemsTable_row on SystemUsage {
    id
    version
    name
    lifecycle
    hosting
    userCount
    capabilities
    taskAreas
    inUseUntil
    yearlyCost
    dataYearlyCost
    responsibleUnit {
      id
      name
    }
    supplier {
      id
      name
    }
    owner {
      id
      name
    }
    coveringContracts {
      id
      effectiveEnd
    }
    lifecycleConflicts {
      dependencyId
    }
    system {
      id
      businessType
    }
  }
`);

export type SystemRow = SystemsTable_RowFragment;

/** The earliest end among the contracts covering a usage: the next re-tender decision. */
const nextContractEnd = (row: SystemRow): string | null =>
  row.coveringContracts.reduce<string | null>(
    (min, c) => (c.effectiveEnd && (!min || c.effectiveEnd < min) ? c.effectiveEnd : min),
    null,
  );

export interface SystemsTableProps {
  rows: readonly FragmentType<typeof SystemsTable_row>[];
  caption: string;
}

export function SystemsTable({ rows: refs, caption }: SystemsTableProps) {
  const rows = getFragmentData(SystemsTable_row, refs);
  const { t } = useTranslation('systems');
  const { formatKr, formatNumber, formatDate } = useFormatters();

  const columns = useMemo<DataColumn<SystemRow>[]>(
    () => [
      {
        id: 'name',
        header: t('columns.name'),
        text: (r) => r.name,
        cell: (r) => (
          <Anchor component={Link} to={`/systemer/${r.id}`}>
            {r.name}
          </Anchor>
        ),
      },
      {
        id: 'lifecycle',
        header: t('columns.lifecycle'),
        text: (r) => t(`lifecycle.${r.lifecycle}`),
        cell: (r) => <LifecycleBadge lifecycle={r.lifecycle} />,
      },
      { id: 'unit', header: t('columns.responsibleUnit'), text: (r) => r.responsibleUnit?.name ?? '' },
      {
        id: 'supplier',
        header: t('columns.supplier'),
        text: (r) => r.supplier?.name ?? '',
        cell: (r) =>
          r.supplier ? (
            <Anchor component={Link} to={`/leverandoerer/${r.supplier.id}`}>
              {r.supplier.name}
            </Anchor>
          ) : null,
      },
      { id: 'owner', header: t('columns.owner'), text: (r) => r.owner?.name ?? '' },
      { id: 'hosting', header: t('columns.hosting'), text: (r) => t(`hosting.${r.hosting}`) },
      {
        id: 'userCount',
        header: t('columns.userCount'),
        numeric: true,
        text: (r) => formatNumber(r.userCount),
        value: (r) => r.userCount ?? null,
      },
      { id: 'capabilities', header: t('columns.capabilities'), text: (r) => r.capabilities.join(', ') },
      { id: 'taskAreas', header: t('columns.taskAreas'), text: (r) => r.taskAreas.join(', ') },
      {
        id: 'businessType',
        header: t('columns.businessType'),
        text: (r) => (r.system.businessType ? t(`catalogue.businessTypes.${r.system.businessType}`) : ''),
      },
      {
        id: 'yearlyCost',
        header: t('columns.yearlyCost'),
        numeric: true,
        text: (r) => formatKr(r.yearlyCost),
        value: (r) => r.yearlyCost,
      },
      {
        id: 'dataYearlyCost',
        header: t('columns.dataYearlyCost'),
        numeric: true,
        text: (r) => formatKr(r.dataYearlyCost),
        value: (r) => r.dataYearlyCost,
      },
      {
        id: 'contractEnd',
        header: t('columns.contractEnd'),
        text: (r) => formatDate(nextContractEnd(r)),
        value: (r) => nextContractEnd(r),
      },
      {
        id: 'inUseUntil',
        header: t('columns.inUseUntil'),
        text: (r) => formatDate(r.inUseUntil),
        value: (r) => r.inUseUntil ?? null,
      },
      {
        id: 'conflicts',
        header: t('columns.conflicts'),
        text: (r) =>
          r.lifecycleConflicts.length ? t('conflictCount', { count: r.lifecycleConflicts.length }) : '',
        value: (r) => r.lifecycleConflicts.length,
        cell: (r) =>
          r.lifecycleConflicts.length ? (
            <Badge color="red" variant="light" tt="none">
              {t('conflictCount', { count: r.lifecycleConflicts.length })}
            </Badge>
          ) : null,
      },
    ],
    [t, formatKr, formatNumber, formatDate],
  );

  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={caption}
      getRowId={(r) => r.id}
      exportName={t('exportName')}
      initialHidden={['taskAreas', 'businessType', 'inUseUntil', 'hosting']}
      savedViewsKey="systems"
    />
  );
}
