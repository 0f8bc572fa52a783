import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { useFormatters } from '../../../ui/useFormatters';
import { SectionTable } from '../../../ui/SectionTable';
import { LifecycleConflictsDocument } from '../graphql/landscape.documents';

export const LifecycleConflictsView_conflict = graphql(`
  fragment LifecycleConflictsView_conflict on LifecycleConflictView {
    usageId
    usageName
    usageEnd
    dependencyId
    dependencyKind
    dependencyName
    reason
    dependencyEnd
  }
`);

/** Every usage that outlives something it depends on, with the date the dependency goes. */
export function LifecycleConflictsView() {
  const { t } = useTranslation(['landscape', 'systems']);
  const { formatDate } = useFormatters();
  const { data, loading, error, refetch } = useQuery(LifecycleConflictsDocument);
  const conflicts = data && getFragmentData(LifecycleConflictsView_conflict, data.lifecycleConflicts);
  return (
    <QueryState
      loading={loading && !conflicts}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel={t('conflicts.loading')}
    >
      {conflicts && (
        <SectionTable
          id="lifecycle-conflicts"
          title={t('conflicts.title')}
          empty={t('systems:detail.noConflicts')}
          headers={[
            t('systems:columns.name'),
            t('conflicts.usageEnd'),
            t('systems:detail.dependency'),
            t('table.kind'),
            t('systems:detail.reason'),
            t('systems:detail.dependencyEnd'),
          ]}
          rows={conflicts.map((c) => ({
            key: `${c.usageId}:${c.dependencyId}`,
            cells: [
              <Anchor key="a" component={Link} to={`/systemer/${c.usageId}`}>
                {c.usageName}
              </Anchor>,
              formatDate(c.usageEnd) || t('conflicts.openEnded'),
              c.dependencyName,
              t(`nodeKind.${c.dependencyKind}`),
              t(`systems:detail.reasonValue.${c.reason}`),
              formatDate(c.dependencyEnd),
            ],
          }))}
        />
      )}
    </QueryState>
  );
}
