import { Anchor, Badge, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ProjectsTable_RowFragment } from '../../../gql/graphql';
import { RagBadge } from '../../../ui/RagBadge';
import { DataTable, type DataColumn } from '../../../ui/table/DataTable';
import { useFormatters } from '../../../ui/useFormatters';

export const ProjectsTable_row = graphql(`
  fragment ProjectsTable_row on Project {
    id
    version
    name
    phase
    status
    budget
    startDate
    endDate
    unit {
      id
      name
    }
    owner {
      id
      name
    }
    lead {
      id
      name
    }
    latestStatus {
      mustReport
      missing
      ageDays
      report {
        id
        overall
        periodEnd
      }
    }
  }
`);

type ProjectRow = ProjectsTable_RowFragment;

const RAG_ORDER = { GREEN: 0, AMBER: 1, RED: 2 } as const;

/**
 * The portfolio overview: every project with its phase, status and latest reported RAG, sortable,
 * filterable per column, with saved views, a column chooser and CSV/XLSX export like the systems
 * table. "Mangler rapport" comes from the API, which asks the domain whether the project must report.
 */
export function ProjectsTable({
  rows: refs,
  phaseNames,
}: {
  rows: readonly FragmentType<typeof ProjectsTable_row>[];
  phaseNames: ReadonlyMap<string, string>;
}) {
  const rows = getFragmentData(ProjectsTable_row, refs);
  const { t } = useTranslation('portfolio');
  const { formatKr, formatDate } = useFormatters();

  const columns = useMemo<DataColumn<ProjectRow>[]>(() => {
    const reportText = (r: ProjectRow) =>
      r.latestStatus.missing
        ? t('overview.missingReport')
        : !r.latestStatus.mustReport
          ? t('overview.noReportDuty')
          : t('overview.reportAge', { count: r.latestStatus.ageDays ?? 0 });
    return [
      {
        id: 'name',
        header: t('overview.name'),
        text: (r) => r.name,
        cell: (r) => (
          <Anchor component={Link} to={`/portefolje/projekter/${r.id}`}>
            {r.name}
          </Anchor>
        ),
      },
      {
        id: 'phase',
        header: t('overview.phase'),
        text: (r) => phaseNames.get(r.phase) ?? r.phase,
      },
      { id: 'status', header: t('overview.status'), text: (r) => t(`status.${r.status}`) },
      { id: 'unit', header: t('overview.unit'), text: (r) => r.unit?.name ?? '' },
      { id: 'owner', header: t('detail.owner'), text: (r) => r.owner?.name ?? '' },
      { id: 'lead', header: t('overview.lead'), text: (r) => r.lead?.name ?? '' },
      {
        id: 'latestRag',
        header: t('overview.latestRag'),
        text: (r) => (r.latestStatus.report ? t(`rag.${r.latestStatus.report.overall}`) : ''),
        value: (r) => (r.latestStatus.report ? RAG_ORDER[r.latestStatus.report.overall] : null),
        cell: (r) => (r.latestStatus.report ? <RagBadge rag={r.latestStatus.report.overall} /> : null),
      },
      {
        id: 'report',
        header: t('overview.report'),
        text: reportText,
        value: (r) =>
          r.latestStatus.missing ? -1 : r.latestStatus.mustReport ? r.latestStatus.ageDays : null,
        cell: (r) =>
          r.latestStatus.missing ? (
            <Badge color="red" variant="light" autoContrast>
              {t('overview.missingReport')}
            </Badge>
          ) : (
            <Text size="sm" c={r.latestStatus.mustReport ? undefined : 'dimmed'}>
              {reportText(r)}
            </Text>
          ),
      },
      {
        id: 'budget',
        header: t('detail.budget'),
        numeric: true,
        text: (r) => formatKr(r.budget),
        value: (r) => r.budget,
      },
      {
        id: 'startDate',
        header: t('overview.startDate'),
        text: (r) => formatDate(r.startDate),
        value: (r) => r.startDate ?? null,
      },
      {
        id: 'endDate',
        header: t('overview.endDate'),
        text: (r) => formatDate(r.endDate),
        value: (r) => r.endDate ?? null,
      },
    ];
  }, [t, phaseNames, formatKr, formatDate]);

  return (
    <DataTable
      data={rows}
      columns={columns}
      caption={t('overview.caption')}
      getRowId={(r) => r.id}
      exportName={t('overview.exportName')}
      initialHidden={['owner', 'budget', 'startDate', 'endDate']}
      savedViewsKey="projects"
    />
  );
}
