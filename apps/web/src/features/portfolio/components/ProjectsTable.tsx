import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { RagBadge } from '../../../ui/RagBadge';

export const ProjectsTable_row = graphql(`
  fragment ProjectsTable_row on Project {
    id
    version
    name
    phase
    status
    unit {
      id
      name
    }
    lead {
      id
      name
    }
    latestStatus {
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

/** The portfolio overview: every project with its phase, status and latest reported RAG. */
export function ProjectsTable({
  rows: refs,
  phaseNames,
}: {
  rows: readonly FragmentType<typeof ProjectsTable_row>[];
  phaseNames: ReadonlyMap<string, string>;
}) {
  const rows = getFragmentData(ProjectsTable_row, refs);
  const { t } = useTranslation('portfolio');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Caption>{t('overview.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('overview.name')}</Table.Th>
            <Table.Th scope="col">{t('overview.phase')}</Table.Th>
            <Table.Th scope="col">{t('overview.status')}</Table.Th>
            <Table.Th scope="col">{t('overview.unit')}</Table.Th>
            <Table.Th scope="col">{t('overview.lead')}</Table.Th>
            <Table.Th scope="col">{t('overview.latestRag')}</Table.Th>
            <Table.Th scope="col">{t('overview.report')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row" fw="normal">
                <Link to={`/portefolje/projekter/${p.id}`}>{p.name}</Link>
              </Table.Th>
              <Table.Td>{phaseNames.get(p.phase) ?? p.phase}</Table.Td>
              <Table.Td>{t(`status.${p.status}`)}</Table.Td>
              <Table.Td>{p.unit?.name ?? '–'}</Table.Td>
              <Table.Td>{p.lead?.name ?? '–'}</Table.Td>
              <Table.Td>
                {p.latestStatus.report ? <RagBadge rag={p.latestStatus.report.overall} /> : '–'}
              </Table.Td>
              <Table.Td>
                {p.latestStatus.missing ? (
                  <Badge color="red" variant="light" autoContrast>
                    {t('overview.missingReport')}
                  </Badge>
                ) : (
                  t('overview.reportAge', { count: p.latestStatus.ageDays ?? 0 })
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
