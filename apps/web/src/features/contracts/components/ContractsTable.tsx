import { Anchor, Badge } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ContractsTable_RowFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../ui/useFormatters';
import { DataTable, type DataColumn } from '../../../ui/table/DataTable';
import { contractPath } from '../contract-types';
import { ValidityBadge } from './ValidityBadge';

export const ContractsTable_row = graphql(`
  fragment ContractsTable_row on Contract {
    id
    version
    name
    criticality
    purchaseForm
    yearlyCost
    supplier {
      id
      name
    }
    owner {
      id
      name
    }
    dates {
      validity
      currentEnd
      effectiveEndWithOptions
      latestNoticeDate
      windowClosed
      retender {
        decisionDate
        daysLate
      }
    }
  }
`);

type ContractRow = ContractsTable_RowFragment;

/** The contract overview: sortable, filterable per column, column chooser and CSV/XLSX export. */
export function ContractsTable({
  rows: refs,
  caption,
}: {
  rows: readonly FragmentType<typeof ContractsTable_row>[];
  caption: string;
}) {
  const rows = getFragmentData(ContractsTable_row, refs);
  const { t } = useTranslation('contracts');
  const { formatDate, formatKr } = useFormatters();

  const columns = useMemo<DataColumn<ContractRow>[]>(
    () => [
      {
        id: 'name',
        header: t('columns.name'),
        text: (r) => r.name,
        cell: (r) => (
          <Anchor component={Link} to={contractPath(r.id)}>
            {r.name}
          </Anchor>
        ),
      },
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
      {
        id: 'validity',
        header: t('columns.validity'),
        text: (r) => t(`validity.${r.dates.validity as 'ACTIVE'}`),
        cell: (r) => <ValidityBadge validity={r.dates.validity} />,
      },
      {
        id: 'criticality',
        header: t('columns.criticality'),
        text: (r) => t(`criticality.${r.criticality}`),
      },
      {
        id: 'purchaseForm',
        header: t('columns.purchaseForm'),
        text: (r) => t(`purchaseForm.${r.purchaseForm}`),
      },
      {
        id: 'currentEnd',
        header: t('columns.currentEnd'),
        text: (r) => formatDate(r.dates.currentEnd),
        value: (r) => r.dates.currentEnd,
      },
      {
        id: 'endWithOptions',
        header: t('columns.endWithOptions'),
        text: (r) => formatDate(r.dates.effectiveEndWithOptions),
        value: (r) => r.dates.effectiveEndWithOptions,
      },
      {
        id: 'notice',
        header: t('columns.notice'),
        text: (r) => formatDate(r.dates.latestNoticeDate),
        value: (r) => r.dates.latestNoticeDate,
      },
      {
        id: 'decision',
        header: t('columns.decision'),
        text: (r) => formatDate(r.dates.retender.decisionDate),
        value: (r) => r.dates.retender.decisionDate,
      },
      {
        id: 'windowClosed',
        header: t('columns.windowClosed'),
        text: (r) => (r.dates.windowClosed ? t('windowClosed') : ''),
        cell: (r) =>
          r.dates.windowClosed ? (
            <Badge
              color="red"
              variant="filled"
              title={t('windowClosedLong', { days: r.dates.retender.daysLate })}
            >
              {t('windowClosed')}
            </Badge>
          ) : null,
      },
      {
        id: 'yearlyCost',
        header: t('columns.yearlyCost'),
        text: (r) => formatKr(r.yearlyCost),
        value: (r) => r.yearlyCost,
        numeric: true,
      },
      { id: 'owner', header: t('columns.owner'), text: (r) => r.owner?.name ?? '' },
    ],
    [t, formatDate, formatKr],
  );

  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={caption}
      getRowId={(r) => r.id}
      exportName={t('title')}
      initialHidden={['purchaseForm', 'endWithOptions', 'owner']}
      savedViewsKey="contracts"
    />
  );
}
