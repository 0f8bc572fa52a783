import { useQuery } from '@apollo/client/react';
import { fieldLabelKey } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity } from '../../../gql/graphql';
import { QueryState } from '../../../ui/QueryState';
import { SectionTable } from '../../../ui/SectionTable';
import { useFormatters } from '../../../ui/useFormatters';
import { ChangeHistoryDocument } from '../graphql/history.documents';

export interface ChangeHistoryProps {
  entity: HistoryEntity;
  id: string;
  /** The audit entity type of the record itself; other types are its rows (edges, options, …). */
  ownType: string;
}

/**
 * A record's history from the audit log: one row per changed field, newest first. Field names get
 * a label where one exists and are shown as they are otherwise (a new field needs no release here).
 */
export function ChangeHistory({ entity, id, ownType }: ChangeHistoryProps) {
  const { t } = useTranslation('history');
  const { formatDateTime } = useFormatters();
  const { data, loading, error, refetch } = useQuery(ChangeHistoryDocument, {
    variables: { entity, id },
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.history ?? [];
  const fieldLabel = (field: string) => {
    const key = fieldLabelKey(field);
    const label = t(`field.${key}` as 'field.name', { defaultValue: '' });
    return label ? field.replace(key, label) : field;
  };
  const actionLabel = (action: string, entityType: string) => {
    const done = t(`action.${action}` as 'action.UPDATE', { defaultValue: action });
    // A child row's kind in words ("kontaktperson"); a kind without a label keeps its name.
    const kind = t(`entity.${entityType}` as 'entity.Supplier', { defaultValue: entityType });
    return entityType === ownType ? done : `${done} (${kind})`;
  };

  const rows = entries.flatMap((entry) => {
    const common = [
      formatDateTime(entry.at),
      entry.authorName ?? t('system'),
      actionLabel(entry.action, entry.entityType),
    ];
    if (!entry.changes.length) return [{ key: entry.id, cells: [...common, '—', '', ''] }];
    return entry.changes.map((c, i) => ({
      key: `${entry.id}:${i}`,
      cells: [...common, fieldLabel(c.field), c.before ?? '—', c.after ?? '—'],
    }));
  });

  return (
    <QueryState
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel={t('loading')}
    >
      <SectionTable
        id={`history-${id}`}
        title={t('title')}
        empty={t('empty')}
        headers={[t('at'), t('author'), t('action.title'), t('fieldHeader'), t('before'), t('after')]}
        rows={rows}
      />
    </QueryState>
  );
}
