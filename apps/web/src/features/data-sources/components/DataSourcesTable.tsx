import { Anchor, Button, List } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { DataSourcesTable_RowFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../ui/useFormatters';
import { DataSourceLink } from '../../../ui/DataSourceLink';
import { LifecycleBadge } from '../../../ui/LifecycleBadge';
import { DataTable, type DataColumn } from '../../../ui/table/DataTable';

export const DataSourcesTable_row = graphql(`
  fragment DataSourcesTable_row on DataSource {
    id
    version
    name
    kind
    registerFamily
    copyOfId
    defaultChannel
    lifecycle
    endsOn
    ownerOrganisationId
    yearlyCost
    uses {
      id
      usageId
      usageName
      channel
      access
      yearlyCost
      authoritative
    }
  }
`);

export type DataSourceRow = DataSourcesTable_RowFragment;

/** The catalogue's data sources with who in the organisation uses each, via which channel, at what cost. */
export interface DataSourcesTableProps {
  rows: readonly FragmentType<typeof DataSourcesTable_row>[];
  caption: string;
  /** Offered on the rows the viewer may edit (the API checks again). */
  onEdit?: (row: DataSourceRow) => void;
  canEdit?: (row: DataSourceRow) => boolean;
}

export function DataSourcesTable({ rows: refs, caption, onEdit, canEdit }: DataSourcesTableProps) {
  const rows = getFragmentData(DataSourcesTable_row, refs);
  const { t } = useTranslation(['dataSources', 'systems']);
  const { formatKr, formatDate } = useFormatters();
  const names = useMemo(() => new Map(rows.map((r) => [r.id, r.name])), [rows]);

  const columns = useMemo<DataColumn<DataSourceRow>[]>(() => {
    const useText = (u: DataSourceRow['uses'][number]) =>
      `${u.usageName} (${t(`channel.${u.channel}`)}, ${formatKr(u.yearlyCost)})`;
    return [
      {
        id: 'name',
        header: t('columns.name'),
        text: (r) => r.name,
        cell: (r) => <DataSourceLink id={r.id}>{r.name}</DataSourceLink>,
      },
      { id: 'kind', header: t('columns.kind'), text: (r) => t(`kind.${r.kind}`) },
      { id: 'family', header: t('columns.registerFamily'), text: (r) => r.registerFamily ?? '' },
      {
        id: 'copyOf',
        header: t('columns.copyOf'),
        text: (r) => (r.copyOfId ? (names.get(r.copyOfId) ?? '') : ''),
        cell: (r) =>
          r.copyOfId && names.has(r.copyOfId) ? (
            <DataSourceLink id={r.copyOfId}>{names.get(r.copyOfId)}</DataSourceLink>
          ) : (
            ''
          ),
      },
      { id: 'channel', header: t('columns.defaultChannel'), text: (r) => t(`channel.${r.defaultChannel}`) },
      {
        id: 'lifecycle',
        header: t('systems:columns.lifecycle'),
        text: (r) => t(`systems:lifecycle.${r.lifecycle}`),
        cell: (r) => <LifecycleBadge lifecycle={r.lifecycle} />,
      },
      {
        id: 'endsOn',
        header: t('columns.endsOn'),
        text: (r) => formatDate(r.endsOn),
        value: (r) => r.endsOn ?? null,
      },
      {
        id: 'usedBy',
        header: t('columns.usedBy'),
        text: (r) => r.uses.map(useText).join('; '),
        value: (r) => r.uses.length,
        cell: (r) =>
          r.uses.length ? (
            <List size="sm" listStyleType="none" spacing={2}>
              {r.uses.map((u) => (
                <List.Item key={u.id}>
                  <Anchor component={Link} to={`/systemer/${u.usageId}`} size="sm">
                    {u.usageName}
                  </Anchor>{' '}
                  ({t(`channel.${u.channel}`)}, {formatKr(u.yearlyCost)}
                  {u.authoritative ? '' : `, ${t('copy')}`})
                </List.Item>
              ))}
            </List>
          ) : null,
      },
      {
        id: 'cost',
        header: t('columns.yearlyCost'),
        numeric: true,
        // The API's roll-up of the organisation's uses (one rule, in the domain package).
        text: (r) => formatKr(r.yearlyCost),
        value: (r) => r.yearlyCost,
      },
    ];
  }, [t, formatKr, formatDate, names]);

  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={caption}
      getRowId={(r) => r.id}
      exportName={t('exportName')}
      initialHidden={['endsOn']}
      savedViewsKey="data-sources"
      actions={
        onEdit && {
          header: t('systems:table.actions'),
          cell: (r) =>
            canEdit?.(r) ? (
              <Button
                size="compact-xs"
                variant="default"
                aria-label={t('form.editNamed', { name: r.name })}
                onClick={() => onEdit(r)}
              >
                {t('form.edit')}
              </Button>
            ) : null,
        }
      }
    />
  );
}
